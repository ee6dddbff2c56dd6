package io.pocketsim.postprocess.batch;

import java.util.List;

/**
 * Experiments already complete in the store were made from other inputs than a run asks for: skipping them would
 * hand back results of another run, and replacing them needs the user's word. A command reports it as bad input.
 */
public final class StaleResultsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> stale;

    /**
     * @param stale   each stale experiment with its differences, e.g. {@code "Base (runs: stored 2, asked 3)"}
     * @param message the whole message, naming the experiments and what to do
     */
    public StaleResultsException(List<String> stale, String message) {
        super(message);
        this.stale = List.copyOf(stale);
    }

    /** Each stale experiment with its differences. */
    public List<String> stale() {
        return stale;
    }
}
