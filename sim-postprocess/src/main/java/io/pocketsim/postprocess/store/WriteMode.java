package io.pocketsim.postprocess.store;

/** Whether writing an experiment may replace a complete one. */
public enum WriteMode {
    /** Refuse (with {@link ExperimentExistsException}) if the experiment is complete; replace anything else. */
    CREATE,
    /** Replace the experiment whatever its state; its manifest is removed first. */
    OVERWRITE
}
