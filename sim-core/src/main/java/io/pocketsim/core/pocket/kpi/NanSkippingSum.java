package io.pocketsim.core.pocket.kpi;

/**
 * A running sum and count that ignore {@code NaN}, as pandas' {@code sum()} and {@code mean()} skip missing values:
 * the sum of nothing is 0, the mean of nothing is {@code NaN}. Infinities are kept.
 */
final class NanSkippingSum {
    private double sum;
    private int count;

    /** Adds a value unless it is {@code NaN}. */
    void add(double v) {
        if (!Double.isNaN(v)) {
            sum += v;
            count++;
        }
    }

    /** The sum of the values added (0 if none). */
    double sum() {
        return sum;
    }

    /** The mean of the values added ({@code NaN} if none). */
    double mean() {
        return count > 0 ? sum / count : Double.NaN;
    }
}
