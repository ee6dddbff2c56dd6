package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result files of {@code pocketsim run}, whose runs are encoded and compressed on the worker threads. */
class RunThreadsTest {
    @TempDir
    Path dir;

    private Path run(int threads) {
        Path out = dir.resolve("t" + threads);
        int code = PocketsimCli.execute("run", "--runs", "7", "--days", "30", "--threads", Integer.toString(threads),
                "--out", out.toString());
        assertThat(code).isZero();
        return out.resolve("Base");
    }

    @Test
    void shouldWriteByteIdenticalFilesOnOneTwoOrThreeThreads() throws IOException {
        Path one = run(1);
        for (int threads : new int[] {2, 3}) {
            Path other = run(threads);
            for (String file : new String[] {"timeseries.csv.gz", "kpis.csv"}) {
                assertThat(Files.readAllBytes(other.resolve(file))).as("%s on %d threads", file, threads)
                        .isEqualTo(Files.readAllBytes(one.resolve(file)));
            }
        }
    }
}
