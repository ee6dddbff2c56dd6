package io.pocketsim.postprocess.aggregate;

import java.util.Objects;

/**
 * The distribution of one variable at one timestep across runs: one row of the long-format aggregate table.
 * Statistics of a cell without values are NaN; {@code std} needs two values.
 *
 * @param timestep timestep
 * @param variable recorded column name
 * @param n        number of runs with a value (NaN values are not counted)
 * @param mean     mean of the values
 * @param std      sample standard deviation (ddof = 1)
 * @param p5       5th percentile (linear interpolation between order statistics, as numpy's default)
 * @param p50      median
 * @param p95      95th percentile
 */
public record DistributionRow(int timestep, String variable, long n, double mean, double std, double p5, double p50,
                              double p95) {
    public DistributionRow {
        Objects.requireNonNull(variable, "variable");
        if (n < 0) {
            throw new IllegalArgumentException("n is negative: " + n);
        }
    }
}
