package io.pocketsim.postprocess.aggregate;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.SecondMoment;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.rank.PSquarePercentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The statistics of one (timestep, variable) cell, fed one value per run. Mean and variance are always exact
 * streaming moments (Welford, via commons-math3 {@link SecondMoment}). Percentiles are exact while at most
 * {@code exactLimit} values have arrived, because the values are kept; after that the values are dropped and the
 * percentiles are P² estimates ({@link PSquarePercentile}), so memory stays bounded however many runs arrive.
 */
final class CellStatistics {
    private static final double[] QUANTILES = {5, 50, 95};

    private final int exactLimit;
    private final SecondMoment moment = new SecondMoment();
    private double[] values = new double[4];
    private PSquarePercentile[] estimates;

    CellStatistics(int exactLimit) {
        this.exactLimit = exactLimit;
    }

    /** Adds a value; NaN is not counted. */
    void add(double v) {
        if (Double.isNaN(v)) {
            return;
        }
        long n = moment.getN();
        moment.increment(v);
        if (estimates != null) {
            for (PSquarePercentile e : estimates) {
                e.increment(v);
            }
            return;
        }
        if (n < exactLimit) {
            if (n == values.length) {
                values = Arrays.copyOf(values, (int) Math.min((long) values.length * 2, exactLimit));
            }
            values[(int) n] = v;
            return;
        }
        estimates = new PSquarePercentile[QUANTILES.length];
        for (int i = 0; i < QUANTILES.length; i++) {
            estimates[i] = new PSquarePercentile(QUANTILES[i]);
            for (int k = 0; k < n; k++) {
                estimates[i].increment(values[k]);
            }
            estimates[i].increment(v);
        }
        values = null;
    }

    /** Whether the percentiles are exact. */
    boolean isExact() {
        return estimates == null;
    }

    /** The row of this cell. */
    DistributionRow row(int timestep, String variable) {
        long n = moment.getN();
        if (n == 0) {
            return new DistributionRow(timestep, variable, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN);
        }
        double mean = new Mean(moment).getResult();
        // commons-math3 reports 0 for one value; a sample standard deviation of one value is undefined
        double std = n < 2 ? Double.NaN : Math.sqrt(new Variance(moment).getResult());
        double[] q = new double[QUANTILES.length];
        if (estimates == null) {
            Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
            p.setData(values, 0, (int) n);
            for (int i = 0; i < q.length; i++) {
                q[i] = p.evaluate(QUANTILES[i]);
            }
        } else {
            for (int i = 0; i < q.length; i++) {
                q[i] = estimates[i].getResult();
            }
        }
        return new DistributionRow(timestep, variable, n, mean, std, q[0], q[1], q[2]);
    }
}
