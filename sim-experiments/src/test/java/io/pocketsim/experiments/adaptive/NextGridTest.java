package io.pocketsim.experiments.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.pocketsim.experiments.catalog.CatalogReader;
import io.pocketsim.experiments.catalog.CatalogSource;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.catalog.GridFiles;
import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.experiments.grid.GridDefinition;
import io.pocketsim.experiments.grid.GridNames;
import io.pocketsim.experiments.model.PocketModelDescription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NextGridTest {
    private static final ExperimentCatalog CATALOG = ExperimentCatalog.builtIn();

    private static GridDefinition grid(String name) {
        return CATALOG.grid(name).orElseThrow().definition();
    }

    /** The best constellation that turns the parent's brackets into the child's: the end the child kept. */
    private static Map<String, Object> bestImpliedBy(GridDefinition parent, GridDefinition child) {
        Map<String, Object> best = new LinkedHashMap<>();
        parent.protocol().forEach((k, bracket) -> {
            double lo = (Double) bracket.get(0);
            double hi = (Double) bracket.get(1);
            best.put(k, child.protocol().get(k).get(0).equals(lo) ? lo : hi);
        });
        return best;
    }

    @Test
    void shouldHalveTheBracketTowardTheBestEnd() {
        assertThat(NextGrid.bisect("stbc", List.of(25.0, 400.0), 25.0)).containsExactly(25.0, 212.5);
        assertThat(NextGrid.bisect("stbc", List.of(25.0, 118.75), 118.75)).containsExactly(71.875, 118.75);
        assertThat(NextGrid.bisect("stbc", List.of(400.0, 25.0), 400.0)).containsExactly(212.5, 400.0);
    }

    @Test
    void shouldKeepTheBestEndAndHalveTheWidthForAnyBracket() {
        qt().withFixedSeed(42L).withExamples(500)
                .forAll(doubles().between(-1e12, 1e12), doubles().between(1e-6, 1e12), booleans().all())
                .checkAssert((lo, width, upper) -> {
                    double hi = lo + width;
                    if (!(hi > lo)) {
                        return;
                    }
                    double best = upper ? hi : lo;
                    List<Double> next = NextGrid.bisect("p", List.of(lo, hi), best);
                    assertThat(next.get(0)).isLessThan(next.get(1));
                    assertThat(next.get(0)).isGreaterThanOrEqualTo(lo);
                    assertThat(next.get(1)).isLessThanOrEqualTo(hi);
                    assertThat(next).contains(best);
                    assertThat(next.get(1) - next.get(0)).isCloseTo((hi - lo) / 2, within(1e-9 * Math.max(Math.abs(lo), Math.abs(hi))));
                    // the next step toward the same end keeps narrowing from that end
                    assertThat(NextGrid.bisect("p", next, best)).contains(best);
                });
    }

    @Test
    void shouldTreatValuesWithinRelativeToleranceAsTheBound() {
        assertThat(NextGrid.bisect("x", List.of(25.0, 400.0), 25.0 * (1 + 5e-10))).containsExactly(25.0, 212.5);
        assertThat(NextGrid.isClose(1.0, 1.0 + 0.9e-9)).isTrue();
        assertThat(NextGrid.isClose(1.0, 1.0 + 1e-9)).as("1e-9 is not representable exactly; Python also says False").isFalse();
        assertThat(NextGrid.isClose(1.0, 1.0 + 3e-9)).isFalse();
        assertThat(NextGrid.isClose(0.0, 1e-300)).isFalse();
        assertThat(NextGrid.isClose(Double.NaN, Double.NaN)).isFalse();
    }

    @Test
    void shouldRejectABestValueAtNeitherEnd() {
        assertThatThrownBy(() -> NextGrid.bisect("session_token_bucket_coefficient", List.of(25.0, 400.0), 100.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("session_token_bucket_coefficient: best value 100.0 is close to neither end")
                .hasMessageContaining("allowed: 25.0 or 400.0");
    }

    static Stream<Arguments> committedTransitions() {
        return CATALOG.families().stream()
                .flatMap(f -> Stream.of(1, 2, 3, 4, 5).map(k -> Arguments.of(f, k)));
    }

    @ParameterizedTest(name = "{0} ag{1} -> ag{1}+1")
    @MethodSource("committedTransitions")
    void shouldReproduceEveryCommittedTransitionGivenTheBestPointItImplies(String family, int k) {
        GridDefinition parent = grid(GridNames.gridName(family, k));
        GridDefinition child = grid(GridNames.gridName(family, k + 1));
        GridDefinition next = NextGrid.next(parent, bestImpliedBy(parent, child), Map.of("score", 3.0));
        assertThat(next.name()).isEqualTo(child.name());
        assertThat(next.iteration()).isEqualTo(k + 1);
        assertThat(next.protocol()).isEqualTo(child.protocol());
        assertThat(next.environmental()).isEqualTo(child.environmental());
        assertThat(next.derived()).isEqualTo(child.derived());
        // the original lost servicer_viability_ag1's overrides at code generation; we carry them
        assertThat(next.fixed()).isEqualTo(parent.fixed());
        assertThat(next.provenance().parent()).isEqualTo(parent.name());
    }

    @Test
    void shouldGiveTheOraclesUnregisteredAg7FromItsAg6() {
        GridDefinition ag6 = grid("network_failures_oracle_ag6_");
        Map<String, Object> best = new LinkedHashMap<>();
        best.put("relays_to_tokens_multiplier", 103.125);
        best.put("gateway_fee_per_relay", 12.8125);
        best.put("application_fee_per_relay", 46.5625);
        best.put("gateway_minimum_stake", 118.75e9);
        best.put("minimum_application_stake", 19.6875e9);
        best.put("dao_allocation", 0.06875);
        best.put("validator_fee_percentage", 0.018437500000000002);
        GridDefinition ag7 = NextGrid.next(ag6, best, Map.of());
        assertThat(ag7.name()).isEqualTo("network_failures_oracle_ag7_");
        assertThat(ag7.protocol()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "relays_to_tokens_multiplier", List.of(101.5625, 103.125),
                "gateway_fee_per_relay", List.of(11.40625, 12.8125),
                "application_fee_per_relay", List.of(46.5625, 47.96875),
                "gateway_minimum_stake", List.of(117.1875e9, 118.75e9),
                "minimum_application_stake", List.of(19.6875e9, 19.84375e9),
                "dao_allocation", List.of(0.06718750000000001, 0.06875),
                "validator_fee_percentage", List.of(0.018437500000000002, 0.01984375)));
    }

    @Test
    void shouldIncrementTheWholeIterationNumber() {
        assertThat(GridNames.next("network_viability_ag1_")).isEqualTo("network_viability_ag2_");
        assertThat(GridNames.next("network_viability_ag9_")).isEqualTo("network_viability_ag10_");
        assertThat(GridNames.next("network_viability_ag19_")).isEqualTo("network_viability_ag20_");
        assertThat(GridNames.next("my_ag_family_ag99_")).isEqualTo("my_ag_family_ag100_");
        assertThat(GridNames.parseAdaptive("my_ag_family_ag99_").orElseThrow().family()).isEqualTo("my_ag_family");
        assertThatThrownBy(() -> GridNames.next("Test")).hasMessageContaining("not of the form {family}_ag{k}_");
    }

    @Test
    void shouldCarryFixedOverridesEnvironmentAndRunSettingsAndRecordProvenance() {
        GridDefinition ag1 = grid("servicer_viability_ag1_");
        Map<String, Object> best = new LinkedHashMap<>();
        ag1.protocol().forEach((k, v) -> best.put(k, v.get(1)));
        GridDefinition ag2 = NextGrid.next(ag1, best, Map.of("score", 5.0, "soft_total", 5.4));
        assertThat(ag2.fixed()).containsEntry("event", "service_join").containsEntry("service_join_function", "off")
                .containsEntry("service_leave_probability", 0.0);
        assertThat(ag2.runs()).isEqualTo(5);
        assertThat(ag2.days()).isEqualTo(365);
        assertThat(ag2.stateSet()).isEqualTo("Base");
        assertThat(ag2.family()).isEqualTo("servicer_viability");
        assertThat(ag2.provenance().best()).isEqualTo(best);
        assertThat(ag2.provenance().scores()).containsEntry("soft_total", 5.4);
        assertThat(ag2.protocol().get("relays_to_tokens_multiplier")).containsExactly(150.0, 200.0);
    }

    @Test
    void shouldRejectABestConstellationWithOtherParameters() {
        GridDefinition ag1 = grid("network_failures_service_ag1_");
        assertThatThrownBy(() -> NextGrid.next(ag1, Map.of("slash_fraction_downtime", 1e-10), Map.of()))
                .hasMessageContaining("allowed: exactly the protocol parameters");
        assertThatThrownBy(() -> NextGrid.next(grid("Test"), Map.of(), Map.of()))
                .hasMessageContaining("not an adaptive-grid iteration");
    }

    @Test
    void shouldWriteAGridFileThatReadsBackEqualAndRuns() {
        GridDefinition ag1 = grid("network_failures_oracle_ag6_");
        Map<String, Object> best = new LinkedHashMap<>();
        ag1.protocol().forEach((k, v) -> best.put(k, v.get(0)));
        GridDefinition ag7 = NextGrid.next(ag1, best, Map.of("score", 4.0, "servicer_npv_soft", 0.925));
        String json = GridFiles.toJson(ag7);
        GridDefinition back = CatalogReader.read(new CatalogSource("ag7.json", json)).grids().get(0).definition();
        assertThat(back).isEqualTo(ag7);
        List<CatalogSource> sources = new ArrayList<>(ExperimentCatalog.builtInSources());
        sources.add(new CatalogSource("ag7.json", json));
        ExperimentCatalog withAg7 = ExperimentCatalog.load(List.of(PocketModelDescription.instance()), sources);
        Grid g = withAg7.grid("network_failures_oracle_ag7_").orElseThrow();
        assertThat(g.size()).isEqualTo(3072);
        assertThat(g.values("validator_fee_percentage")).containsExactly(0.018437500000000002, 0.01984375);
        assertThat(withAg7.resolve("network_failures_oracle_ag7_3072").get(0).parameters().number("dao_fee_percentage"))
                .isEqualTo(1 - 0.01984375);
    }
}
