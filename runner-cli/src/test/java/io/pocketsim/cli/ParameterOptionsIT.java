package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ObjectArrays;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --set} and {@code --correction} change the parameters that run and are recorded, or fail clearly. */
class ParameterOptionsIT {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final StringWriter stdout = new StringWriter();

    private int run(Path out, String... extra) {
        CommandLine cl = PocketsimCli.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(stdout, true));
        String[] base = {"run", "--days", "3", "--runs", "1", "--threads", "1", "--out", out.toString()};
        return cl.execute(ObjectArrays.concat(base, extra, String.class));
    }

    @Test
    void shouldRunAndRecordTheParametersSetOnTheCommandLine() throws IOException {
        Path out = dir.resolve("r");
        assertThat(run(out, "--set", "gateway_fee_per_relay=Dynamic", "--set", "servicer_max_number=30",
                "--correction", "relay_fee_burn", "--correction", "rttm_cap_units")).isZero();
        assertThat(stdout.toString()).contains("pocketsim run: Base: 1 run of 1 experiment(s) in ");

        String manifest = Files.readString(out.resolve("Base/manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest).contains("\"gateway_fee_per_relay\" : \"Dynamic\"")
                .contains("\"servicer_max_number\" : 30.0")
                .contains("\"corrections\" : [ \"relay_fee_burn\", \"rttm_cap_units\" ]");
        String kpiHeaderAndRow = Files.readString(out.resolve("Base/kpis.csv"), StandardCharsets.UTF_8);
        assertThat(kpiHeaderAndRow).contains("param_gateway_fee_per_relay").contains("Dynamic");
    }

    @Test
    void shouldSuggestTheClosestNameForAnUnknownParameterAndWriteNothing() {
        Path out = dir.resolve("unknown");
        assertThat(run(out, "--set", "servicer_max_numbr=30")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--set").contains("servicer_max_numbr")
                .contains("did you mean servicer_max_number");
        assertThat(out).doesNotExist();
    }

    @Test
    void shouldNameTheAllowedValuesOfAnInvalidValue() {
        Path out = dir.resolve("invalid");
        assertThat(run(out, "--set", "servicer_jailing_probability=1.5")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("servicer_jailing_probability").contains("allowed");
        assertThat(out).doesNotExist();
    }

    @Test
    void shouldListTheKnownCorrectionsForAnUnknownOne() {
        Path out = dir.resolve("correction");
        assertThat(run(out, "--correction", "fix_everything")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--correction").contains("relay_fee_burn");
        assertThat(out).doesNotExist();
    }
}
