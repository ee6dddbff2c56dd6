package io.pocketsim.cli;

import io.pocketsim.postprocess.store.CorruptResultException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints errors escaping a command: bad input as one message line (exit 2), other failures with their message and
 * every cause's message (the operating system's reason, e.g. "No space left on device", is often only in a cause)
 * and, when {@code POCKETSIM_DEBUG} is set, the stack trace (exit 1). A corrupt experiment is named with the command
 * that repairs it.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        int code = ExitCodes.forException(ex);
        if (code == ExitCodes.BAD_INPUT) {
            cmd.getErr().println("pocketsim: " + ex.getMessage());
        } else {
            cmd.getErr().println("pocketsim: failed: " + Failures.describe(ex));
            corruption(ex).ifPresent(c -> cmd.getErr().println("pocketsim: to repair it, run it again into the same "
                    + "store with the inputs it was made with: pocketsim run -e " + c.experiment() + " -o "
                    + storeOf(parseResult) + " (run verifies complete experiments and re-runs corrupt ones)"));
            if (System.getenv("POCKETSIM_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            } else {
                cmd.getErr().println("(set POCKETSIM_DEBUG=1 for the stack trace)");
            }
        }
        cmd.getErr().flush();
        return code;
    }

    private static Optional<CorruptResultException> corruption(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CorruptResultException e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static String storeOf(ParseResult parseResult) {
        ParseResult sub = parseResult;
        while (sub.subcommand() != null) {
            sub = sub.subcommand();
        }
        Object out = sub.hasMatchedOption("--out") ? sub.matchedOptionValue("--out", (Object) "results") : "results";
        return String.valueOf(out);
    }
}
