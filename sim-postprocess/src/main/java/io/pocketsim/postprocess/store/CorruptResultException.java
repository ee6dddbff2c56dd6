package io.pocketsim.postprocess.store;

/**
 * Thrown when an experiment's manifest or files are invalid, when opening it or while reading a file whose bytes
 * turn out not to match the manifest. A corrupt experiment is never read silently.
 */
public final class CorruptResultException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String experiment;
    private final String reason;

    private CorruptResultException(String experiment, String reason) {
        super("experiment \"" + experiment + "\" is corrupt: " + reason);
        this.experiment = experiment;
        this.reason = reason;
    }

    /** The exception for one experiment and what is wrong with it. */
    public static CorruptResultException forExperiment(String experiment, String reason) {
        return new CorruptResultException(experiment, reason);
    }

    /** The experiment. */
    public String experiment() {
        return experiment;
    }

    /** What is wrong. */
    public String reason() {
        return reason;
    }
}
