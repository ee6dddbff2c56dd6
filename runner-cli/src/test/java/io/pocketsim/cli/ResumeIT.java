package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ObjectArrays;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second run skips the experiments that are complete, re-runs the others, and --overwrite rewrites all. */
class ResumeIT {
    @TempDir
    Path dir;

    private Path grid;
    private Path out;

    @BeforeEach
    void setUp() {
        grid = TestGrids.sweep3(dir);
        out = dir.resolve("results");
    }

    private Cli.Result run(String... extra) {
        Object[] base = {"run", "-g", grid, "-e", "sweep3_", "--threads", "2", "--out", out};
        Cli.Result r = Cli.run(ObjectArrays.concat(base, extra, Object.class));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return r;
    }

    private Object fileKey(String point, String file) throws IOException {
        // a file moved into place is a new file (new inode); one left alone keeps its key
        return Files.readAttributes(out.resolve(point).resolve(file), BasicFileAttributes.class).fileKey();
    }

    @Test
    void shouldSkipCompleteExperimentsAndRunOnlyTheIncompleteOne() throws IOException {
        run();
        Object key1 = fileKey("sweep3_1", "manifest.json");
        Object key3 = fileKey("sweep3_3", "manifest.json");
        byte[] series2 = Files.readAllBytes(out.resolve("sweep3_2").resolve("timeseries.csv.gz"));
        // as after a crash part-way through point 2: data files without a manifest
        Files.delete(out.resolve("sweep3_2").resolve("manifest.json"));

        Cli.Result second = run();

        assertThat(second.out()).contains("3 runs of 1 experiment(s)").contains("2 already complete (skipped)");
        assertThat(fileKey("sweep3_1", "manifest.json")).isEqualTo(key1);
        assertThat(fileKey("sweep3_3", "manifest.json")).isEqualTo(key3);
        assertThat(out.resolve("sweep3_2").resolve("manifest.json")).exists();
        assertThat(out.resolve("sweep3_2").resolve("timeseries.csv.gz")).hasBinaryContent(series2);
    }

    @Test
    void shouldRunNothingWhenEverythingIsComplete() throws IOException {
        run();
        Object key = fileKey("sweep3_2", "timeseries.csv.gz");

        Cli.Result second = run();

        assertThat(second.out()).contains("0 runs of 0 experiment(s)").contains("3 already complete (skipped)");
        assertThat(fileKey("sweep3_2", "timeseries.csv.gz")).isEqualTo(key);
    }

    @Test
    void shouldRewriteEverythingWithOverwrite() throws IOException {
        run();
        byte[] manifest = Files.readAllBytes(out.resolve("sweep3_2").resolve("manifest.json"));
        byte[] bytes = Files.readAllBytes(out.resolve("sweep3_2").resolve("timeseries.csv.gz"));

        Cli.Result second = run("--overwrite");

        assertThat(second.out()).contains("9 runs of 3 experiment(s)").doesNotContain("skipped");
        // inode numbers may be reused after the old files are deleted; the manifest's times and wall time differ
        assertThat(Files.readAllBytes(out.resolve("sweep3_2").resolve("manifest.json"))).isNotEqualTo(manifest);
        assertThat(out.resolve("sweep3_2").resolve("timeseries.csv.gz")).hasBinaryContent(bytes);
    }
}
