package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same run through the CLI gives byte-identical result files whatever the thread count. */
class DeterminismIT {
    private static final List<String> POINTS = List.of("sweep3_1", "sweep3_2", "sweep3_3");
    private static final List<String> FILES = List.of("timeseries.csv.gz", "kpis.csv");

    @TempDir
    Path dir;

    private Path runWith(int threads, long seed) {
        Path out = dir.resolve("t" + threads + "-s" + seed);
        Cli.Result r = Cli.run("run", "-g", TestGrids.sweep3(dir), "-e", "sweep3_", "--threads", threads,
                "--seed", seed, "--out", out);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("9 runs of 3 experiment(s)").contains(threads + " thread(s)");
        return out;
    }

    @Test
    void shouldWriteByteIdenticalFilesOnOneTwoAndFourThreads() throws IOException {
        Path one = runWith(1, 42);
        Path two = runWith(2, 42);
        Path four = runWith(4, 42);

        for (String point : POINTS) {
            for (String file : FILES) {
                byte[] expected = Files.readAllBytes(one.resolve(point).resolve(file));
                assertThat(two.resolve(point).resolve(file)).as(point + "/" + file + " on 2 threads")
                        .hasBinaryContent(expected);
                assertThat(four.resolve(point).resolve(file)).as(point + "/" + file + " on 4 threads")
                        .hasBinaryContent(expected);
            }
        }
        // the comparison means something only if the files hold per-run results that differ between runs
        List<String> kpis = Files.readAllLines(one.resolve("sweep3_1").resolve("kpis.csv"));
        assertThat(kpis).hasSize(4);
        assertThat(kpis.get(0)).contains("KPI 1").contains("floating_supply");
        assertThat(kpis.get(1).substring(kpis.get(1).indexOf(",1,") + 3))
                .isNotEqualTo(kpis.get(2).substring(kpis.get(2).indexOf(",2,") + 3));
    }

    @Test
    void shouldWriteOtherFilesForAnotherSeed() throws IOException {
        Path a = runWith(2, 42);
        Path b = runWith(2, 43);

        assertThat(Files.readAllBytes(b.resolve("sweep3_2").resolve("timeseries.csv.gz")))
                .isNotEqualTo(Files.readAllBytes(a.resolve("sweep3_2").resolve("timeseries.csv.gz")));
    }
}
