package io.pocketsim.postprocess.psuu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pocketsim.experiments.catalog.CatalogSource;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.experiments.grid.GridDefinition;
import io.pocketsim.experiments.model.PocketModelDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdaptiveStepTest {
    private static final ExperimentCatalog CATALOG = ExperimentCatalog.builtIn();
    private static final PsuuConfig CONFIG = PsuuConfig.builtIn();
    private static final Grid SERVICE_AG1 = CATALOG.grid("network_failures_service_ag1_").orElseThrow();

    @Test
    void shouldScoreAGridAndHalveEveryBracketTowardTheBestConstellation() {
        MapRows rows = GridKpiRows.of(SERVICE_AG1, 5, GridKpiRows::serviceKpis);
        assertThat(rows.size()).isEqualTo(240);
        AdaptiveStep.Result r = AdaptiveStep.compute(SERVICE_AG1, rows, CONFIG, false);

        assertThat(r.scores().constellations()).hasSize(4).allSatisfy(c -> assertThat(c.rows()).isEqualTo(60));
        assertThat(r.scores().best().protocol())
                .isEqualTo(Map.of("slash_fraction_downtime", 1e-10, "max_chains_servicer", 20.0));
        assertThat(r.scores().best().score()).isEqualTo(3.0);
        assertThat(r.scores().passRates()).containsEntry("network_load_balancing", 0.25)
                .containsEntry("servicer_slashing_cost", 1.0).containsEntry("servicer_jailing_cost", 1.0);

        GridDefinition next = r.next();
        assertThat(next.name()).isEqualTo("network_failures_service_ag2_");
        assertThat(next.protocol().get("slash_fraction_downtime")).containsExactly(1e-10, 0.05000000005);
        assertThat(next.protocol().get("max_chains_servicer")).containsExactly(10.5, 20.0);
        assertThat(next.environmental()).isEqualTo(SERVICE_AG1.definition().environmental());
        assertThat(next.provenance().parent()).isEqualTo("network_failures_service_ag1_");
        assertThat(next.provenance().best()).isEqualTo(r.scores().best().protocol());
        assertThat(next.provenance().scores()).containsEntry("score", 3.0)
                .containsEntry("network_load_balancing_soft", 1.0);
    }

    @Test
    void shouldRefuseAnIncompleteTableUnlessAllowed() {
        MapRows rows = GridKpiRows.of(SERVICE_AG1, 4, GridKpiRows::serviceKpis);
        assertThatThrownBy(() -> AdaptiveStep.compute(SERVICE_AG1, rows, CONFIG, false))
                .hasMessageContaining("192 rows, expected 48 points x 5 runs = 240");
        assertThat(AdaptiveStep.compute(SERVICE_AG1, rows, CONFIG, true).next().name())
                .isEqualTo("network_failures_service_ag2_");
    }

    @Test
    void shouldRefuseACompleteLookingTableWithOnePointsRowsInPlaceOfAnothers() {
        MapRows rows = GridKpiRows.of(SERVICE_AG1, 5, GridKpiRows::serviceKpis);
        // rows 235..239 (point 48: max_chains_servicer 20, slash_fraction_downtime 0.1) replaced by point 1's rows 0..4
        int[] order = new int[240];
        for (int i = 0; i < 240; i++) {
            order[i] = i < 235 ? i : i - 235;
        }
        MapRows doubled = rows.permuted(order);
        assertThat(doubled.size()).isEqualTo(240);
        assertThatThrownBy(() -> AdaptiveStep.compute(SERVICE_AG1, doubled, CONFIG, false))
                .hasMessageContaining("constellation {slash_fraction_downtime=1.0E-10, max_chains_servicer=1.0} has 65 rows,"
                        + " expected 60 (12 environments x 5 runs)");
        assertThat(AdaptiveStep.compute(SERVICE_AG1, doubled, CONFIG, true).scores().constellations())
                .extracting(ConstellationScore::rows).containsExactly(65, 60, 60, 55);
    }

    @Test
    void shouldRefuseRowsFromAnotherGrid() {
        Grid ag2 = CATALOG.grid("network_failures_service_ag2_").orElseThrow();
        MapRows rows = GridKpiRows.of(ag2, 5, GridKpiRows::serviceKpis);
        assertThatThrownBy(() -> AdaptiveStep.compute(SERVICE_AG1, rows, CONFIG, false))
                .hasMessageContaining("is not in grid network_failures_service_ag1_'s bracket");
    }

    @Test
    void shouldRefuseAGridWithoutAScenarioOrWithOtherProtocolParameters() {
        Grid test = CATALOG.grid("Test").orElseThrow();
        assertThatThrownBy(() -> AdaptiveStep.compute(test, new MapRows(), CONFIG, true))
                .hasMessageContaining("grid Test has no family or scenario to score with");
        String mismatch = "{\"name\": \"odd_ag1_\", \"family\": \"odd\", \"iteration\": 1, \"scenario\": \"network_failures_service\","
                + " \"model\": \"pocket\", \"stateSet\": \"Base\", \"parameterSet\": \"Base\", \"runs\": 1, \"days\": 5,"
                + " \"protocol\": {\"slash_fraction_downtime\": [0.1, 0.2]}, \"environmental\": {}}";
        List<CatalogSource> sources = new ArrayList<>(ExperimentCatalog.builtInSources());
        sources.add(new CatalogSource("odd.json", mismatch));
        Grid odd = ExperimentCatalog.load(List.of(PocketModelDescription.instance()), sources).grid("odd_ag1_").orElseThrow();
        assertThatThrownBy(() -> AdaptiveStep.compute(odd, new MapRows(), CONFIG, true))
                .hasMessageContaining("tunes [slash_fraction_downtime] but scenario network_failures_service groups on"
                        + " [slash_fraction_downtime, max_chains_servicer]");
    }
}
