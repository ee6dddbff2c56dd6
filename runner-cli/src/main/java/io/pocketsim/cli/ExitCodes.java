package io.pocketsim.cli;

import io.pocketsim.postprocess.batch.MixedInputsException;
import io.pocketsim.postprocess.batch.StaleResultsException;

/** The command's exit codes, mapped from exception types in one place. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** Something failed while running (I/O, a model error, a remote call). */
    public static final int FAILURE = 1;
    /** The user gave input that is not allowed; nothing was run or written. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }

    /**
     * Maps an exception escaping a command to an exit code. Only {@link BadInputException} and the store's input conflicts ({@link StaleResultsException}, {@link MixedInputsException}) are bad input: commands
     * turn the user's mistakes into it where they check them, so that an {@link IllegalArgumentException} thrown
     * deeper down (a bug) is reported as the failure it is, not blamed on the user.
     */
    public static int forException(Throwable t) {
        return t instanceof BadInputException || t instanceof StaleResultsException
                || t instanceof MixedInputsException ? BAD_INPUT : FAILURE;
    }
}
