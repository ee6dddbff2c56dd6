package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pocketsim.experiments.adaptive.NextGrid;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.grid.GridDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through the CLI: {@code adaptive} on a tiny grid file (8 points x 2 runs x 5 days) for 2 iterations
 * (test 1), crash and resume of a real child process killed with SIGKILL at several points (test 3), and bad input
 * (test 4). The cloud path (test 2: {@code --executor ecs --out s3://...} on moto) is {@link AdaptiveCloudIT}.
 */
class AdaptiveStudyIT {
    private static final String STUDY = "svc-s42";

    @TempDir
    Path dir;

    /** The study's arguments for an executor and a store. */
    private static List<String> study(Path gridFile, String executor, String store) {
        return List.of("adaptive", gridFile.toString(), "--iterations", "2", "--executor", executor, "--out", store,
                "--threads", "2", "--bootstrap", "40");
    }

    private Path gridFile() {
        return TestGrids.serviceFamily(dir, "svc", 2, 5);
    }

    @Test
    void shouldRunTwoIterationsWhoseScoresAndNextGridsAreWhatPsuuComputes() throws IOException {
        Path store = dir.resolve("store");
        Cli.Result r = Cli.run(study(gridFile(), "local", store.toString()).toArray());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("study " + STUDY + " (default", "ag1 " + STUDY + "_ag1_: 8 points x 2 runs",
                "ag2 " + STUDY + "_ag2_: 8 points x 2 runs", "P(best)", "slash_fraction_downtime",
                "max_chains_servicer", "1/4");

        // every file: 16 experiments, three grids, two PSuU steps
        List<String> files = Cli.filesUnder(store);
        for (int k = 1; k <= 2; k++) {
            for (int i = 1; i <= 8; i++) {
                assertThat(files).contains(STUDY + "_ag" + k + "_" + i + "/manifest.json",
                        STUDY + "_ag" + k + "_" + i + "/kpis.csv", STUDY + "_ag" + k + "_" + i + "/timeseries.csv.gz");
            }
            assertThat(files).contains("psuu/" + STUDY + "_ag" + k + "_/scores.csv",
                    "psuu/" + STUDY + "_ag" + k + "_/best.json",
                    "psuu/" + STUDY + "_ag" + k + "_/" + STUDY + "_ag" + (k + 1) + "_.json");
        }
        assertThat(files).contains("grids/" + STUDY + "_ag1_.json", "grids/" + STUDY + "_ag2_.json",
                "grids/" + STUDY + "_ag3_.json");
        assertThat(files).noneMatch(f -> f.endsWith(".tmp"));

        for (int k = 1; k <= 2; k++) {
            String grid = STUDY + "_ag" + k + "_";
            // the next grid is the bisection of this one toward the best point
            GridDefinition parent = load(store.resolve("grids").resolve(grid + ".json"), grid);
            GridDefinition next = load(store.resolve("grids").resolve(STUDY + "_ag" + (k + 1) + "_.json"),
                    STUDY + "_ag" + (k + 1) + "_");
            JsonNode best = new ObjectMapper().readTree(store.resolve("psuu").resolve(grid).resolve("best.json")
                    .toFile());
            parent.protocol().forEach((p, bracket) -> assertThat(next.protocol().get(p)).isEqualTo(
                    new ArrayList<Object>(NextGrid.bisect(p, bracket, best.get("best").get(p).asDouble()))));
            assertThat(next.environmental()).isEqualTo(parent.environmental());
            assertThat(next.scenario()).isEqualTo("network_failures_service");
            // psuu by hand on the same store gives the same files
            Path hand = dir.resolve("hand").resolve(grid);
            Cli.Result p = Cli.run("psuu", grid, "-g", store.resolve("grids").resolve(grid + ".json"), "-o", store,
                    "--to", hand, "--bootstrap", "40");
            assertThat(p.exitCode()).as(p.toString()).isZero();
            for (String f : List.of("scores.csv", "best.json", STUDY + "_ag" + (k + 1) + "_.json")) {
                assertThat(hand.resolve(f)).hasSameBinaryContentAs(store.resolve("psuu").resolve(grid).resolve(f));
            }
        }
    }

    @Test
    void shouldResumeAfterSigkillWithNothingLostNothingRecomputedAndTheSameFiles() throws Exception {
        Path grid = gridFile();
        Path reference = dir.resolve("reference");
        assertThat(Cli.run(study(grid, "local", reference.toString()).toArray()).exitCode()).isZero();

        Path store = dir.resolve("store");
        List<String> args = study(grid, "local", store.toString());
        // killed after 3 experiments of iteration 1, while scoring iteration 1, between the iterations and after 3
        // experiments of iteration 2
        List<Predicate<Path>> killPoints = List.of(
                s -> manifests(s) >= 3,
                s -> Files.isDirectory(s.resolve("psuu").resolve(STUDY + "_ag1_")),
                s -> Files.exists(s.resolve("grids").resolve(STUDY + "_ag2_.json")),
                s -> manifests(s) >= 11);
        Map<Path, Object> completeBefore = new HashMap<>();
        for (Predicate<Path> killPoint : killPoints) {
            Process p = child(args);
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (p.isAlive() && !killPoint.test(store) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            p.destroyForcibly().waitFor();
            // what is complete now must survive every restart untouched
            for (Map.Entry<Path, Object> e : completeBefore.entrySet()) {
                assertThat(fileKey(e.getKey())).as("recomputed: " + e.getKey()).isEqualTo(e.getValue());
            }
            completeManifests(store).forEach(m -> completeBefore.putIfAbsent(m, fileKey(m)));
        }
        Process last = child(args);
        assertThat(last.waitFor()).as(new String(last.getInputStream().readAllBytes())).isZero();
        for (Map.Entry<Path, Object> e : completeBefore.entrySet()) {
            assertThat(fileKey(e.getKey())).as("recomputed: " + e.getKey()).isEqualTo(e.getValue());
        }
        // nothing lost, the same bytes (manifests differ only in their times)
        List<String> expected = Cli.filesUnder(reference);
        assertThat(Cli.filesUnder(store)).isEqualTo(expected);
        for (String f : expected) {
            if (!f.endsWith("manifest.json")) {
                assertThat(store.resolve(f)).as(f).hasSameBinaryContentAs(reference.resolve(f));
            }
        }
    }

    @Test
    void shouldRefuseBadInputWithOneLineAndWriteNothing() {
        Path store = dir.resolve("store");
        Cli.Result unknown = Cli.run("adaptive", "no_such_family", "--out", store);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().strip()).contains("no_such_family", "allowed: one of the families")
                .doesNotContain("\n");

        Path malformed = Cli.write(dir.resolve("bad_ag1_.json"), "{\"name\": \"bad_ag1_\", \"family\": ");
        Cli.Result bad = Cli.run("adaptive", malformed, "--out", store);
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).contains("bad_ag1_.json").doesNotContain("\n");

        Path notADir = Cli.write(dir.resolve("file"), "x");
        Cli.Result unreachable = Cli.run("adaptive", gridFile(), "--out", notADir.resolve("store"));
        assertThat(unreachable.exitCode()).isEqualTo(2);
        assertThat(unreachable.err().strip()).contains("--out").doesNotContain("\n");

        Cli.Result ecs = Cli.run("adaptive", gridFile(), "--out", store, "--executor", "ecs");
        assertThat(ecs.exitCode()).isEqualTo(2);
        assertThat(ecs.err().strip()).contains("--executor").doesNotContain("\n");

        assertThat(store).doesNotExist();
    }

    private static GridDefinition load(Path file, String name) {
        return ExperimentCatalog.load(file).grid(name).orElseThrow().definition();
    }

    private static Process child(List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PocketsimCli.class.getName()));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static long manifests(Path store) {
        return completeManifests(store).size();
    }

    private static List<Path> completeManifests(Path store) {
        if (!Files.isDirectory(store)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(store)) {
            return s.map(d -> d.resolve("manifest.json")).filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
