package io.pocketsim.postprocess.store;

import java.util.Objects;

/**
 * The state of one experiment in a store, with a reason for every state but {@link ResultState#COMPLETE}.
 *
 * @param experiment the experiment name
 * @param state      where it stands
 * @param reason     why it is not complete (e.g. "kpis.csv: SHA-256 ... does not match the manifest's ..."); empty
 *                   when complete
 */
public record ExperimentStatus(String experiment, ResultState state, String reason) {
    public ExperimentStatus {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
    }

    /** Nothing stored. */
    public static ExperimentStatus absent(String experiment) {
        return new ExperimentStatus(experiment, ResultState.ABSENT, "nothing is stored");
    }

    /** Files but no manifest. */
    public static ExperimentStatus incomplete(String experiment, String reason) {
        return new ExperimentStatus(experiment, ResultState.INCOMPLETE, reason);
    }

    /** Complete and matching its manifest. */
    public static ExperimentStatus complete(String experiment) {
        return new ExperimentStatus(experiment, ResultState.COMPLETE, "");
    }

    /** Has a manifest, but something is wrong. */
    public static ExperimentStatus corrupt(String experiment, String reason) {
        return new ExperimentStatus(experiment, ResultState.CORRUPT, reason);
    }

    /** Whether the experiment is complete. */
    public boolean isComplete() {
        return state == ResultState.COMPLETE;
    }

    @Override
    public String toString() {
        return experiment + ": " + state + (reason.isEmpty() ? "" : " (" + reason + ")");
    }
}
