package io.pocketsim.cli;

/** Input the user can fix: printed without a stack trace, exit code 2. */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the option or field and what is allowed. */
    public BadInputException(String message) {
        super(message);
    }

    /** An option whose value is not allowed. */
    public static BadInputException forOption(String option, Object value, String allowed) {
        return new BadInputException("invalid value for option '" + option + "': " + value + " (" + allowed + ")");
    }
}
