package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ObjectArrays;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A complete experiment is skipped on a re-run only when it was made from the same inputs. */
class StaleResultsIT {
    @TempDir
    Path out;

    private final StringWriter err = new StringWriter();

    private int run(String... extra) {
        CommandLine cl = PocketsimCli.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        String[] base = {"run", "--days", "5", "--threads", "1", "--out", out.toString()};
        return cl.execute(ObjectArrays.concat(base, extra, String.class));
    }

    private byte[] manifest() throws IOException {
        return Files.readAllBytes(out.resolve("Base").resolve("manifest.json"));
    }

    @Test
    void shouldSkipAnExperimentMadeFromTheSameInputs() throws IOException {
        assertThat(run("--runs", "2")).isZero();
        byte[] first = manifest();
        assertThat(run("--runs", "2")).isZero();
        assertThat(manifest()).isEqualTo(first);
    }

    @Test
    void shouldRefuseToSkipAnExperimentMadeWithOtherRunsOrSeed() throws IOException {
        assertThat(run("--runs", "2")).isZero();
        byte[] first = manifest();

        assertThat(run("--runs", "3", "--seed", "7")).isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(err.toString()).contains("Base").contains("runs: stored 2, asked 3")
                .contains("seed: stored 42, asked 7").contains("--overwrite");
        assertThat(manifest()).as("the stored experiment is left alone").isEqualTo(first);
    }

    @Test
    void shouldReplaceAnExperimentMadeFromOtherInputsWhenAskedToOverwrite() throws IOException {
        assertThat(run("--runs", "2")).isZero();
        assertThat(run("--runs", "3", "--overwrite")).isZero();
        assertThat(new String(manifest(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"runs\" : 3");
    }
}
