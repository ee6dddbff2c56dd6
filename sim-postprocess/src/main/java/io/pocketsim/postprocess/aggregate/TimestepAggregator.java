package io.pocketsim.postprocess.aggregate;

import io.pocketsim.core.engine.RunResult;
import io.pocketsim.postprocess.csv.TimeSeriesReader;
import io.pocketsim.postprocess.store.ResultStore;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Per-timestep distributions of chosen variables across runs (n, mean, std with ddof = 1, p5, p50, p95), fed one
 * run at a time from engine results or stored time series. Memory is bounded in the number of runs: every cell
 * keeps at most {@code exactLimit} values, so percentiles are exact up to that many runs and P² estimates beyond
 * it (mean and std stay exact); see docs/results-format.md for the measured accuracy.
 */
public final class TimestepAggregator implements Consumer<RunResult> {
    /** Runs up to which percentiles are exact by default. */
    public static final int DEFAULT_EXACT_LIMIT = 256;

    private final List<String> variables;
    private final int exactLimit;
    private final List<CellStatistics[]> cells = new ArrayList<>();
    private List<String> lastColumns;
    private int[] lastMapping;

    private TimestepAggregator(List<String> variables, int exactLimit) {
        this.variables = List.copyOf(variables);
        if (exactLimit < 1) {
            throw new IllegalArgumentException("exactLimit is not strictly positive: " + exactLimit);
        }
        if (this.variables.stream().distinct().count() != this.variables.size()) {
            throw new IllegalArgumentException("variables holds a name twice: " + variables);
        }
        this.exactLimit = exactLimit;
    }

    /** An aggregator of the given variables with exact percentiles up to {@value #DEFAULT_EXACT_LIMIT} runs. */
    public static TimestepAggregator of(List<String> variables) {
        return new TimestepAggregator(variables, DEFAULT_EXACT_LIMIT);
    }

    /**
     * An aggregator with exact percentiles up to {@code exactLimit} values per cell; memory is at most about
     * {@code 8 * exactLimit} bytes per (timestep, variable).
     */
    public static TimestepAggregator withExactLimit(List<String> variables, int exactLimit) {
        return new TimestepAggregator(variables, exactLimit);
    }

    /** The variables aggregated, in output order. */
    public List<String> variables() {
        return variables;
    }

    /**
     * Adds one row of one run.
     *
     * @param values values aligned with {@link #variables()}
     */
    public void add(int timestep, double[] values) {
        if (values.length != variables.size()) {
            throw new IllegalArgumentException("values has " + values.length + " entries for " + variables.size()
                    + " variables");
        }
        CellStatistics[] row = cellsAt(timestep);
        for (int v = 0; v < values.length; v++) {
            row[v].add(values[v]);
        }
    }

    /**
     * Adds one row whose values are aligned with {@code columns}, which must include every variable.
     */
    public void add(int timestep, List<String> columns, double[] row) {
        int[] map = mapping(columns);
        CellStatistics[] cs = cellsAt(timestep);
        for (int v = 0; v < map.length; v++) {
            cs[v].add(row[map[v]]);
        }
    }

    /** Adds every row of a run. */
    @Override
    public void accept(RunResult run) {
        double[][] rows = run.rows();
        for (int t = 0; t < rows.length; t++) {
            add(t, run.columns(), rows[t]);
        }
    }

    /** Adds every run of a stored experiment, streaming its time series. */
    public void addStored(ResultStore store, String experiment) {
        List<String> columns = TimeSeriesReader.columns(store, experiment);
        mapping(columns);
        TimeSeriesReader.forEachRow(store, experiment, (run, seed, t, values) -> add(t, columns, values));
    }

    /** Whether every percentile so far is exact (no cell exceeded the exact limit). */
    public boolean isExact() {
        for (CellStatistics[] row : cells) {
            if (row != null) {
                for (CellStatistics c : row) {
                    if (!c.isExact()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The distribution rows, by timestep and then variable order; timesteps never seen are left out. */
    public List<DistributionRow> rows() {
        List<DistributionRow> out = new ArrayList<>();
        for (int t = 0; t < cells.size(); t++) {
            CellStatistics[] row = cells.get(t);
            if (row == null) {
                continue;
            }
            for (int v = 0; v < variables.size(); v++) {
                out.add(row[v].row(t, variables.get(v)));
            }
        }
        return out;
    }

    /** Writes {@link #rows()} as a distribution CSV (see {@link DistributionCsv}). */
    public void write(Writer out) throws IOException {
        DistributionCsv.write(out, rows());
    }

    private CellStatistics[] cellsAt(int timestep) {
        if (timestep < 0) {
            throw new IllegalArgumentException("timestep is negative: " + timestep);
        }
        while (cells.size() <= timestep) {
            cells.add(null);
        }
        CellStatistics[] row = cells.get(timestep);
        if (row == null) {
            row = new CellStatistics[variables.size()];
            for (int v = 0; v < row.length; v++) {
                row[v] = new CellStatistics(exactLimit);
            }
            cells.set(timestep, row);
        }
        return row;
    }

    private int[] mapping(List<String> columns) {
        if (Objects.equals(columns, lastColumns)) {
            return lastMapping;
        }
        int[] map = new int[variables.size()];
        for (int v = 0; v < map.length; v++) {
            map[v] = columns.indexOf(variables.get(v));
            if (map[v] < 0) {
                throw new IllegalArgumentException("variable " + variables.get(v) + " is not among the columns "
                        + columns);
            }
        }
        lastColumns = List.copyOf(columns);
        lastMapping = map;
        return map;
    }
}
