package io.pocketsim.core.engine;

import io.pocketsim.core.random.RunIdentity;

/**
 * Watches runs of a simulation, as a step handler watches an integrator: the engine calls it and writes nothing
 * itself. Attach observers when building a {@link Simulation} (see {@link Observers}); an embedding application
 * adds its own beside the model's recorder and metrics.
 *
 * <p>Runs may execute on any thread, so an observer starts one {@link Observation} per run and keeps the run's
 * state there, never in the observer.
 *
 * @param <S> the model's state type
 * @param <P> the model's parameter type
 */
public interface RunObserver<S, P> {
    /** Starts watching one run; called on the run's thread before timestep 0. */
    Observation<S> begin(RunIdentity identity, P params, int timesteps);

    /**
     * One run being watched.
     *
     * @param <S> the model's state type
     */
    interface Observation<S> {
        /**
         * Called for timestep 0 (the initial state) and then after the last block of every timestep 1..T, after
         * the recorder and the metrics. The state is the run's live state: read it, do not change it or keep it.
         */
        void handleStep(int timestep, S state);

        /** Called once after the last timestep. */
        default void finish(S state) {
        }
    }
}
