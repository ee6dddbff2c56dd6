package io.pocketsim.core.pocket.oracle;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Daily returns from a one-dimensional Gaussian kernel density estimate over a sample of historical daily
 * returns, with scipy {@code gaussian_kde} semantics for a scalar bandwidth factor {@code f}.
 *
 * <p>The kernel's standard deviation is {@code sigma_k = f * s}, where {@code s} is the sample standard deviation
 * (ddof = 1) of the returns. One draw is {@code returns[j] + sigma_k * z} with {@code z} standard normal and
 * {@code j} uniform over the sample. A draw therefore has the sample's mean and the variance
 * {@code (n - 1) / n * s^2 + sigma_k^2}.
 *
 * <p>Pure: built from an array of returns (see {@code io.pocketsim.experiments.data.PriceHistoryReader} for
 * files). Immutable and thread-safe; the returns are copied in and out.
 */
public final class KdeReturnSource implements ReturnModelSource {
    private final double[] returns;
    private final double sampleStandardDeviation;
    private final String description;

    private KdeReturnSource(double[] returns, String description) {
        this.returns = returns;
        this.sampleStandardDeviation = new StandardDeviation(true).evaluate(returns);
        if (!(sampleStandardDeviation > 0)) {
            throw new IllegalArgumentException(
                    "returns have no spread (all " + returns.length + " are equal to " + returns[0]
                            + "): the kernel needs a positive sample standard deviation");
        }
        this.description = description;
    }

    /**
     * A kernel density over the given daily simple returns, described as {@code "kde(N returns)"}.
     *
     * @param returns at least two finite daily simple returns, each greater than -1, not all equal
     * @throws IllegalArgumentException naming the first offending return and its index
     */
    public static KdeReturnSource of(double[] returns) {
        double[] copy = checkedCopy(returns);
        return new KdeReturnSource(copy, "kde(" + copy.length + " returns)");
    }

    /**
     * A kernel density over the given returns, described as {@code "kde(N returns from ORIGIN)"} for manifests.
     *
     * @param returns at least two finite daily simple returns, each greater than -1, not all equal
     * @param origin  where the returns came from, e.g. a file name
     * @throws IllegalArgumentException naming the first offending return and its index, or a blank origin
     */
    public static KdeReturnSource of(double[] returns, String origin) {
        Objects.requireNonNull(origin, "origin");
        if (origin.isBlank()) {
            throw new IllegalArgumentException("origin is blank: '" + origin + "'");
        }
        double[] copy = checkedCopy(returns);
        return new KdeReturnSource(copy, "kde(" + copy.length + " returns from " + origin + ")");
    }

    /**
     * The return model for a bandwidth factor: draws {@code returns[j] + f * s * z}.
     *
     * @param bandwidthFactor the factor {@code f}, finite and strictly positive (scipy's
     *                        {@code set_bandwidth(bw_method=f)})
     * @throws IllegalArgumentException if the factor is not finite and positive
     */
    @Override
    public DailyReturnModel forBandwidth(double bandwidthFactor) {
        double kernelSd = kernelStandardDeviation(bandwidthFactor);
        double[] data = returns;
        return rng -> draw(data, kernelSd, rng);
    }

    // Mirrors scipy gaussian_kde.resample as called by the original's p_update_price: the normal noise is
    // drawn before the data index (spec §5.1), so the order of draws from the stream is kept.
    private static double draw(double[] data, double kernelSd, UniformRandomProvider rng) {
        double z = ZigguratSampler.NormalizedGaussian.of(rng).sample();
        int j = rng.nextInt(data.length);
        return data[j] + kernelSd * z;
    }

    /**
     * The kernel's standard deviation {@code f * s} for a bandwidth factor {@code f}.
     *
     * @throws IllegalArgumentException if the factor is not finite and positive
     */
    public double kernelStandardDeviation(double bandwidthFactor) {
        return OracleChecks.finitePositive("bandwidthFactor", bandwidthFactor) * sampleStandardDeviation;
    }

    /** The sample standard deviation (ddof = 1) of the returns, the kernel's scale {@code s}. */
    public double sampleStandardDeviation() {
        return sampleStandardDeviation;
    }

    /** The number of returns in the sample. */
    public int size() {
        return returns.length;
    }

    /** A copy of the returns, in the order given. */
    public double[] returns() {
        return returns.clone();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }

    private static double[] checkedCopy(double[] returns) {
        Objects.requireNonNull(returns, "returns");
        if (returns.length < 2) {
            throw new IllegalArgumentException(
                    "returns has fewer than 2 values (a kernel density needs a sample spread): " + returns.length);
        }
        double[] copy = Arrays.copyOf(returns, returns.length);
        for (int i = 0; i < copy.length; i++) {
            double r = copy[i];
            if (!Double.isFinite(r) || !(r > -1)) {
                throw new IllegalArgumentException(
                        "return[" + i + "] is not a finite number > -1 (a daily simple return of a positive price): "
                                + r);
            }
        }
        return copy;
    }
}
