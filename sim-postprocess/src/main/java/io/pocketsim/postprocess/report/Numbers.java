package io.pocketsim.postprocess.report;

import io.pocketsim.postprocess.csv.CsvNumbers;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** Number formatting for people (tables) and for files (CSV), and the summary statistics of a sample. */
final class Numbers {
    private Numbers() {
    }

    /** A number for a table cell: 4 significant digits, empty for NaN. */
    static String show(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e7) {
            return String.format(Locale.ROOT, "%,.4g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
        }
        return String.format(Locale.ROOT, "%.3e", v);
    }

    /** A parameter value for a table cell. */
    static String show(Object v) {
        if (v == null) {
            return "(none)";
        }
        if (v instanceof Number n) {
            return show(n.doubleValue());
        }
        return v.toString();
    }

    /** A number for a CSV cell (round-trips exactly; NaN is the empty cell). */
    static String csv(double v) {
        return CsvNumbers.format(v);
    }

    /**
     * Summary of a sample, missing values left out.
     *
     * @param n      finite values
     * @param mean   their mean
     * @param p5     5th percentile (linear interpolation, numpy's default)
     * @param median median
     * @param p95    95th percentile
     * @param min    smallest
     * @param max    largest
     */
    record Summary(int n, double mean, double p5, double median, double p95, double min, double max) {
        static Summary of(double[] values) {
            double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
            if (v.length == 0) {
                return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
            p.setData(v);
            return new Summary(v.length, Arrays.stream(v).average().orElseThrow(), p.evaluate(5), p.evaluate(50),
                    p.evaluate(95), v[0], v[v.length - 1]);
        }
    }
}
