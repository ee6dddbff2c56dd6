package io.pocketsim.core.engine;

import io.pocketsim.core.random.RunIdentity;
import java.util.List;

/**
 * The output of one run: its recorded rows (timestep 0..T) and its per-run metric values.
 *
 * @param identity       experiment, point index and run index
 * @param seed           the run's 64-bit seed (see {@link io.pocketsim.core.random.SeedDerivation})
 * @param columns        recorded column names
 * @param rows           {@code rows[t][c]} = column c after timestep t; row 0 is the initial state
 * @param metricColumns  per-run metric names
 * @param metrics        per-run metric values ({@code NaN} = missing)
 */
public record RunResult(RunIdentity identity, long seed, List<String> columns, double[][] rows,
                        List<String> metricColumns, double[] metrics) {
    /** The recorded value of a named column at a timestep. */
    public double value(int timestep, String column) {
        int c = columns.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("unknown column " + column + "; columns: " + String.join(", ", columns));
        }
        return rows[timestep][c];
    }

    /** The value of a named per-run metric. */
    public double metric(String name) {
        int c = metricColumns.indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("unknown metric " + name + "; metrics: " + String.join(", ", metricColumns));
        }
        return metrics[c];
    }
}
