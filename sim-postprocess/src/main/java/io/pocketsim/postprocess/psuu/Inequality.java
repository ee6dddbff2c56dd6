package io.pocketsim.postprocess.psuu;

import java.util.Map;
import java.util.Objects;

/**
 * One threshold inequality (cloud-and-psuu.md §3.4), evaluated on a group of rows: its boolean result and its soft
 * score in [0, 1].
 *
 * <ul>
 *   <li>{@link Test#FRACTION} (MCFrac): p = share of rows with {@code lower < kpi < upper}; passes iff
 *       {@code p >= fraction}; soft score p.</li>
 *   <li>{@link Test#AVERAGE} (Avg): passes iff {@code lower < mean(kpi) < upper} (mean skips missing values); soft
 *       score = share of rows in bounds (not the mean test).</li>
 *   <li>{@code negate}: passes iff the test fails; soft score 1 − the test's soft score (the original returned the
 *       boolean {@code not p} here).</li>
 * </ul>
 *
 * @param name        e.g. {@code servicer_npv}
 * @param test        the primitive
 * @param kpi         the KPI it tests
 * @param lower       name of the lower-bound threshold, or null
 * @param upper       name of the upper-bound threshold, or null
 * @param fraction    name of the share-of-rows threshold (FRACTION only), or null
 * @param negate      whether the test is negated
 * @param description what it means, or empty
 */
public record Inequality(String name, Test test, String kpi, String lower, String upper, String fraction,
                         boolean negate, String description) {
    /** The primitive an inequality applies. */
    public enum Test {
        /** MCFrac: share of rows in bounds at least a fraction. */
        FRACTION,
        /** Avg: group mean in bounds. */
        AVERAGE
    }

    /**
     * The result on one group.
     *
     * @param pass the boolean result
     * @param soft the soft score in [0, 1]
     */
    public record Outcome(boolean pass, double soft) {
    }

    public Inequality {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(kpi, "kpi");
        description = description == null ? "" : description;
        if (lower == null && upper == null) {
            throw new IllegalArgumentException("inequality " + name + ": no bound given; allowed: lower, upper or both");
        }
        if ((test == Test.FRACTION) != (fraction != null)) {
            throw new IllegalArgumentException("inequality " + name + ": "
                    + (test == Test.FRACTION ? "a fraction test needs \"fraction\"" : "only a fraction test has \"fraction\""));
        }
    }

    /** Evaluates the inequality on the rows {@code group} of {@code values} (the KPI's value per row), our rules. */
    public Outcome evaluate(double[] values, int[] group, Map<String, Threshold> thresholds) {
        return evaluate(values, group, thresholds, Scoring.OURS);
    }

    /**
     * Evaluates the inequality with the given rules. With {@link Scoring#ORIGINAL} a bound of exactly 0 is ignored
     * (the original tested bounds for truthiness) and a negated test's soft score is {@code not p} (1 iff p = 0);
     * the thresholds passed in are used as they are (the caller substitutes the original values).
     */
    public Outcome evaluate(double[] values, int[] group, Map<String, Threshold> thresholds, Scoring scoring) {
        Double lo = bound(lower, thresholds, scoring);
        Double hi = bound(upper, thresholds, scoring);
        double share = ThresholdTests.fractionInBounds(values, group, lo, hi);
        boolean pass;
        if (test == Test.FRACTION) {
            pass = share >= thresholds.get(fraction).value();
        } else {
            pass = ThresholdTests.inBounds(ThresholdTests.mean(values, group), lo, hi);
        }
        if (!negate) {
            return new Outcome(pass, share);
        }
        double soft = scoring == Scoring.ORIGINAL ? (share == 0 ? 1 : 0) : 1 - share;
        return new Outcome(!pass, soft);
    }

    /**
     * By how much a group clears (positive) or misses (negative) the threshold, in [-1, 1]: for a fraction test
     * p − fraction (negated: fraction − p); for an average test the distance d of the mean to the nearest given
     * bound (positive inside), divided by half the bracket's width (two bounds) or by the bound's magnitude (one
     * bound; 1 if it is 0), squashed to d / (1 + |d|) in (-1, 1) (order kept), negated for a negated test; -1 when the
     * mean is missing. The tie-break
     * {@link TieBreak#MARGIN} averages it over the inequalities.
     */
    public double margin(double[] values, int[] group, Map<String, Threshold> thresholds, Scoring scoring) {
        Double lo = bound(lower, thresholds, scoring);
        Double hi = bound(upper, thresholds, scoring);
        if (test == Test.FRACTION) {
            double share = ThresholdTests.fractionInBounds(values, group, lo, hi);
            double f = thresholds.get(fraction).value();
            return negate ? f - share : share - f;
        }
        double m = averageMargin(ThresholdTests.mean(values, group), lo, hi);
        return negate ? -m : m;
    }

    private static Double bound(String name, Map<String, Threshold> thresholds, Scoring scoring) {
        if (name == null) {
            return null;
        }
        double v = thresholds.get(name).value();
        // the original's "if lower:" treated a bound of 0 as not given
        return scoring == Scoring.ORIGINAL && v == 0 ? null : v;
    }

    private static double averageMargin(double mean, Double lo, Double hi) {
        if (Double.isNaN(mean)) {
            return -1;
        }
        double m;
        if (lo != null && hi != null) {
            double half = (hi - lo) / 2;
            m = Math.min(mean - lo, hi - mean) / (half > 0 ? half : 1);
        } else if (lo != null) {
            m = (mean - lo) / (lo != 0 ? Math.abs(lo) : 1);
        } else {
            m = (hi - mean) / (hi != 0 ? Math.abs(hi) : 1);
        }
        // squashed into (-1, 1), order kept: distances far outside a bound still rank, yet no KPI dominates the mean
        return m / (1 + Math.abs(m));
    }
}
