package io.pocketsim.core.engine;

import io.pocketsim.core.random.RunIdentity;
import java.util.Objects;

/**
 * Everything that determines one run: its identity, parameters, initial-state set, length and the experiment's
 * root seed.
 *
 * @param identity  experiment, point index and run index
 * @param params    typed parameters of the point
 * @param stateSet  initial-state set name
 * @param timesteps number of timesteps T (rows 0..T are recorded)
 * @param rootSeed  the experiment's root seed
 * @param <P>       the model's parameter type
 */
public record RunSpec<P>(RunIdentity identity, P params, String stateSet, int timesteps, long rootSeed) {
    public RunSpec {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(stateSet, "stateSet");
        if (timesteps < 1) {
            throw new IllegalArgumentException("timesteps is not strictly positive: " + timesteps);
        }
        if (identity.runIndex() < 1) {
            throw new IllegalArgumentException("runIndex must be >= 1 (0 is the setup stream): " + identity.runIndex());
        }
    }
}
