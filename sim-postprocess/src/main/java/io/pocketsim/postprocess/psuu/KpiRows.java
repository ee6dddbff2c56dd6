package io.pocketsim.postprocess.psuu;

import java.util.List;

/**
 * The per-run KPI rows PSuU reads: one row per Monte Carlo run, with the KPI columns under the model's names (e.g.
 * {@code KPI 1}, {@code floating_supply}) and every parameter as {@code param_<name>}.
 */
public interface KpiRows {
    /** Number of rows. */
    int size();

    /** The column names. */
    List<String> columns();

    /**
     * A numeric cell; a missing value (null, empty) is {@code NaN}.
     *
     * @throws IllegalArgumentException if the column does not exist or the cell is not a number
     */
    double number(String column, int row);

    /**
     * A parameter cell as a value: {@link Double}, {@link String} or {@code null}.
     *
     * @throws IllegalArgumentException if the column does not exist
     */
    Object value(String column, int row);
}
