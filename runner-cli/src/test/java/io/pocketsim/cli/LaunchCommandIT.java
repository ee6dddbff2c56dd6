package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code launch --executor local} and {@code task} through the real CLI, on a folder store. */
class LaunchCommandIT {
    private static final String GRID = """
            { "name": "tiny_", "model": "pocket", "stateSet": "Base", "parameterSet": "Base", "runs": 2, "days": 4,
              "environmental": { "servicer_max_number": [20, 30, 40] } }
            """;

    @TempDir
    Path dir;

    private Path grid() throws java.io.IOException {
        return Files.writeString(dir.resolve("tiny.json"), GRID);
    }

    @Test
    void shouldRunAGridLocallyInNearEqualTasksThenFindNothingToDo() throws Exception {
        Path out = dir.resolve("store");
        Cli.Result r = Cli.run("launch", "tiny_", "-g", grid(), "-o", out, "--experiments-per-task", "2");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("3 to run on local").contains("2 task(s), sizes 1 x 2 + 1 x 1")
                .contains("tiny_1: complete").contains("3/3 experiment(s) complete, 0 failed; 2 task(s), "
                        + "2 attempt(s)");
        // the grid file travelled through the store, checked by hash
        assertThat(out.resolve("grids/tiny.json")).hasContent(GRID);
        assertThat(Cli.filesUnder(out)).contains("tiny_1/manifest.json", "tiny_2/manifest.json",
                "tiny_3/manifest.json");

        Cli.Result again = Cli.run("launch", "tiny_", "-g", grid(), "-o", out);
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("3 already complete, 0 to run").contains("nothing to run");
    }

    @Test
    void shouldPrintThePlanWithEachTasksExactCommandAndWriteNothingOnADryRun() throws Exception {
        Path out = dir.resolve("store");
        Files.createDirectories(out);
        Cli.Result r = Cli.run("launch", "tiny_", "-g", grid(), "-o", out, "--experiments-per-task", "2",
                "--dry-run", "--days", "3");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        String hash = StoredGrids.sha256(GRID.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.out()).contains("3 experiment(s) in 2 task(s), sizes 1 x 2 + 1 x 1, up to 3 attempt(s) each")
                .contains("task 1 (2): pocketsim task --out " + out.toAbsolutePath().normalize() + " --seed 42 --days 3 "
                        + "--stored-grid tiny.json=" + hash + " tiny_1 tiny_2")
                .contains("task 2 (1): pocketsim task --out ");
        assertThat(Cli.filesUnder(out)).isEmpty();
    }

    @Test
    void shouldRunTheGoodExperimentsOfATaskAndFailOnlyForTheBadOne() throws Exception {
        Path out = dir.resolve("store");
        Cli.Result r = Cli.run("task", "-g", grid(), "--out", out, "tiny_1", "no_such_experiment", "tiny_3");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("tiny_1: complete").contains("tiny_3: complete")
                .contains("no_such_experiment: NOT complete").contains("2/3 complete");

        // a second run skips what is complete and ends complete
        Cli.Result again = Cli.run("task", "-g", grid(), "--out", out, "tiny_1", "--chunk", "3", "--of", "3",
                "tiny_");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("2 experiment(s)").contains("tiny_3: complete");
    }

    @Test
    void shouldReadTheExperimentsFileAndAStoredGrid() throws Exception {
        Path out = dir.resolve("store");
        Files.createDirectories(out.resolve("grids"));
        Files.writeString(out.resolve("grids/tiny.json"), GRID);
        Path list = Files.writeString(dir.resolve("list.txt"), "# two points\ntiny_2\n\ntiny_1\n");
        String hash = StoredGrids.sha256(GRID.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Cli.Result r = Cli.run("task", "--out", out, "--stored-grid", "tiny.json=" + hash, "--experiments-file",
                list);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("tiny_2: complete").contains("tiny_1: complete");

        Cli.Result tampered = Cli.run("task", "--out", out, "--stored-grid", "tiny.json=" + "0".repeat(64),
                "tiny_1");
        assertThat(tampered.exitCode()).isEqualTo(1);
        assertThat(tampered.err()).contains("grid file grids/tiny.json in the store has sha256");
    }

    @Test
    void shouldNameEveryMissingEcsSettingOnOneLine() throws Exception {
        Cli.Result r = Cli.run("launch", "tiny_", "-g", grid(), "-o", "s3://bucket-x/p", "--executor", "ecs",
                "--dry-run", "--cluster", "c");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("missing ECS setting(s): task-definition, container, subnets, security-groups");
    }

    @Test
    void shouldRefuseEcsWithALocalStore() throws Exception {
        Cli.Result r = Cli.run("launch", "tiny_", "-g", grid(), "-o", dir.resolve("x"), "--executor", "ecs");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--executor ecs needs a store the tasks can reach: s3://bucket/prefix");
    }
}
