package io.pocketsim.postprocess.store;

import io.pocketsim.postprocess.result.Manifest;
import java.io.InputStream;

/**
 * A {@link ResultStore} whose reads all go through {@link ExperimentCheck} on a backend's {@link StoredExperiment}
 * view, so every backend judges completeness and verifies bytes the same way. A backend supplies the view (which
 * checks the experiment name) and its writes, listings and deletes.
 */
public abstract class VerifiedResultStore implements ResultStore {
    /** Subclasses only. */
    protected VerifiedResultStore() {
    }

    /**
     * The backend's raw view of one experiment's files.
     *
     * @throws IllegalArgumentException if the experiment name is not valid
     */
    protected abstract StoredExperiment view(String experiment);

    @Override
    public ExperimentStatus status(String experiment, Verification verification) {
        return ExperimentCheck.check(view(experiment), verification).status();
    }

    @Override
    public Manifest manifest(String experiment) {
        return ExperimentCheck.requireComplete(view(experiment));
    }

    @Override
    public InputStream open(String experiment, String file) {
        return ExperimentCheck.openVerified(view(experiment), file);
    }
}
