package io.pocketsim.postprocess.store;

/** How thoroughly a store checks an experiment. */
public enum Verification {
    /** The manifest is valid and names this experiment; every file it lists exists with the recorded size. */
    QUICK,
    /**
     * {@link #QUICK}, and every file's SHA-256 matches, gzip files decompress completely and tables hold the
     * recorded number of rows. Reads every byte.
     */
    FULL
}
