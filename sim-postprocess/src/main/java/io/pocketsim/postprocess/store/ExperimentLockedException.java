package io.pocketsim.postprocess.store;

/**
 * Thrown when starting to write an experiment that another writer (another process, or another upload in this one)
 * is writing: a store allows one writer per experiment. Nothing of the experiment was touched.
 */
public final class ExperimentLockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String experiment;

    private ExperimentLockedException(String experiment, String message) {
        super(message);
        this.experiment = experiment;
    }

    /**
     * The exception for one experiment.
     *
     * @param where how the store knows, e.g. the lock file
     */
    public static ExperimentLockedException forExperiment(String experiment, String where) {
        return new ExperimentLockedException(experiment, "experiment \"" + experiment + "\" is being written by "
                + "another writer (" + where + ")");
    }

    /** The experiment another writer holds. */
    public String experiment() {
        return experiment;
    }
}
