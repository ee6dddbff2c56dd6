package io.pocketsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code pocketsim} command. {@code main} only builds the command tree; each subcommand is its own class.
 * Exit codes: 0 success, 2 bad input (the message names the option and what is allowed), 1 failure.
 */
@Command(name = "pocketsim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Runs the Pocket Network economic simulation: locally, as a container task, or in the cloud.",
        subcommands = {RunCommand.class, ExperimentsCommand.class, ParametersCommand.class, KpisCommand.class,
                AggregateCommand.class, PsuuCommand.class, AdaptiveCommand.class, StatusCommand.class,
                DownloadCommand.class, ReportCommand.class, TaskCommand.class, LaunchCommand.class, InitConfigCommand.class,
                CommandLine.HelpCommand.class})
public final class PocketsimCli {

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (used by tests). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command tree. */
    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** The command tree with its commands and options made by a factory (tests give S3 clients hooks this way). */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        try {
            return commandLine(factory, ConfigDefaults.fromEnvironment());
        } catch (BadInputException e) {
            // a broken config file: every command refuses to run, with the file's problem, exit 2
            CommandLine cl = commandLine(factory, new ConfigDefaults(java.util.Map.of(), java.util.Map.of(), "(none)"));
            cl.setExecutionStrategy(parsed -> {
                cl.getErr().println("pocketsim: " + e.getMessage());
                cl.getErr().flush();
                return ExitCodes.BAD_INPUT;
            });
            return cl;
        }
    }

    /** The command tree with option defaults from the given environment and config file (tests). */
    static CommandLine commandLine(ConfigDefaults defaults) {
        return commandLine(CommandLine.defaultFactory(), defaults);
    }

    private static CommandLine commandLine(CommandLine.IFactory factory, ConfigDefaults defaults) {
        CommandLine cl = new CommandLine(new PocketsimCli(), factory);
        cl.setDefaultValueProvider(defaults);
        cl.setParameterExceptionHandler(new BadInputHandler());
        cl.setExecutionExceptionHandler(new FailureHandler());
        cl.setExitCodeExceptionMapper(ExitCodes::forException);
        return cl;
    }
}
