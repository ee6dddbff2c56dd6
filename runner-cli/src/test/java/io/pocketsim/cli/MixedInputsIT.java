package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A grid's points stored with different inputs, or a manifest edited by hand, are refused by the readers. */
class MixedInputsIT {
    @TempDir
    Path dir;

    private Path grid;
    private Path store;
    private Path to;

    @BeforeEach
    void runTheGrid() {
        grid = TestGrids.sweep3(dir);
        store = dir.resolve("store");
        to = dir.resolve("psuu");
        Cli.Result r = Cli.run("run", "-g", grid, "-e", "sweep3_", "-d", "3", "-n", "1", "-t", "1", "-o", store);
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    @Test
    void shouldRefuseAGridWhosePointsWereRunWithOtherDaysOrSeed() {
        Cli.Result other = Cli.run("run", "-g", grid, "-e", "sweep3_2", "-d", "4", "-n", "1", "-s", "7", "-t", "1",
                "-o", store, "--overwrite");
        assertThat(other.exitCode()).as(other.toString()).isZero();

        Cli.Result kpis = Cli.run("kpis", "-g", grid, "sweep3_", "-o", store);
        assertThat(kpis.exitCode()).as(kpis.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(kpis.err()).contains("sweep3_1 and sweep3_2").contains("days (3 vs 4)").contains("seed (42 vs 7)");
        assertThat(kpis.out()).isEmpty();

        Cli.Result psuu = Cli.run("psuu", "-g", grid, "-e", "sweep3_", "-o", store, "--to", to);
        assertThat(psuu.exitCode()).as(psuu.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(psuu.err()).contains("sweep3_1 and sweep3_2").contains("days (3 vs 4)");
        assertThat(to).doesNotExist();
    }

    @Test
    void shouldRefuseAGridWithAPointOfOtherRuns() {
        Cli.Result other = Cli.run("run", "-g", grid, "-e", "sweep3_3", "-d", "3", "-n", "2", "-t", "1", "-o", store,
                "--overwrite");
        assertThat(other.exitCode()).as(other.toString()).isZero();

        Cli.Result kpis = Cli.run("kpis", "-g", grid, "sweep3_", "-o", store);
        assertThat(kpis.exitCode()).as(kpis.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(kpis.err()).contains("sweep3_1 and sweep3_3").contains("runs (1 vs 2)");
    }

    @Test
    void shouldDetectAManifestEditedByHand() throws IOException {
        Path manifest = store.resolve("sweep3_2").resolve("manifest.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(manifest.toFile());
        root.put("timesteps", 3);
        ((ObjectNode) root.get("parameters")).put("application_max_number", 5.0);
        Files.write(manifest, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));

        Cli.Result kpis = Cli.run("kpis", "-g", grid, "sweep3_", "-o", store);
        assertThat(kpis.exitCode()).as(kpis.toString()).isNotZero();
        assertThat(kpis.err()).contains("sweep3_2").contains("changed after it was written");

        Cli.Result aggregate = Cli.run("aggregate", "sweep3_2", "-o", store, "--to", dir.resolve("agg.csv"));
        assertThat(aggregate.exitCode()).as(aggregate.toString()).isNotZero();
        assertThat(aggregate.err()).contains("sweep3_2").contains("changed after it was written");
        assertThat(dir.resolve("agg.csv")).doesNotExist();
    }
}
