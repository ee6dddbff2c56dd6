package io.pocketsim.postprocess.result;

import java.util.Locale;

/**
 * Which runs of an experiment keep their time series ({@code timeseries.csv.gz}): all of them, none, or the first
 * {@code N} by run index. The per-run KPIs ({@code kpis.csv}) and the manifest are always written. Its text form
 * ({@code all}, {@code none}, {@code runs:N}) is the command-line value and the manifest's {@code timeseries} field.
 *
 * @param firstRuns the runs 1..firstRuns are kept; {@link Integer#MAX_VALUE} for all, 0 for none
 */
public record TimeSeriesSelection(int firstRuns) {
    /** Every run's time series. */
    public static final TimeSeriesSelection ALL = new TimeSeriesSelection(Integer.MAX_VALUE);
    /** No time series: no {@code timeseries.csv.gz} at all. */
    public static final TimeSeriesSelection NONE = new TimeSeriesSelection(0);
    /** The allowed text forms, for messages. */
    public static final String FORMS = "all, none or runs:N (N a positive integer: the first N runs of each experiment)";

    public TimeSeriesSelection {
        if (firstRuns < 0) {
            throw new IllegalArgumentException("time-series runs must not be negative: " + firstRuns);
        }
    }

    /** The first {@code n} runs ({@code n >= 1}). */
    public static TimeSeriesSelection firstRuns(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("time-series runs:N needs N >= 1, not " + n + "; use none for no runs");
        }
        return new TimeSeriesSelection(n);
    }

    /**
     * Reads the text form: {@code all}, {@code none} or {@code runs:N}, in any case.
     *
     * @throws IllegalArgumentException naming the allowed forms
     */
    public static TimeSeriesSelection parse(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (s.equals("all")) {
            return ALL;
        }
        if (s.equals("none")) {
            return NONE;
        }
        if (s.startsWith("runs:")) {
            try {
                int n = Integer.parseInt(s.substring("runs:".length()));
                if (n >= 1) {
                    return firstRuns(n);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("time series \"" + text + "\" is not one of " + FORMS);
    }

    /** Whether the run with this index (1-based) keeps its time series. */
    public boolean keeps(int runIndex) {
        return runIndex <= firstRuns;
    }

    /** How many of an experiment's runs keep their time series. */
    public int keptOf(int runs) {
        return Math.min(firstRuns, runs);
    }

    /** The text form: {@code all}, {@code none} or {@code runs:N}. */
    @Override
    public String toString() {
        if (firstRuns == Integer.MAX_VALUE) {
            return "all";
        }
        return firstRuns == 0 ? "none" : "runs:" + firstRuns;
    }
}
