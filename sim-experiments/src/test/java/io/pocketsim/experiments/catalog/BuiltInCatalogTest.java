package io.pocketsim.experiments.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.pocket.parameters.PocketParameterSpace;
import io.pocketsim.core.random.RunIdentity;
import io.pocketsim.experiments.grid.Grid;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInCatalogTest {
    private static final ExperimentCatalog CATALOG = ExperimentCatalog.builtIn();
    private static final Map<String, Integer> SIZES = Map.of(
            "gateway_viability_sweep", 288,
            "network_failures_service", 48,
            "servicer_viability", 1152,
            "network_viability", 3456,
            "network_failures_oracle", 3072);

    static Stream<Arguments> everyIteration() {
        return SIZES.keySet().stream().sorted()
                .flatMap(f -> Stream.of(1, 2, 3, 4, 5, 6).map(k -> Arguments.of(f, k)));
    }

    /** Points that differ from {@code a} in {@code b}, by name. */
    private static Map<String, Object> diff(ParameterPoint a, ParameterPoint b) {
        return a.names().stream().filter(n -> !Objects.equals(a.get(n), b.get(n)))
                .collect(Collectors.toMap(n -> n, b::get));
    }

    private static ParameterPoint point(String name) {
        List<RunUnit> units = CATALOG.resolve(name);
        assertThat(units).hasSize(1);
        return units.get(0).parameters();
    }

    @Nested
    class Registry {
        @ParameterizedTest(name = "{0} ag{1}")
        @MethodSource("io.pocketsim.experiments.catalog.BuiltInCatalogTest#everyIteration")
        void shouldRegisterEveryIterationWithItsSizeRunsAndDays(String family, int k) {
            String name = family + "_ag" + k + "_";
            Grid g = CATALOG.grid(name).orElseThrow();
            assertThat(g.size()).isEqualTo(SIZES.get(family));
            assertThat(g.definition().family()).isEqualTo(family);
            assertThat(g.definition().iteration()).isEqualTo(k);
            assertThat(g.definition().runs()).isEqualTo(5);
            assertThat(g.definition().days()).isEqualTo(365);
            assertThat(g.definition().stateSet()).isEqualTo("Base");
            assertThat(g.definition().protocol().values()).allSatisfy(v -> assertThat(v).hasSize(2));
            assertThat(g.pointName(1)).isEqualTo(name + "1");
            assertThat(g.pointName(g.size())).isEqualTo(name + SIZES.get(family));
            assertThat(CATALOG.resolve(name)).hasSize(SIZES.get(family));
        }

        @Test
        void shouldHaveExactlyTheFiveFamiliesWithSixIterationsEach() {
            assertThat(CATALOG.families()).containsExactlyInAnyOrderElementsOf(SIZES.keySet());
            for (String f : SIZES.keySet()) {
                assertThat(CATALOG.family(f)).extracting(g -> g.definition().iteration())
                        .containsExactly(1, 2, 3, 4, 5, 6);
            }
            assertThat(CATALOG.grids()).hasSize(31);
            int total = CATALOG.grids().stream().filter(g -> g.definition().adaptive()).mapToInt(Grid::size).sum();
            assertThat(total).isEqualTo(48_096);
        }

        @Test
        void shouldDefineTheStandaloneExperimentsAsTheOriginal() {
            assertThat(CATALOG.experiments()).extracting(e -> e.name())
                    .containsExactly("test1", "Base", "BaseDynamic", "BaseEvent");
            RunUnit test1 = CATALOG.resolve("test1").get(0);
            assertThat(test1.stateSet()).isEqualTo("Test");
            assertThat(test1.parameters()).isEqualTo(PocketParameterSpace.namedSet("Test"));
            assertThat(test1.runs()).isEqualTo(1);
            assertThat(test1.days()).isEqualTo(365);
            assertThat(test1.seed()).isEqualTo(new RunIdentity("test1", 1, 0));
            for (String n : List.of("Base", "BaseDynamic", "BaseEvent")) {
                RunUnit u = CATALOG.resolve(n).get(0);
                assertThat(u.stateSet()).isEqualTo("Base");
                assertThat(u.parameters()).isEqualTo(PocketParameterSpace.namedSet(n));
                assertThat(u.runs()).isEqualTo(1);
                assertThat(u.days()).isEqualTo(365);
            }
        }

        @Test
        void shouldDefineTheTestSweepAsTest1ToTest27WithThirtyRunsFromBase() {
            Grid test = CATALOG.grid("Test").orElseThrow();
            assertThat(test.size()).isEqualTo(27);
            assertThat(test.pointNames()).containsExactlyElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, 27).mapToObj(i -> "Test" + i).collect(Collectors.toList()));
            RunUnit t5 = CATALOG.resolve("Test5").get(0);
            assertThat(t5.runs()).isEqualTo(30);
            assertThat(t5.stateSet()).isEqualTo("Base");
            assertThat(t5.seed()).isEqualTo(new RunIdentity("Test", 5, 0));
            // Test5: application_max_number 20 (digit 0), servicer_max_number 30 (digit 1), gamma scale 300000 (digit 1)
            assertThat(diff(PocketParameterSpace.namedSet("Base"), t5.parameters()))
                    .isEqualTo(Map.of("servicer_max_number", 30.0));
            assertThat(diff(PocketParameterSpace.namedSet("Base"), point("Test27")))
                    .isEqualTo(Map.of("application_max_number", 40.0, "servicer_max_number", 40.0,
                            "relays_per_session_gamma_distribution_scale", 400000.0));
        }
    }

    @Nested
    class Expansion {
        @Test
        void shouldNestSweptKeysInTheOriginalsBaseOrder() {
            assertThat(CATALOG.grid("gateway_viability_sweep_ag1_").orElseThrow().sweptKeys()).containsExactly(
                    "application_fee_per_relay", "minimum_application_stake", "gateway_fee_per_relay",
                    "gateway_minimum_stake", "session_token_bucket_coefficient", "application_max_number",
                    "relays_per_session_gamma_distribution_scale");
            assertThat(CATALOG.grid("network_failures_service_ag1_").orElseThrow().sweptKeys()).containsExactly(
                    "max_chains_servicer", "slash_fraction_downtime", "event", "servicer_service_density_starting");
            assertThat(CATALOG.grid("servicer_viability_ag1_").orElseThrow().sweptKeys()).containsExactly(
                    "relays_to_tokens_multiplier", "application_fee_per_relay", "minimum_application_stake",
                    "dao_allocation", "gateway_fee_per_relay", "gateway_minimum_stake", "validator_fee_percentage",
                    "service_linking_probability_just_joined", "kick_bottom_probability");
            assertThat(CATALOG.grid("network_viability_ag1_").orElseThrow().sweptKeys()).containsExactly(
                    "relays_to_tokens_multiplier", "application_fee_per_relay", "minimum_application_stake",
                    "dao_allocation", "gateway_fee_per_relay", "gateway_minimum_stake", "validator_fee_percentage",
                    "relays_per_session_gamma_distribution_shape", "service_linking_probability_normal", "event");
            assertThat(CATALOG.grid("network_failures_oracle_ag1_").orElseThrow().sweptKeys()).containsExactly(
                    "relays_to_tokens_multiplier", "application_fee_per_relay", "minimum_application_stake",
                    "dao_allocation", "gateway_fee_per_relay", "gateway_minimum_stake", "validator_fee_percentage",
                    "oracle_treatment_time_mean", "event");
            assertThat(CATALOG.grid("Test").orElseThrow().sweptKeys()).containsExactly(
                    "application_max_number", "servicer_max_number", "relays_per_session_gamma_distribution_scale");
        }

        @Test
        void shouldReproduceTheSpecsGatewayExamples() {
            ParameterPoint p1 = point("gateway_viability_sweep_ag1_1");
            assertThat(diff(PocketParameterSpace.namedSet("Base"), p1)).isEqualTo(Map.of(
                    "application_fee_per_relay", 10.0, "minimum_application_stake", 10e9,
                    "gateway_fee_per_relay", 10.0, "gateway_minimum_stake", 100e9,
                    "session_token_bucket_coefficient", 25.0, "application_max_number", 5.0,
                    "relays_per_session_gamma_distribution_scale", 100000.0));
            assertThat(diff(p1, point("gateway_viability_sweep_ag1_2")))
                    .isEqualTo(Map.of("relays_per_session_gamma_distribution_scale", 300000.0));
            assertThat(diff(p1, point("gateway_viability_sweep_ag1_4")))
                    .isEqualTo(Map.of("application_max_number", 20.0));
            assertThat(diff(p1, point("gateway_viability_sweep_ag1_288"))).isEqualTo(Map.of(
                    "application_fee_per_relay", 100.0, "minimum_application_stake", 20e9,
                    "gateway_fee_per_relay", 100.0, "gateway_minimum_stake", 200e9,
                    "session_token_bucket_coefficient", 400.0, "application_max_number", 100.0,
                    "relays_per_session_gamma_distribution_scale", 900000.0));
        }

        @Test
        void shouldReproduceTheSpecsServiceAndOracleExamples() {
            ParameterPoint s2 = point("network_failures_service_ag1_2");
            assertThat(s2.get("max_chains_servicer")).isEqualTo(1.0);
            assertThat(s2.get("slash_fraction_downtime")).isEqualTo(1e-10);
            assertThat(s2.get("event")).isEqualTo("servicer_shutdown_by_geozone_random");
            assertThat(s2.get("servicer_service_density_starting")).isEqualTo(0.5);

            ParameterPoint o2 = point("network_failures_oracle_ag1_2");
            ParameterPoint o1 = point("network_failures_oracle_ag1_1");
            assertThat(o1.get("event")).isEqualTo("oracle_shutdown");
            assertThat(diff(o1, o2)).isEqualTo(Map.of("event", "oracle_delay_poisson"));
            assertThat(o2.get("oracle_treatment_time_mean")).isEqualTo(1.0);
            for (String p : List.of("relays_to_tokens_multiplier", "application_fee_per_relay",
                    "minimum_application_stake", "dao_allocation", "gateway_fee_per_relay", "gateway_minimum_stake",
                    "validator_fee_percentage")) {
                assertThat(o2.get(p)).as(p).isEqualTo(
                        CATALOG.grid("network_failures_oracle_ag1_").orElseThrow().values(p).get(0));
            }
        }

        @Test
        void shouldKeepTheLaterEffectiveDefinitionsOfRedefinedGrids() {
            // servicer_viability_ag2_ and network_failures_oracle_ag2_ were defined twice; the later values are in effect
            Grid sv2 = CATALOG.grid("servicer_viability_ag2_").orElseThrow();
            assertThat(sv2.values("application_fee_per_relay")).containsExactly(55.0, 100.0);
            assertThat(sv2.values("dao_allocation")).containsExactly(0.1, 0.15);
            assertThat(sv2.values("validator_fee_percentage")).containsExactly(0.055, 0.1);
            Grid o2 = CATALOG.grid("network_failures_oracle_ag2_").orElseThrow();
            assertThat(o2.values("validator_fee_percentage")).containsExactly(0.01, 0.055);
            Grid sv6 = CATALOG.grid("servicer_viability_ag6_").orElseThrow();
            assertThat(sv6.values("validator_fee_percentage")).containsExactly(0.071875, 0.07468749999999999);
            Grid nv6 = CATALOG.grid("network_viability_ag6_").orElseThrow();
            assertThat(nv6.values("dao_allocation")).containsExactly(0.07187500000000001, 0.07500000000000001);
            assertThat(nv6.values("minimum_application_stake")).containsExactly(10312.5e6, 10625e6);
        }

        @Test
        void shouldSetTheServiceJoinOverridesOnlyInServicerViabilityAg1() {
            Grid ag1 = CATALOG.grid("servicer_viability_ag1_").orElseThrow();
            for (int i : new int[] {1, 577, 1152}) {
                ParameterPoint p = ag1.point(i);
                assertThat(p.get("service_leave_probability")).isEqualTo(0.0);
                assertThat(p.get("service_join_function")).isEqualTo("off");
                assertThat(p.get("event")).isEqualTo("service_join");
            }
            ParameterPoint ag2 = CATALOG.grid("servicer_viability_ag2_").orElseThrow().point(1);
            assertThat(ag2.get("service_leave_probability")).isEqualTo(0.0025);
            assertThat(ag2.get("service_join_function")).isEqualTo("simple_unfiform");
            assertThat(ag2.get("event")).isNull();
        }

        @Test
        void shouldKeepEnvironmentalValuesIdenticalAcrossIterations() {
            for (String f : SIZES.keySet()) {
                List<Grid> its = CATALOG.family(f);
                for (Grid g : its) {
                    assertThat(g.definition().environmental()).isEqualTo(its.get(0).definition().environmental());
                    assertThat(g.definition().protocol().keySet())
                            .isEqualTo(its.get(0).definition().protocol().keySet());
                }
            }
        }

        @Test
        void shouldCoupleDaoFeeToValidatorFeeOnEveryPointOfEveryGrid() {
            for (Grid g : CATALOG.grids()) {
                for (ParameterPoint p : g.points()) {
                    assertThat(p.number("dao_fee_percentage"))
                            .as("%s", g.name())
                            .isEqualTo(1 - p.number("validator_fee_percentage"));
                }
            }
            assertThat(point("network_viability_ag1_1").number("dao_fee_percentage")).isEqualTo(0.99);
            assertThat(point("network_viability_ag1_" + 3456).number("dao_fee_percentage")).isEqualTo(1 - 0.1);
        }

        @Test
        void shouldGiveEveryPointOfEveryGridASchemaValidDistinctPoint() {
            for (Grid g : CATALOG.grids()) {
                java.util.Set<ParameterPoint> seen = new java.util.HashSet<>();
                for (int i = 1; i <= g.size(); i++) {
                    ParameterPoint p = g.point(i);
                    if (i % 97 == 1) {
                        PocketParameterSpace.schema().check(p);
                    }
                    assertThat(seen.add(p)).isTrue();
                }
            }
        }
    }

    @Nested
    class Resolution {
        @Test
        void shouldResolveAGridPointWithItsSeedIdentity() {
            RunUnit u = CATALOG.resolve("network_viability_ag3_17").get(0);
            assertThat(u.name()).isEqualTo("network_viability_ag3_17");
            assertThat(u.seed()).isEqualTo(new RunIdentity("network_viability_ag3_", 17, 0));
            assertThat(u.run(5)).isEqualTo(new RunIdentity("network_viability_ag3_", 17, 5));
            assertThat(u.runs()).isEqualTo(5);
            assertThat(u.model()).isEqualTo("pocket");
            assertThat(u.parameters()).isEqualTo(CATALOG.grid("network_viability_ag3_").orElseThrow().point(17));
            assertThatThrownBy(() -> u.run(6)).hasMessageContaining("allowed: 1..5");
        }

        @Test
        void shouldResolveAWholeGridLazilyInPointOrder() {
            List<RunUnit> all = CATALOG.resolve("network_viability_ag3_");
            assertThat(all).hasSize(3456);
            assertThat(all.get(16).name()).isEqualTo("network_viability_ag3_17");
            assertThat(all.get(3455).seed().pointIndex()).isEqualTo(3456);
        }

        @Test
        void shouldSuggestTheClosestNameAndListFamiliesForUnknownNames() {
            assertThatThrownBy(() -> CATALOG.resolve("network_viabilty_ag3_17"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown experiment or grid \"network_viabilty_ag3_17\"")
                    .hasMessageContaining("did you mean network_viability_ag3_17?")
                    .hasMessageContaining("network_failures_oracle (ag1..ag6)")
                    .hasMessageContaining("BaseDynamic");
            assertThatThrownBy(() -> CATALOG.resolve("BaseDynamc")).hasMessageContaining("did you mean BaseDynamic?");
        }

        @Test
        void shouldResolveAnyPointNameOfAnyGridBackToItsPoint() {
            List<Grid> grids = CATALOG.grids();
            org.quicktheories.QuickTheory.qt().withFixedSeed(11L).withExamples(300)
                    .forAll(org.quicktheories.generators.SourceDSL.integers().between(0, grids.size() - 1),
                            org.quicktheories.generators.SourceDSL.integers().between(1, 3456))
                    .checkAssert((g, raw) -> {
                        Grid grid = grids.get(g);
                        int i = 1 + (raw - 1) % grid.size();
                        RunUnit u = CATALOG.resolve(grid.pointName(i)).get(0);
                        assertThat(u.seed()).isEqualTo(new RunIdentity(grid.name(), i, 0));
                        assertThat(u.parameters()).isEqualTo(grid.point(i));
                        assertThat(grid.indexOf(u.parameters())).hasValue(i);
                    });
        }

        @Test
        void shouldRejectAPointBeyondTheGrid() {
            assertThatThrownBy(() -> CATALOG.resolve("network_failures_service_ag1_49"))
                    .hasMessageContaining("point 49 of grid network_failures_service_ag1_ does not exist")
                    .hasMessageContaining("network_failures_service_ag1_1..network_failures_service_ag1_48");
            assertThatThrownBy(() -> CATALOG.resolve("Test0")).hasMessageContaining("point 0 of grid Test");
        }
    }
}
