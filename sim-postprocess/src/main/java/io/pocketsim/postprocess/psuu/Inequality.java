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

    /** Evaluates the inequality on the rows {@code group} of {@code values} (the KPI's value per row). */
    public Outcome evaluate(double[] values, int[] group, Map<String, Threshold> thresholds) {
        Double lo = lower == null ? null : thresholds.get(lower).value();
        Double hi = upper == null ? null : thresholds.get(upper).value();
        double share = ThresholdTests.fractionInBounds(values, group, lo, hi);
        boolean pass;
        if (test == Test.FRACTION) {
            pass = share >= thresholds.get(fraction).value();
        } else {
            double mean = ThresholdTests.mean(values, group);
            pass = ThresholdTests.inBounds(mean, lo, hi);
        }
        return negate ? new Outcome(!pass, 1 - share) : new Outcome(pass, share);
    }
}
