package io.pocketsim.core.random;

import java.util.Objects;

/**
 * Identifies one Monte Carlo run: the experiment (or grid) name, the parameter-point index within it and the
 * run index. Together with the root seed it fully determines the run's random stream.
 *
 * @param experiment experiment or grid name, e.g. {@code "Base"} or {@code "network_viability_ag3_"}
 * @param pointIndex parameter-point index within the experiment (1-based for grids, 1 for single experiments)
 * @param runIndex   Monte Carlo run index (1-based, as cadCAD numbers runs; 0 is reserved for per-point setup)
 */
public record RunIdentity(String experiment, int pointIndex, int runIndex) {
    public RunIdentity {
        Objects.requireNonNull(experiment, "experiment");
        if (pointIndex < 0) {
            throw new IllegalArgumentException("pointIndex is negative: " + pointIndex);
        }
        if (runIndex < 0) {
            throw new IllegalArgumentException("runIndex is negative: " + runIndex);
        }
    }

    /** The identity of the per-point setup stream (run index 0), used for setup shared by all runs of a point. */
    public RunIdentity setup() {
        return new RunIdentity(experiment, pointIndex, 0);
    }
}
