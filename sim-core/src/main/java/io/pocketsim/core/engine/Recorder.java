package io.pocketsim.core.engine;

import java.util.List;

/**
 * Turns the state after a timestep into one row of numeric columns. The engine records timestep 0 (the initial
 * state) and then the state after the last block of every timestep.
 *
 * @param <S> the model's state type
 */
public interface Recorder<S> {
    /** Column names, in row order. */
    List<String> columns();

    /**
     * Fills {@code row} (length {@code columns().size()}) from the state. Missing values are {@code NaN}.
     *
     * @param timestep 0 for the initial state, else 1..T
     */
    void record(int timestep, S state, double[] row);
}
