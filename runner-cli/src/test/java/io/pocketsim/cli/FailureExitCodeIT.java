package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure that is not the command line's fault exits 1 with a one-line reason. */
class FailureExitCodeIT {
    @TempDir
    Path dir;

    @Test
    void shouldExitOneWhenTheStoreCannotWriteAnExperimentFolder() throws IOException {
        // the store directory is fine (so the input checks pass); the experiment's folder name is taken by a file
        Path out = Files.createDirectories(dir.resolve("results"));
        Path blocker = Cli.write(out.resolve("Base"), "in the way");

        Cli.Result r = Cli.run("run", "--days", "2", "--threads", "1", "--out", out);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).startsWith("pocketsim: failed: ").contains("Base").contains("POCKETSIM_DEBUG");
        assertThat(Files.readString(blocker)).isEqualTo("in the way");
    }

    @Test
    void shouldExitOneWhenAStoredFileIsCorrupt() throws IOException {
        Path out = dir.resolve("results");
        assertThat(Cli.run("run", "-d", "5", "-n", "2", "-t", "1", "-o", out).exitCode()).isZero();
        Path series = out.resolve("Base").resolve("timeseries.csv.gz");
        byte[] bytes = Files.readAllBytes(series);
        // same size, other content: the quick check passes, the checksum read to the end does not
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(series, bytes);

        Cli.Result r = Cli.run("aggregate", "-o", out, "-e", "Base", "--to", dir.resolve("agg.csv"));

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("failed").contains("timeseries.csv.gz");
        assertThat(Cli.filesUnder(dir)).noneMatch(f -> f.contains("agg.csv"));
    }
}
