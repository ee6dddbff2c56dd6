package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** docs/parameters.md shows what {@code pocketsim parameters} prints, so the reference cannot drift from the code. */
class ParametersDocTest {
    private static String command(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = PocketsimCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cl.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void shouldMatchTheCommandOutput() throws IOException {
        Path doc = Path.of(System.getProperty("pocketsim.root", ".."), "docs", "parameters.md");
        String table = command("parameters");

        assertThat(Files.readString(doc, StandardCharsets.UTF_8)).endsWith(table);
    }

    @Test
    void shouldShowTheValuesOfTheExperimentAsked() {
        assertThat(command("parameters")).contains("| `servicer_leave_probability` |").contains("| `0.015` |");
        assertThat(command("parameters", "--experiment", "test1")).contains("| `0.01` |")
                .doesNotContain("| `0.015` |");
    }
}
