package io.pocketsim.core.engine;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * What a policy or state update knows about where it runs: the run's parameters and random generator, the
 * current timestep (1..T) and the substep (1-based block number). One instance per run, updated in place by the
 * engine, so policies must not keep references to it beyond the call.
 *
 * @param <P> the model's parameter type
 */
public final class Step<P> {
    private final P params;
    private final UniformRandomProvider rng;
    private int timestep;
    private int substep;

    /** Creates the step context of one run. */
    public Step(P params, UniformRandomProvider rng) {
        this.params = params;
        this.rng = rng;
    }

    /** The run's parameters. */
    public P params() {
        return params;
    }

    /** The run's only random generator; every draw of the run comes from it, in model order. */
    public UniformRandomProvider rng() {
        return rng;
    }

    /** The current timestep, 1..T (timestep 0 is the initial state and runs no blocks). */
    public int timestep() {
        return timestep;
    }

    /** The 1-based number of the block being executed. */
    public int substep() {
        return substep;
    }

    void at(int timestep, int substep) {
        this.timestep = timestep;
        this.substep = substep;
    }
}
