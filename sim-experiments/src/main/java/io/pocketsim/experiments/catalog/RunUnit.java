package io.pocketsim.experiments.catalog;

import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.random.RunIdentity;
import java.util.Objects;

/**
 * One resolved unit of work: a parameter point with everything needed to run its Monte Carlo runs and name and seed
 * its results.
 *
 * @param name       the result name: the point name ({@code network_viability_ag3_17}) or the experiment name
 * @param seed       the point's seed identity with run index 0: experiment = grid name and point = i for a grid
 *                   point, experiment = its own name and point = 1 for a standalone experiment
 * @param model      the model name
 * @param parameters the complete parameter point
 * @param stateSet   the initial-state set
 * @param runs       Monte Carlo runs
 * @param days       timesteps (days) per run
 */
public record RunUnit(String name, RunIdentity seed, String model, ParameterPoint parameters, String stateSet,
                      int runs, int days) {
    public RunUnit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(stateSet, "stateSet");
        if (seed.runIndex() != 0) {
            throw new IllegalArgumentException("seed run index is not 0: " + seed.runIndex());
        }
        if (runs < 1) {
            throw new IllegalArgumentException("runs is not strictly positive: " + runs);
        }
        if (days < 1) {
            throw new IllegalArgumentException("days is not strictly positive: " + days);
        }
    }

    /**
     * The identity of Monte Carlo run {@code runIndex} of this point.
     *
     * @throws IllegalArgumentException unless 1 <= runIndex <= runs
     */
    public RunIdentity run(int runIndex) {
        if (runIndex < 1 || runIndex > runs) {
            throw new IllegalArgumentException("run index of " + name + " out of range: " + runIndex
                    + "; allowed: 1.." + runs);
        }
        return new RunIdentity(seed.experiment(), seed.pointIndex(), runIndex);
    }
}
