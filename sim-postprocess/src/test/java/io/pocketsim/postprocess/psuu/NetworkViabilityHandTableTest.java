package io.pocketsim.postprocess.psuu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The built-in network_viability scenario (six inequalities, cloud-and-psuu.md §3.3-§3.5) on a hand-built KPI
 * table of two constellations with four rows each; every expected number below is worked out by hand in the
 * comments.
 */
class NetworkViabilityHandTableTest {
    private static final ScenarioConfig SCENARIO = PsuuConfig.builtIn().scenario("network_viability");
    private static final double NAN = Double.NaN;
    private static final List<String> PROTOCOL = List.of("relays_to_tokens_multiplier", "gateway_fee_per_relay",
            "application_fee_per_relay", "gateway_minimum_stake", "minimum_application_stake", "dao_allocation",
            "validator_fee_percentage");

    /** One row of constellation A (RTTM 100) or B (RTTM 200), the other protocol values equal. */
    private static void row(MapRows rows, double rttm, double kpi1, double kpi3, double circulating, double floating,
                            double netInflation, double daoCapture) {
        Map<String, Object> r = new LinkedHashMap<>();
        for (String p : PROTOCOL) {
            r.put("param_" + p, p.equals("relays_to_tokens_multiplier") ? rttm : 1.0);
        }
        r.put("KPI 1", kpi1);
        r.put("KPI 3", kpi3);
        r.put("circulating_supply", circulating);
        r.put("floating_supply", floating);
        r.put("net_mint_rate_cumulative", netInflation);
        r.put("dao_value_capture", daoCapture);
        rows.add(r);
    }

    /**
     * A (RTTM 100):
     * <pre>
     *   KPI 1   KPI 3   circ/float   kpi_D   kpi_10   kpi_D/kpi_10
     *   8e8     8e9     4/10 = 0.4   -0.05   0.05     -1.0
     *   8e8     8e9     2/10 = 0.2   -0.08   0.05     -1.6
     *   8e8     7.5e9   3/10 = 0.3    0.02   0.02      1.0
     *   NaN     8e9     5/0  = inf    NaN    0.09      NaN
     * </pre>
     * servicer_npv: 3 of 4 rows above 7.5e8 -> p 0.75 < 0.9, fail, soft 0.75.
     * gateway_npv: 7.5e9 is not above t1 = 7.5e9 -> p 0.75, fail, soft 0.75.
     * supply ratio: mean(0.4, 0.2, 0.3, inf) = inf > 0.3, pass; rows above 0.3: 0.4 and inf -> soft 0.5.
     * net_inflation: mean(-0.05, -0.08, 0.02) = -0.0367 (NaN skipped) in (-0.1, 0.05), pass; soft 3/4 (NaN row out).
     * elasticity: mean(-1.0, -1.6, 1.0) = -0.533 in (-1.5, -0.5), pass; in bounds only -1.0 -> soft 0.25.
     * dao_value_capture: 0.02 is not above z1 -> 3 of 4 -> 0.75 < 0.9, fail, soft 0.75.
     * Score 3, soft total 0.75 + 0.75 + 0.5 + 0.75 + 0.25 + 0.75 = 3.75.
     */
    private static void constellationA(MapRows rows) {
        row(rows, 100, 8e8, 8e9, 4, 10, -0.05, 0.05);
        row(rows, 100, 8e8, 8e9, 2, 10, -0.08, 0.05);
        row(rows, 100, 8e8, 7.5e9, 3, 10, 0.02, 0.02);
        row(rows, 100, NAN, 8e9, 5, 0, NAN, 0.09);
    }

    @Test
    void scoresEveryInequalityAsComputedByHand() {
        MapRows rows = new MapRows();
        constellationA(rows);
        // B (RTTM 200): every row passes everything: 1e9, 1e10, 0.5, -0.05, 0.05, ratio -1
        for (int i = 0; i < 4; i++) {
            row(rows, 200, 1e9, 1e10, 5, 10, -0.05, 0.05);
        }
        PsuuScores s = Psuu.score(SCENARIO, rows);

        ConstellationScore a = s.constellations().get(0);
        assertThat(a.protocol()).containsEntry("relays_to_tokens_multiplier", 100.0);
        assertThat(a.rows()).isEqualTo(4);
        assertThat(a.outcomes()).extracting(Inequality.Outcome::pass)
                .containsExactly(false, false, true, true, true, false);
        assertThat(a.outcomes()).extracting(Inequality.Outcome::soft)
                .containsExactly(0.75, 0.75, 0.5, 0.75, 0.25, 0.75);
        assertThat(a.score()).isEqualTo(3.0);
        assertThat(a.softTotal()).isEqualTo(3.75);

        ConstellationScore b = s.constellations().get(1);
        assertThat(b.outcomes()).allSatisfy(o -> assertThat(o).isEqualTo(new Inequality.Outcome(true, 1.0)));
        assertThat(b.score()).isEqualTo(6.0);
        assertThat(s.best()).isEqualTo(b);
        assertThat(s.backedOff()).isEmpty();
        assertThat(s.passRates()).containsExactly(Map.entry("servicer_npv", 0.5), Map.entry("gateway_npv", 0.5),
                Map.entry("circulating_supply_available_supply_ratio", 1.0), Map.entry("net_inflation", 1.0),
                Map.entry("net_inflation_dao_value_capture_elasticity", 1.0), Map.entry("dao_value_capture", 0.5));
    }

    @Test
    void backsOffAnInequalityThatFailsInEveryConstellation() {
        MapRows rows = new MapRows();
        constellationA(rows);
        // B: DAO capture 0.1 is not below z2 = 0.1 (fail, soft 0); ratio -0.05 / 0.1 = -0.5 is not below x2 (fail)
        for (int i = 0; i < 4; i++) {
            row(rows, 200, 1e9, 1e10, 5, 10, -0.05, 0.1);
        }
        PsuuScores s = Psuu.score(SCENARIO, rows);

        assertThat(s.backedOff()).containsExactly("dao_value_capture");
        // A: 3 passes + dao soft 0.75 = 3.75; B: npv, gateway, supply, inflation pass = 4, elasticity 0, dao soft 0
        assertThat(s.constellations()).extracting(ConstellationScore::score).containsExactly(3.75, 4.0);
        assertThat(s.constellations().get(1).outcomes().get(4)).isEqualTo(new Inequality.Outcome(false, 0.0));
        assertThat(s.best().protocol()).containsEntry("relays_to_tokens_multiplier", 200.0);
        assertThat(s.passRates().get("net_inflation_dao_value_capture_elasticity")).isCloseTo(0.5, within(0.0));
    }
}
