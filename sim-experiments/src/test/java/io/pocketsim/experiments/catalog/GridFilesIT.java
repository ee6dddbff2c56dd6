package io.pocketsim.experiments.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pocketsim.experiments.adaptive.NextGrid;
import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.experiments.grid.GridDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridFilesIT {
    @TempDir
    Path dir;

    @Test
    void shouldLoadAUserGridFileNextToTheBuiltIns() throws IOException {
        Path file = dir.resolve("smoke.json");
        Files.writeString(file, "{\n"
                + "  \"name\": \"smoke_ag1_\", \"family\": \"smoke\", \"iteration\": 1, \"scenario\": \"gateway_viability_sweep\",\n"
                + "  \"model\": \"pocket\", \"stateSet\": \"Base\", \"parameterSet\": \"Base\", \"runs\": 2, \"days\": 10,\n"
                + "  \"fixed\": {\"servicer_max_number\": 10},\n"
                + "  \"protocol\": {\"gateway_fee_per_relay\": [10, 100], \"session_token_bucket_coefficient\": [25, 400]},\n"
                + "  \"environmental\": {\"application_max_number\": [5, 20]},\n"
                + "  \"derived\": {\"dao_fee_percentage\": \"1 - validator_fee_percentage\"}\n"
                + "}\n");
        ExperimentCatalog c = ExperimentCatalog.load(file);
        Grid g = c.grid("smoke_ag1_").orElseThrow();
        assertThat(g.size()).isEqualTo(8);
        assertThat(c.origin("smoke_ag1_")).hasValue(file.toString());
        assertThat(c.resolve("smoke_ag1_8").get(0).parameters().get("servicer_max_number")).isEqualTo(10.0);
        assertThat(c.grid("network_viability_ag6_")).isPresent();
    }

    @Test
    void shouldWriteTheNextGridAsAFileThatLoadsAndRuns() {
        GridDefinition ag6 = ExperimentCatalog.builtIn().grid("gateway_viability_sweep_ag6_").orElseThrow().definition();
        Map<String, Object> best = new LinkedHashMap<>();
        ag6.protocol().forEach((k, v) -> best.put(k, v.get(1)));
        Path written = GridFiles.writeInto(NextGrid.next(ag6, best, Map.of("score", 3.0)), dir.resolve("next"));
        assertThat(written.getFileName().toString()).isEqualTo("gateway_viability_sweep_ag7_.json");
        ExperimentCatalog c = ExperimentCatalog.load(written);
        Grid ag7 = c.grid("gateway_viability_sweep_ag7_").orElseThrow();
        assertThat(ag7.size()).isEqualTo(288);
        assertThat(ag7.values("session_token_bucket_coefficient")).containsExactly(77.734375, 83.59375);
        assertThat(ag7.definition().provenance().parent()).isEqualTo("gateway_viability_sweep_ag6_");
    }

    @Test
    void shouldNameTheMissingFile() {
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> ExperimentCatalog.load(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("grid file " + missing + " does not exist");
    }

    @Test
    void shouldNameTheBadFileAmongSeveral() throws IOException {
        Path good = Files.writeString(dir.resolve("good.json"), "{\"experiments\": [{\"name\": \"mine\", \"model\": \"pocket\","
                + " \"stateSet\": \"Base\", \"parameterSet\": \"Base\", \"runs\": 1, \"days\": 5,"
                + " \"fixed\": {\"event\": \"service_join\"}}]}");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"experiments\": [{\"name\": \"mine2\", \"model\": \"pocket\","
                + " \"stateSet\": \"Base\", \"parameterSet\": \"Base\", \"runs\": 1, \"days\": 5,"
                + " \"fixed\": {\"event\": \"service_joins\"}}]}");
        assertThat(ExperimentCatalog.load(good).resolve("mine").get(0).parameters().get("event")).isEqualTo("service_join");
        assertThatThrownBy(() -> ExperimentCatalog.load(good, bad))
                .hasMessageStartingWith(bad + ": experiments[0] (mine2): fixed.event: ")
                .hasMessageContaining("allowed: one of [");
    }
}
