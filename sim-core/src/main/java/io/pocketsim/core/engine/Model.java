package io.pocketsim.core.engine;

import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.param.ParameterSchema;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A model built on the engine: its parameters, initial state and blocks. What a run records (the time-series
 * recorder, per-run metrics, other observers) is not part of the model: whoever builds the {@link Simulation}
 * attaches it ({@link Observers}). The layers above (grids, result files, stores, launchers, PSuU) only see this
 * interface.
 *
 * @param <S> the state type: one mutable instance per run, never shared between runs
 * @param <P> the typed parameter type
 */
public interface Model<S, P> {
    /** The model's name, e.g. {@code "pocket"}. */
    String name();

    /** The parameters the model accepts, in their significant order. */
    ParameterSchema parameters();

    /**
     * Converts a validated parameter point into typed parameters.
     *
     * @throws IllegalArgumentException naming a parameter whose value is not allowed
     */
    P parameters(ParameterPoint point);

    /**
     * Builds a fresh initial state for one run.
     *
     * @param params   the run's parameters
     * @param stateSet the named initial-state set (e.g. {@code "Base"})
     * @param setupRng a generator shared by all runs of one parameter point (derived from run index 0), for
     *                 setup randomness the original applied once per experiment
     */
    S initialState(P params, String stateSet, UniformRandomProvider setupRng);

    /** Names of the initial-state sets the model knows. */
    List<String> stateSets();

    /** The blocks of one timestep, in execution order. */
    List<Block<S, P>> blocks();
}
