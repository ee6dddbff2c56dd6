package io.pocketsim.experiments.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.pocket.parameters.PocketParameterSpace;
import io.pocketsim.experiments.grid.Grid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in grids against the round tables of model-spec.md §3.6, copied here as the spec writes them (values in
 * the original's Python float repr, stakes as {@code …e6}), and against points decoded by hand from the spec's
 * mixed-radix rule. Nothing here is computed from the grid files or the expansion code.
 */
class SpecGridTablesTest {
    private static final ExperimentCatalog CATALOG = ExperimentCatalog.builtIn();

    // model-spec.md §3.6, one table per family; column headers mapped to parameter names below
    private static final String GATEWAY = """
            | round | application_fee_per_relay | minimum_application_stake | gateway_fee_per_relay | gateway_minimum_stake | session_token_bucket_coefficient |
            | ag1 | 10, 100 | 10000e6, 20000e6 | 10, 100 | 100000e6, 200000e6 | 25, 400 |
            | ag2 | 10, 55.0 | 10000e6, 15000e6 | 10, 55.0 | 100000e6, 150000e6 | 25, 212.5 |
            | ag3 | 10, 32.5 | 12500e6, 15000e6 | 10, 32.5 | 100000e6, 125000e6 | 25, 118.75 |
            | ag4 | 21.25, 32.5 | 12500e6, 13750e6 | 10, 21.25 | 112500e6, 125000e6 | 71.875, 118.75 |
            | ag5 | 26.875, 32.5 | 13125e6, 13750e6 | 10, 15.625 | 118750e6, 125000e6 | 71.875, 95.3125 |
            | ag6 | 26.875, 29.6875 | 13437.5e6, 13750e6 | 10, 12.8125 | 121875e6, 125000e6 | 71.875, 83.59375 |
            """;
    private static final String SERVICE = """
            | round | max_chains_servicer | slash_fraction_downtime |
            | ag1 | 1, 20 | 1e-10, 0.1 |
            | ag2 | 1, 10.5 | 1e-10, 0.05000000005 |
            | ag3 | 5.75, 10.5 | 1e-10, 0.025000000075 |
            | ag4 | 5.75, 8.125 | 1e-10, 0.012500000087500001 |
            | ag5 | 6.9375, 8.125 | 1e-10, 0.00625000009375 |
            | ag6 | 7.53125, 8.125 | 1e-10, 0.003125000096875 |
            """;
    private static final String SERVICER = """
            | round | RTTM | AFPR | min app stake | dao_allocation | GFPR | gateway min stake | validator_fee_percentage |
            | ag1 | 100, 200 | 10, 100 | 10000e6, 20000e6 | 0.05, 0.15 | 10, 100 | 100000e6, 200000e6 | 0.01, 0.1 |
            | ag2 | 100, 150.0 | 55.0, 100 | 10000e6, 15000e6 | 0.1, 0.15 | 10, 55.0 | 100000e6, 150000e6 | 0.055, 0.1 |
            | ag3 | 100, 125.0 | 77.5, 100 | 10000e6, 12500e6 | 0.1, 0.125 | 10, 32.5 | 100000e6, 125000e6 | 0.055, 0.0775 |
            | ag4 | 100, 112.5 | 88.75, 100 | 10000e6, 11250e6 | 0.1125, 0.125 | 10, 21.25 | 100000e6, 112500e6 | 0.06625, 0.0775 |
            | ag5 | 100, 106.25 | 88.75, 94.375 | 10625e6, 11250e6 | 0.1125, 0.11875 | 10, 15.625 | 100000e6, 106250e6 | 0.071875, 0.0775 |
            | ag6 | 103.125, 106.25 | 88.75, 91.5625 | 10625e6, 10937.5e6 | 0.1125, 0.115625 | 12.8125, 15.625 | 100000e6, 103125e6 | 0.071875, 0.07468749999999999 |
            """;
    private static final String NETWORK = """
            | round | RTTM | AFPR | min app stake | dao_allocation | GFPR | gateway min stake | validator_fee_percentage |
            | ag1 | 100, 200 | 10, 100 | 10000e6, 20000e6 | 0.05, 0.15 | 10, 100 | 100000e6, 200000e6 | 0.01, 0.1 |
            | ag2 | 150.0, 200 | 55.0, 100 | 10000e6, 15000e6 | 0.05, 0.1 | 10, 55.0 | 100000e6, 150000e6 | 0.055, 0.1 |
            | ag3 | 175.0, 200 | 77.5, 100 | 10000e6, 12500e6 | 0.05, 0.07500000000000001 | 10, 32.5 | 100000e6, 125000e6 | 0.0775, 0.1 |
            | ag4 | 187.5, 200 | 77.5, 88.75 | 10000e6, 11250e6 | 0.0625, 0.07500000000000001 | 10, 21.25 | 112500e6, 125000e6 | 0.08875, 0.1 |
            | ag5 | 187.5, 193.75 | 83.125, 88.75 | 10000e6, 10625e6 | 0.06875, 0.07500000000000001 | 10, 15.625 | 118750e6, 125000e6 | 0.094375, 0.1 |
            | ag6 | 187.5, 190.625 | 83.125, 85.9375 | 10312.5e6, 10625e6 | 0.07187500000000001, 0.07500000000000001 | 12.8125, 15.625 | 118750e6, 121875e6 | 0.09718750000000001, 0.1 |
            """;
    private static final String ORACLE = """
            | round | RTTM | AFPR | min app stake | dao_allocation | GFPR | gateway min stake | validator_fee_percentage |
            | ag1 | 100, 200 | 10, 100 | 10000e6, 20000e6 | 0.05, 0.15 | 10, 100 | 100000e6, 200000e6 | 0.01, 0.1 |
            | ag2 | 100, 150.0 | 10, 55.0 | 15000e6, 20000e6 | 0.05, 0.1 | 10, 55.0 | 100000e6, 150000e6 | 0.01, 0.055 |
            | ag3 | 100, 125.0 | 32.5, 55.0 | 17500e6, 20000e6 | 0.05, 0.07500000000000001 | 10, 32.5 | 100000e6, 125000e6 | 0.01, 0.0325 |
            | ag4 | 100, 112.5 | 43.75, 55.0 | 18750e6, 20000e6 | 0.0625, 0.07500000000000001 | 10, 21.25 | 112500e6, 125000e6 | 0.01, 0.02125 |
            | ag5 | 100, 106.25 | 43.75, 49.375 | 19375e6, 20000e6 | 0.0625, 0.06875 | 10, 15.625 | 112500e6, 118750e6 | 0.015625, 0.02125 |
            | ag6 | 100, 103.125 | 46.5625, 49.375 | 19687.5e6, 20000e6 | 0.065625, 0.06875 | 10, 12.8125 | 115625e6, 118750e6 | 0.018437500000000002, 0.02125 |
            """;
    private static final Map<String, String> HEADERS = Map.of(
            "RTTM", "relays_to_tokens_multiplier", "AFPR", "application_fee_per_relay",
            "min app stake", "minimum_application_stake", "GFPR", "gateway_fee_per_relay",
            "gateway min stake", "gateway_minimum_stake");
    private static final Map<String, String> TABLES = Map.of(
            "gateway_viability_sweep", GATEWAY, "network_failures_service", SERVICE, "servicer_viability", SERVICER,
            "network_viability", NETWORK, "network_failures_oracle", ORACLE);

    /** Environmental lists of §3.6, the same in every round. */
    private static final Map<String, Map<String, List<Object>>> ENVIRONMENT = Map.of(
            "gateway_viability_sweep", ordered(
                    "application_max_number", List.of(5.0, 20.0, 100.0),
                    "relays_per_session_gamma_distribution_scale", List.of(100000.0, 300000.0, 900000.0)),
            "network_failures_service", ordered(
                    "event", List.of("servicer_shutdown_by_geozone_random", "service_shutdown_random_t1",
                            "service_shutdown_random_t7", "service_shutdown_random_t500"),
                    "servicer_service_density_starting", List.of(0.1, 0.5, 1.0)),
            "servicer_viability", ordered(
                    "service_linking_probability_just_joined", List.of(0.1, 0.5, 0.9),
                    "kick_bottom_probability", List.of(0.01, 0.05, 0.1)),
            "network_viability", ordered(
                    "relays_per_session_gamma_distribution_shape", List.of(250.0, 500.0, 750.0),
                    "service_linking_probability_normal", List.of(0.001, 0.01, 0.1),
                    "event", List.of("double_relays_1_service", "double_relays_3_services", "double_relays_5_services")),
            "network_failures_oracle", ordered(
                    "oracle_treatment_time_mean", List.of(1.0, 10.0, 100.0),
                    "event", List.of("oracle_shutdown", "oracle_delay_poisson",
                            "oracle_distortion_unbiased_low_noise_poisson",
                            "oracle_distortion_unbiased_high_noise_poisson",
                            "oracle_distortion_positive_bias_low_noise_poisson",
                            "oracle_distortion_positive_bias_high_noise_poisson",
                            "oracle_distortion_negative_bias_low_noise_poisson",
                            "oracle_distortion_negative_bias_high_noise_poisson")));

    private static Map<String, List<Object>> ordered(Object... kv) {
        Map<String, List<Object>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<Object> v = (List<Object>) kv[i + 1];
            m.put((String) kv[i], v);
        }
        return m;
    }

    /** One spec cell per family, round and protocol parameter: the two bracket values as doubles. */
    static Stream<Arguments> specCells() {
        List<Arguments> out = new ArrayList<>();
        TABLES.forEach((family, table) -> {
            List<String[]> lines = table.lines().map(l -> l.replaceAll("^\\|\\s*|\\s*\\|$", "").split("\\s*\\|\\s*"))
                    .collect(Collectors.toList());
            String[] header = lines.get(0);
            for (String[] row : lines.subList(1, lines.size())) {
                for (int c = 1; c < header.length; c++) {
                    String param = HEADERS.getOrDefault(header[c], header[c]);
                    List<Double> bracket = Stream.of(row[c].split(",\\s*")).map(Double::parseDouble)
                            .collect(Collectors.toList());
                    out.add(Arguments.of(family + "_" + row[0] + "_", param, bracket));
                }
            }
        });
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("specCells")
    void everyBracketIsTheSpecsExactDouble(String grid, String parameter, List<Double> bracket) {
        assertThat(CATALOG.grid(grid).orElseThrow().values(parameter)).containsExactlyElementsOf(bracket);
    }

    @Test
    void theTablesCoverEveryProtocolParameterOfEveryRound() {
        long cells = specCells().count();
        assertThat(cells).isEqualTo(6 * (5 + 2 + 7 + 7 + 7));
        for (String family : TABLES.keySet()) {
            for (Grid g : CATALOG.family(family)) {
                long inTable = specCells().filter(a -> a.get()[0].equals(g.name())).count();
                assertThat(g.definition().protocol()).hasSize((int) inTable);
            }
        }
    }

    @Test
    void everyRoundHasTheSpecsEnvironmentSizeRunsDaysAndStateSet() {
        Map<String, Integer> sizes = Map.of("gateway_viability_sweep", 288, "network_failures_service", 48,
                "servicer_viability", 1152, "network_viability", 3456, "network_failures_oracle", 3072);
        ENVIRONMENT.forEach((family, env) -> {
            for (int k = 1; k <= 6; k++) {
                Grid g = CATALOG.grid(family + "_ag" + k + "_").orElseThrow();
                env.forEach((p, values) -> assertThat(g.values(p)).as("%s %s", g.name(), p)
                        .containsExactlyElementsOf(values));
                assertThat(g.sweptKeys()).hasSize(g.definition().protocol().size() + env.size());
                assertThat(g.size()).isEqualTo(sizes.get(family));
                assertThat(g.definition().runs()).isEqualTo(5);
                assertThat(g.definition().days()).isEqualTo(365);
                assertThat(g.definition().stateSet()).isEqualTo("Base");
                assertThat(g.definition().parameterSet()).isEqualTo("Base");
            }
        });
    }

    // ---- points decoded by hand: digits of i - 1, strides from the slowest-to-fastest order of §3.6 ----

    private static ParameterPoint point(String name) {
        return CATALOG.resolve(name).get(0).parameters();
    }

    /** The parameters in which a point differs from Base. */
    private static Map<String, Object> diffFromBase(ParameterPoint p) {
        ParameterPoint base = PocketParameterSpace.namedSet("Base");
        Map<String, Object> out = new LinkedHashMap<>();
        for (String n : base.names()) {
            if (!Objects.equals(base.get(n), p.get(n))) {
                out.put(n, p.get(n));
            }
        }
        return out;
    }

    private static Map<String, Object> expect(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void gatewayPointsDecodeByHand() {
        // strides: scale 1, application_max_number 3, STBC 9, GMS 18, GFPR 36, AMS 72, AFPR 144
        // ag3_100: 99 = 1*72 + 1*18 + 1*9 -> AMS high, GMS high, STBC high, everything else first
        // (AMS high is 15000e6, Base's value, so it does not show in the difference)
        assertThat(diffFromBase(point("gateway_viability_sweep_ag3_100"))).isEqualTo(expect(
                "application_fee_per_relay", 10.0, "gateway_fee_per_relay", 10.0, "gateway_minimum_stake", 125000e6,
                "session_token_bucket_coefficient", 118.75, "application_max_number", 5.0,
                "relays_per_session_gamma_distribution_scale", 100000.0));
        assertThat(point("gateway_viability_sweep_ag3_100").get("minimum_application_stake")).isEqualTo(15000e6);
        // ag6_150: 149 = 1*144 + 1*3 + 2 -> AFPR high, application_max_number 20, scale 9e5
        assertThat(diffFromBase(point("gateway_viability_sweep_ag6_150"))).isEqualTo(expect(
                "application_fee_per_relay", 29.6875, "minimum_application_stake", 13437.5e6,
                "gateway_fee_per_relay", 10.0, "gateway_minimum_stake", 121875e6,
                "session_token_bucket_coefficient", 71.875, "relays_per_session_gamma_distribution_scale", 900000.0));
    }

    @Test
    void networkFailuresServicePointsDecodeByHand() {
        // strides: density 1, event 3, SFD 12, MCS 24
        // ag4_35: 34 = 1*24 + 3*3 + 1 -> MCS high, SFD low, event t500, density 0.5
        assertThat(diffFromBase(point("network_failures_service_ag4_35"))).isEqualTo(expect(
                "max_chains_servicer", 8.125, "slash_fraction_downtime", 1e-10,
                "event", "service_shutdown_random_t500", "servicer_service_density_starting", 0.5));
        // ag2_13: 12 = 1*12 -> SFD high, everything else first
        assertThat(diffFromBase(point("network_failures_service_ag2_13"))).isEqualTo(expect(
                "max_chains_servicer", 1.0, "slash_fraction_downtime", 0.05000000005,
                "event", "servicer_shutdown_by_geozone_random", "servicer_service_density_starting", 0.1));
        assertThat(diffFromBase(point("network_failures_service_ag6_48"))).isEqualTo(expect(
                "max_chains_servicer", 8.125, "slash_fraction_downtime", 0.003125000096875,
                "event", "service_shutdown_random_t500", "servicer_service_density_starting", 1.0));
    }

    @Test
    void servicerViabilityPointsDecodeByHand() {
        // ag1_1: every first value, plus ag1's single-value overrides; dao_fee = 1 - 0.01
        assertThat(diffFromBase(point("servicer_viability_ag1_1"))).isEqualTo(expect(
                "relays_to_tokens_multiplier", 100.0, "application_fee_per_relay", 10.0,
                "minimum_application_stake", 10000e6, "dao_allocation", 0.05, "gateway_fee_per_relay", 10.0,
                "gateway_minimum_stake", 100000e6, "dao_fee_percentage", 0.99, "validator_fee_percentage", 0.01,
                "service_leave_probability", 0.0, "service_linking_probability_just_joined", 0.1,
                "kick_bottom_probability", 0.01, "event", "service_join", "service_join_function", "off"));
        // strides: kick 1, just_joined 3, VFP 9, GMS 18, GFPR 36, DAL 72, AMS 144, AFPR 288, RTTM 576
        // ag5_600: 599 = 1*576 + 1*18 + 1*3 + 2 -> RTTM high, GMS high, just_joined 0.5, kick 0.1
        assertThat(diffFromBase(point("servicer_viability_ag5_600"))).isEqualTo(expect(
                "relays_to_tokens_multiplier", 106.25, "application_fee_per_relay", 88.75,
                "minimum_application_stake", 10625e6, "dao_allocation", 0.1125, "gateway_fee_per_relay", 10.0,
                "gateway_minimum_stake", 106250e6, "dao_fee_percentage", 1 - 0.071875,
                "validator_fee_percentage", 0.071875, "kick_bottom_probability", 0.1));
        // ag6_1152: every last value; no service_join event after ag1
        assertThat(diffFromBase(point("servicer_viability_ag6_1152"))).isEqualTo(expect(
                "relays_to_tokens_multiplier", 106.25, "application_fee_per_relay", 91.5625,
                "minimum_application_stake", 10937.5e6, "dao_allocation", 0.115625, "gateway_fee_per_relay", 15.625,
                "gateway_minimum_stake", 103125e6, "dao_fee_percentage", 1 - 0.07468749999999999,
                "validator_fee_percentage", 0.07468749999999999, "service_linking_probability_just_joined", 0.9,
                "kick_bottom_probability", 0.1));
    }

    @Test
    void networkViabilityPointsDecodeByHand() {
        // strides: event 1, linking normal 3, shape 9, VFP 27, GMS 54, GFPR 108, DAL 216, AMS 432, AFPR 864, RTTM 1728
        // ag3_2000: 1999 = 1*1728 + 1*216 + 1*54 + 1 -> RTTM, DAL, GMS high; event double_relays_3_services
        assertThat(diffFromBase(point("network_viability_ag3_2000"))).isEqualTo(expect(
                "relays_to_tokens_multiplier", 200.0, "application_fee_per_relay", 77.5,
                "minimum_application_stake", 10000e6, "dao_allocation", 0.07500000000000001,
                "gateway_fee_per_relay", 10.0, "gateway_minimum_stake", 125000e6, "dao_fee_percentage", 1 - 0.0775,
                "validator_fee_percentage", 0.0775, "relays_per_session_gamma_distribution_shape", 250.0,
                "service_linking_probability_normal", 0.001, "event", "double_relays_3_services"));
        // ag1_28: 27 = 1*27 -> VFP high (dao_fee 0.9 = Base), everything else first
        assertThat(diffFromBase(point("network_viability_ag1_28"))).isEqualTo(expect(
                "relays_to_tokens_multiplier", 100.0, "application_fee_per_relay", 10.0,
                "minimum_application_stake", 10000e6, "dao_allocation", 0.05, "gateway_fee_per_relay", 10.0,
                "gateway_minimum_stake", 100000e6, "relays_per_session_gamma_distribution_shape", 250.0,
                "service_linking_probability_normal", 0.001, "event", "double_relays_1_service"));
        ParameterPoint last = point("network_viability_ag6_3456");
        assertThat(last.get("validator_fee_percentage")).isEqualTo(0.1);
        assertThat(last.get("dao_allocation")).isEqualTo(0.07500000000000001);
        assertThat(last.get("minimum_application_stake")).isEqualTo(10625e6);
        assertThat(last.get("event")).isEqualTo("double_relays_5_services");
        assertThat(last.get("relays_per_session_gamma_distribution_scale")).isEqualTo(300000.0);
    }

    @Test
    void networkFailuresOraclePointsDecodeByHand() {
        // strides: event 1, treatment time 8, VFP 24, GMS 48, GFPR 96, DAL 192, AMS 384, AFPR 768, RTTM 1536
        // ag2_1000: 999 = 1*768 + 1*192 + 1*24 + 1*8 + 7 -> AFPR, DAL, VFP high; treatment 10; last event
        // (AMS 15000e6, DAL 0.1 and treatment time 10 equal Base, so they do not show in the difference)
        assertThat(diffFromBase(point("network_failures_oracle_ag2_1000"))).isEqualTo(expect(
                "relays_to_tokens_multiplier", 100.0, "application_fee_per_relay", 55.0, "gateway_fee_per_relay", 10.0,
                "gateway_minimum_stake", 100000e6, "dao_fee_percentage", 1 - 0.055,
                "validator_fee_percentage", 0.055,
                "event", "oracle_distortion_negative_bias_high_noise_poisson"));
        // ag6_1537: 1536 = 1*1536 -> RTTM high, everything else first
        assertThat(diffFromBase(point("network_failures_oracle_ag6_1537"))).isEqualTo(expect(
                "relays_to_tokens_multiplier", 103.125, "application_fee_per_relay", 46.5625,
                "minimum_application_stake", 19687.5e6, "dao_allocation", 0.065625, "gateway_fee_per_relay", 10.0,
                "gateway_minimum_stake", 115625e6, "dao_fee_percentage", 1 - 0.018437500000000002,
                "validator_fee_percentage", 0.018437500000000002, "oracle_treatment_time_mean", 1.0,
                "event", "oracle_shutdown"));
    }

    @Test
    void testSweepPointsDecodeByHand() {
        // strides: scale 1, servicer_max_number 3, application_max_number 9; 13 = 1*9 + 1*3 + 1
        assertThat(diffFromBase(point("Test14"))).isEqualTo(expect("application_max_number", 30.0,
                "servicer_max_number", 30.0));
        // 25 = 2*9 + 2*3 + 1: scale 300000 is Base
        assertThat(diffFromBase(point("Test26"))).isEqualTo(expect("application_max_number", 40.0,
                "servicer_max_number", 40.0));
        assertThat(diffFromBase(point("Test1"))).isEqualTo(expect("relays_per_session_gamma_distribution_scale", 200000.0));
        assertThat(CATALOG.resolve("Test14").get(0).runs()).isEqualTo(30);
        assertThat(CATALOG.resolve("Test14").get(0).days()).isEqualTo(365);
    }
}
