package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every command prints its usage on --help and exits 0. */
class HelpTest {
    static Stream<String> commands() {
        // taken from the command tree, so a new command is covered without editing this test
        return PocketsimCli.commandLine().getSubcommands().keySet().stream().filter(c -> !c.equals("help"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void shouldPrintUsageAndExitZeroOnHelp(String command) {
        Cli.Result r = Cli.run(command, "--help");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("Usage: pocketsim " + command);
        assertThat(r.err()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void shouldPrintTheSameUsageThroughTheHelpCommand(String command) {
        Cli.Result r = Cli.run("help", command);

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(Cli.run(command, "--help").out());
    }

    @Test
    void shouldListEveryCommandInTheTopLevelHelp() {
        Cli.Result r = Cli.run("--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains(List.of("run", "experiments", "aggregate", "psuu"));
    }

    @Test
    void shouldCoverTheDocumentedCommands() {
        assertThat(commands()).contains("run", "experiments", "aggregate", "psuu");
    }

    @Test
    void shouldRejectAnUnknownCommandWithExitTwoAndASuggestion() {
        Cli.Result r = Cli.run("rnu");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("'rnu'").contains("Commands: run, experiments").contains("pocketsim --help");
    }
}
