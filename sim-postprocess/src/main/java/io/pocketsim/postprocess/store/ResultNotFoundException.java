package io.pocketsim.postprocess.store;

/** Thrown when reading an experiment that is absent or incomplete, or a file its manifest does not list. */
public final class ResultNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String experiment;

    private ResultNotFoundException(String experiment, String message) {
        super(message);
        this.experiment = experiment;
    }

    /** The experiment is not complete (the status says whether it is absent or incomplete). */
    public static ResultNotFoundException forExperiment(ExperimentStatus status) {
        return new ResultNotFoundException(status.experiment(), "experiment \"" + status.experiment()
                + "\" is not complete: " + status.state() + " (" + status.reason() + ")");
    }

    /** The experiment is complete, but its manifest lists no such file. */
    public static ResultNotFoundException forFile(String experiment, String file) {
        return new ResultNotFoundException(experiment, "experiment \"" + experiment + "\" has no file \"" + file
                + "\"");
    }

    /** A complete experiment stored without any time series ({@code --timeseries none}). */
    public static ResultNotFoundException forNoTimeSeries(String experiment) {
        return new ResultNotFoundException(experiment, "experiment \"" + experiment + "\" was stored without time"
                + " series (timeseries: none); run it again with --timeseries all --overwrite to have them");
    }

    /** The experiment asked for. */
    public String experiment() {
        return experiment;
    }
}
