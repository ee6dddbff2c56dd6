package io.pocketsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints errors escaping a command: bad input as one message line (exit 2), other failures with their message and,
 * when {@code POCKETSIM_DEBUG} is set, the stack trace (exit 1).
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        int code = ExitCodes.forException(ex);
        if (code == ExitCodes.BAD_INPUT) {
            cmd.getErr().println("pocketsim: " + ex.getMessage());
        } else {
            cmd.getErr().println("pocketsim: failed: " + ex);
            if (System.getenv("POCKETSIM_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            } else {
                cmd.getErr().println("(set POCKETSIM_DEBUG=1 for the stack trace)");
            }
        }
        cmd.getErr().flush();
        return code;
    }
}
