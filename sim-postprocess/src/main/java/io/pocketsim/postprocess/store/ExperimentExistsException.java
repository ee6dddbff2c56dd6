package io.pocketsim.postprocess.store;

/** Thrown when writing an experiment that is already complete without asking to overwrite it. */
public final class ExperimentExistsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String experiment;

    private ExperimentExistsException(String experiment, String message) {
        super(message);
        this.experiment = experiment;
    }

    /** The exception for one experiment. */
    public static ExperimentExistsException forExperiment(String experiment) {
        return new ExperimentExistsException(experiment, "experiment \"" + experiment + "\" is already complete;"
                + " write with WriteMode.OVERWRITE (--overwrite) to replace it");
    }

    /**
     * The exception for a writer that lost a race: another writer completed the experiment while this one was
     * writing it, and this one's commit was refused (the data files are the other writer's).
     */
    public static ExperimentExistsException completedMeanwhile(String experiment) {
        return new ExperimentExistsException(experiment, "experiment \"" + experiment + "\" is already complete:"
                + " another writer completed it while this one was writing it; this one's result was not committed");
    }

    /** The experiment that exists. */
    public String experiment() {
        return experiment;
    }
}
