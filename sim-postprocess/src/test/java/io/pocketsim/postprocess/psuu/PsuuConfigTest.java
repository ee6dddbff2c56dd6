package io.pocketsim.postprocess.psuu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.grid.GridDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PsuuConfigTest {
    private static final PsuuConfig BUILT_IN = PsuuConfig.builtIn();

    @Test
    void shouldListTheFiveScenariosWithTheSpecsInequalitiesInOrder() {
        assertThat(BUILT_IN.scenarios()).containsExactlyInAnyOrder("gateway_viability_sweep", "network_failures_oracle",
                "network_viability", "servicer_viability", "network_failures_service");
        assertThat(BUILT_IN.scenario("gateway_viability_sweep").inequalityNames())
                .containsExactly("servicer_npv", "servicer_capital_costs", "gateway_npv");
        assertThat(BUILT_IN.scenario("network_failures_oracle").inequalityNames()).containsExactly("servicer_npv",
                "gateway_npv", "circulating_supply_available_supply_ratio", "net_inflation", "dao_value_capture");
        assertThat(BUILT_IN.scenario("network_viability").inequalityNames()).containsExactly("servicer_npv",
                "gateway_npv", "circulating_supply_available_supply_ratio", "net_inflation",
                "net_inflation_dao_value_capture_elasticity", "dao_value_capture");
        assertThat(BUILT_IN.scenario("servicer_viability").inequalityNames()).containsExactly("servicer_capital_costs",
                "servicer_npv", "gateway_npv", "circulating_supply_available_supply_ratio", "net_inflation",
                "dao_value_capture");
        assertThat(BUILT_IN.scenario("network_failures_service").inequalityNames())
                .containsExactly("servicer_slashing_cost", "servicer_jailing_cost", "network_load_balancing");
    }

    @Test
    void shouldAgreeWithTheBuiltInGridsOnProtocolAndEnvironmentalParameters() {
        ExperimentCatalog catalog = ExperimentCatalog.builtIn();
        for (String family : catalog.families()) {
            ScenarioConfig s = BUILT_IN.scenario(family);
            for (var g : catalog.family(family)) {
                GridDefinition d = g.definition();
                assertThat(new HashSet<>(s.protocol())).as(d.name()).isEqualTo(d.protocol().keySet());
                assertThat(new HashSet<>(s.environmental())).as(d.name()).isEqualTo(d.environmental().keySet());
            }
        }
    }

    @Test
    void shouldHoldTheSpecsThresholdValues() {
        Map<String, Double> expected = Map.ofEntries(Map.entry("s1", 750e6), Map.entry("s2", 0.9),
                Map.entry("t1", 7500e6), Map.entry("t2", 0.9), Map.entry("a1", 0.1), Map.entry("a2", 0.9),
                Map.entry("v1", 0.3), Map.entry("y1", -0.1), Map.entry("y2", 0.05), Map.entry("z1", 0.02),
                Map.entry("z2", 0.1), Map.entry("z3", 0.9), Map.entry("x1", -1.5), Map.entry("x2", -0.5),
                Map.entry("b1", 1e6), Map.entry("b2", 0.1), Map.entry("c2", 0.1), Map.entry("d1", 0.8),
                Map.entry("d2", 0.9));
        expected.forEach((k, v) -> assertThat(BUILT_IN.thresholds().get(k).value()).as(k).isEqualTo(v));
    }

    @Test
    void shouldDeriveTheSpecsKpiColumns() {
        Map<String, KpiDefinition> k = BUILT_IN.kpis();
        assertThat(k.get("kpi_1").column()).isEqualTo("KPI 1");
        assertThat(k.get("kpi_3").column()).isEqualTo("KPI 3");
        assertThat(k.get("kpi_4").column()).isEqualTo("circulating_supply");
        assertThat(k.get("kpi_5").column()).isEqualTo("floating_supply");
        assertThat(k.get("kpi_8").column()).isEqualTo("KPI 8");
        assertThat(k.get("kpi_10").column()).isEqualTo("dao_value_capture");
        assertThat(k.get("kpi_11").column()).isEqualTo("KPI 11");
        assertThat(k.get("kpi_14").column()).isEqualTo("KPI 14");
        assertThat(k.get("kpi_D").column()).isEqualTo("net_mint_rate_cumulative");
        MapRows rows = new MapRows().row("kpi_c_post", 0.45, "kpi_c_pre", 0.5)
                .row("kpi_c_post", 0.3, "kpi_c_pre", 0.0)
                .row("kpi_c_post", null, "kpi_c_pre", 0.5);
        assertThat(k.get("kpi_C_recovery").values(rows, k::get)).containsExactly(0.9, Double.POSITIVE_INFINITY, Double.NaN);
        MapRows supply = new MapRows().row("circulating_supply", 3.0, "floating_supply", 4.0);
        assertThat(k.get("circulating_to_available_supply").values(supply, k::get)).containsExactly(0.75);
    }

    @Test
    void shouldFindAScenarioByTheOriginalsKeyAndSuggestOnTypos() {
        assertThat(BUILT_IN.scenario("network_viability_ag").name()).isEqualTo("network_viability");
        assertThatThrownBy(() -> BUILT_IN.scenario("network_viabilty"))
                .hasMessageContaining("no PSuU scenario \"network_viabilty\"")
                .hasMessageContaining("did you mean network_viability?");
    }

    @Test
    void shouldReplaceThresholdValuesForRescoring() {
        ScenarioConfig s = BUILT_IN.scenario("network_failures_service").withThresholds(Map.of("d1", 0.7));
        assertThat(s.thresholds().get("d1").value()).isEqualTo(0.7);
        assertThatThrownBy(() -> s.withThresholds(Map.of("s1", 1.0))).hasMessageContaining("not used by scenario");
        // d2 is a share of rows: the loader's [0, 1] check holds for overrides too
        assertThatThrownBy(() -> s.withThresholds(Map.of("d2", 90.0)))
                .hasMessageContaining("threshold d2 = 90.0 is not a share of rows; allowed: a value in [0, 1]");
        assertThat(s.withThresholds(Map.of("d2", 1.0)).thresholds().get("d2").value()).isEqualTo(1.0);
    }

    private static String config(String thresholds, String inequality, String scenarioInequalities) {
        return "{\"kpis\": {\"a\": {\"column\": \"k\", \"unit\": \"uPOKT\"}},"
                + " \"thresholds\": {" + thresholds + "},"
                + " \"inequalities\": {\"i\": " + inequality + "},"
                + " \"scenarios\": {\"s\": {\"protocol\": [\"x\"], \"environmental\": [], \"inequalities\": "
                + scenarioInequalities + "}}}";
    }

    @Test
    void shouldRejectABoundInAnotherUnitThanItsKpi() {
        String json = config("\"c1\": {\"value\": 1e6, \"unit\": \"ratio\"}, \"f\": {\"value\": 0.5, \"unit\": \"share of rows\"}",
                "{\"test\": \"fraction\", \"kpi\": \"a\", \"lower\": \"c1\", \"fraction\": \"f\"}", "[\"i\"]");
        assertThatThrownBy(() -> PsuuConfig.parse("my.json", json))
                .hasMessageStartingWith("my.json: inequalities.i.lower: ")
                .hasMessageContaining("threshold c1 is in \"ratio\" but KPI a is in \"uPOKT\"");
    }

    @Test
    void shouldRejectUnknownNamesAndFields() {
        String ok = "\"t\": {\"value\": 1, \"unit\": \"uPOKT\"}, \"f\": {\"value\": 0.5, \"unit\": \"share of rows\"}";
        assertThatThrownBy(() -> PsuuConfig.parse("my.json", config(ok,
                "{\"test\": \"fraction\", \"kpi\": \"a\", \"lower\": \"t\", \"fraction\": \"f\"}", "[\"j\"]")))
                .hasMessageContaining("scenarios.s.inequalities: unknown inequality \"j\"; allowed: one of [i]");
        assertThatThrownBy(() -> PsuuConfig.parse("my.json", config(ok,
                "{\"test\": \"mean\", \"kpi\": \"a\", \"lower\": \"t\"}", "[\"i\"]")))
                .hasMessageContaining("inequalities.i.test: unknown test \"mean\"; allowed: fraction, average");
        assertThatThrownBy(() -> PsuuConfig.parse("my.json", config(ok,
                "{\"test\": \"average\", \"kpi\": \"a\", \"lowr\": \"t\"}", "[\"i\"]")))
                .hasMessageContaining("inequalities.i.lowr: unknown field; allowed: one of [")
                .hasMessageContaining("; did you mean lower?");
        assertThatThrownBy(() -> PsuuConfig.parse("my.json", config(ok,
                "{\"test\": \"average\", \"kpi\": \"a\"}", "[\"i\"]")))
                .hasMessageContaining("inequalities.i: inequality i: no bound given");
        assertThatThrownBy(() -> PsuuConfig.parse("my.json", config(ok,
                "{\"test\": \"fraction\", \"kpi\": \"a\", \"lower\": \"t\", \"fraction\": \"t\"}", "[\"i\"]")))
                .hasMessageContaining("inequalities.i.fraction: threshold t (1.0 uPOKT) is not a share");
        assertThatThrownBy(() -> PsuuConfig.parse("my.json", "{\"kpis\": "))
                .hasMessageStartingWith("my.json: line 1").hasMessageContaining("malformed JSON");
    }

    @Test
    void shouldRejectARatioThatRefersToItself() {
        String json = "{\"kpis\": {\"a\": {\"ratio\": [\"b\", \"k\"], \"unit\": \"ratio\"},"
                + " \"b\": {\"ratio\": [\"a\", \"k\"], \"unit\": \"ratio\"}}, \"thresholds\": {}, \"inequalities\": {},"
                + " \"scenarios\": {}}";
        assertThatThrownBy(() -> PsuuConfig.parse("my.json", json)).hasMessageContaining("refers back to itself");
    }

    @Test
    void shouldKeepOnlyTheThresholdsAndKpisAScenarioUses() {
        ScenarioConfig s = BUILT_IN.scenario("network_failures_service");
        assertThat(s.thresholds().keySet()).containsExactlyInAnyOrder("b1", "b2", "c1", "c2", "d1", "d2");
        assertThat(s.kpis().keySet()).containsExactlyInAnyOrder("kpi_8", "kpi_11", "kpi_C_recovery");
        assertThat(List.copyOf(BUILT_IN.scenario("network_viability").kpis().keySet()))
                .contains("net_inflation_to_dao_value_capture", "kpi_D", "kpi_10");
    }
}
