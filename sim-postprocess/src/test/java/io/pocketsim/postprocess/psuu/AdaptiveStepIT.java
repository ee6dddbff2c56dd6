package io.pocketsim.postprocess.psuu;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.grid.Grid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdaptiveStepIT {
    @TempDir
    Path dir;

    @Test
    void shouldWriteScoresAndANextGridFileThatLoadsAndRuns() throws IOException {
        Path smoke = Files.writeString(dir.resolve("smoke_ag1_.json"), "{\n"
                + "  \"name\": \"smoke_ag1_\", \"family\": \"smoke\", \"iteration\": 1, \"scenario\": \"network_failures_service\",\n"
                + "  \"model\": \"pocket\", \"stateSet\": \"Base\", \"parameterSet\": \"Base\", \"runs\": 2, \"days\": 20,\n"
                + "  \"fixed\": {\"servicer_max_number\": 5},\n"
                + "  \"protocol\": {\"slash_fraction_downtime\": [1e-10, 0.1], \"max_chains_servicer\": [1, 20]},\n"
                + "  \"environmental\": {\"event\": [\"service_shutdown_random_t1\"], \"servicer_service_density_starting\": [0.1, 0.5]},\n"
                + "  \"derived\": {\"dao_fee_percentage\": \"1 - validator_fee_percentage\"}\n"
                + "}\n");
        Grid ag1 = ExperimentCatalog.load(smoke).grid("smoke_ag1_").orElseThrow();
        MapRows rows = GridKpiRows.of(ag1, 2, GridKpiRows::serviceKpis);

        AdaptiveStep.Result r = AdaptiveStep.run(ag1, rows, PsuuConfig.builtIn(), false, dir.resolve("out"));

        assertThat(r.scoresFile()).isEqualTo(dir.resolve("out").resolve("scores.csv"));
        List<String> lines = Files.readAllLines(r.scoresFile());
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("constellation,param_slash_fraction_downtime,param_max_chains_servicer,rows,"
                + "servicer_slashing_cost_success,servicer_slashing_cost_soft,servicer_jailing_cost_success,"
                + "servicer_jailing_cost_soft,network_load_balancing_success,network_load_balancing_soft,score,"
                + "soft_total,mean_margin,tied,best");
        assertThat(lines.get(2)).isEqualTo("2,1.0E-10,20,4,true,1,true,1,true,1,3,3,0.09999999999999999,true,true");
        assertThat(r.nextGridFile().getFileName().toString()).isEqualTo("smoke_ag2_.json");

        ExperimentCatalog withNext = ExperimentCatalog.load(smoke, r.nextGridFile());
        Grid ag2 = withNext.grid("smoke_ag2_").orElseThrow();
        assertThat(ag2.size()).isEqualTo(8);
        assertThat(ag2.values("max_chains_servicer")).containsExactly(10.5, 20.0);
        assertThat(ag2.definition().fixed()).containsEntry("servicer_max_number", 5.0);
        assertThat(ag2.definition().scenario()).isEqualTo("network_failures_service");
        assertThat(withNext.resolve("smoke_ag2_8").get(0).days()).isEqualTo(20);
    }
}
