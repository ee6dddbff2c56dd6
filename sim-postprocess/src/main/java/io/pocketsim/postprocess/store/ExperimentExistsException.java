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

    /** The experiment that exists. */
    public String experiment() {
        return experiment;
    }
}
