package io.pocketsim.postprocess.psuu;

/**
 * The two primitives of the threshold inequalities over one group of rows (cloud-and-psuu.md §3.4). Comparisons
 * are strict; a missing value ({@code NaN}) fails every comparison; a bound is "given" when it is not null (so a
 * bound of 0 counts).
 */
public final class ThresholdTests {
    private ThresholdTests() {
    }

    /** Whether {@code lower < x < upper}, using only the bounds given; NaN is never in bounds. */
    public static boolean inBounds(double x, Double lower, Double upper) {
        if (lower == null && upper == null) {
            throw new IllegalArgumentException("no bound given; allowed: a lower bound, an upper bound or both");
        }
        return (lower == null || lower < x) && (upper == null || x < upper);
    }

    /**
     * MCFrac's p: the share of the group's rows whose value is in bounds. The denominator is the number of rows,
     * including rows whose value is missing.
     */
    public static double fractionInBounds(double[] values, int[] rows, Double lower, Double upper) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("group has no rows");
        }
        int hits = 0;
        for (int r : rows) {
            if (inBounds(values[r], lower, upper)) {
                hits++;
            }
        }
        return (double) hits / rows.length;
    }

    /** Avg's m: the mean of the group's values, skipping missing ones; {@code NaN} if all are missing. */
    public static double mean(double[] values, int[] rows) {
        double sum = 0;
        int n = 0;
        for (int r : rows) {
            if (!Double.isNaN(values[r])) {
                sum += values[r];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
