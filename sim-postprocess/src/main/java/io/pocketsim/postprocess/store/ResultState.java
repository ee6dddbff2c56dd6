package io.pocketsim.postprocess.store;

/** Where an experiment stands in a store. */
public enum ResultState {
    /** Nothing of the experiment is stored. */
    ABSENT,
    /** Some files are stored but no manifest: the write has not finished, was aborted or crashed. */
    INCOMPLETE,
    /** A valid manifest and every file it lists, matching it. */
    COMPLETE,
    /** A manifest is stored, but it or a file it lists is invalid; the reason says which. */
    CORRUPT
}
