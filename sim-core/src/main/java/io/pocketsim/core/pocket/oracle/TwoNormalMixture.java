package io.pocketsim.core.pocket.oracle;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.util.FastMath;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A two-component normal mixture of daily simple returns: with probability {@code coreWeight} a draw comes from
 * the core component {@code N(coreMean, coreSd^2)} (ordinary days), otherwise from the tail component
 * {@code N(tailMean, tailSd^2)} (turbulent days). Moments and the distribution function are exact.
 *
 * @param coreWeight probability of the core component, strictly between 0 and 1
 * @param coreMean   mean of the core component
 * @param coreSd     standard deviation of the core component, finite and positive
 * @param tailMean   mean of the tail component
 * @param tailSd     standard deviation of the tail component, finite and positive
 */
public record TwoNormalMixture(double coreWeight, double coreMean, double coreSd, double tailMean, double tailSd) {

    /**
     * Checks the parameters.
     *
     * @throws IllegalArgumentException naming the first parameter out of range
     */
    public TwoNormalMixture {
        if (!(coreWeight > 0 && coreWeight < 1)) {
            throw new IllegalArgumentException("coreWeight is not strictly between 0 and 1: " + coreWeight);
        }
        OracleChecks.finite("coreMean", coreMean);
        OracleChecks.finitePositive("coreSd", coreSd);
        OracleChecks.finite("tailMean", tailMean);
        OracleChecks.finitePositive("tailSd", tailSd);
    }

    /** The probability of the tail component, {@code 1 - coreWeight}. */
    public double tailWeight() {
        return 1.0 - coreWeight;
    }

    /** The mean of the mixture. */
    public double mean() {
        return coreWeight * coreMean + tailWeight() * tailMean;
    }

    /** The variance of the mixture. */
    public double variance() {
        return centralMoment(2);
    }

    /** The standard deviation of the mixture. */
    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    /** The skewness (third standardised moment) of the mixture. */
    public double skewness() {
        return centralMoment(3) / FastMath.pow(variance(), 1.5);
    }

    /** The excess kurtosis (fourth standardised moment minus 3) of the mixture. */
    public double excessKurtosis() {
        double v = variance();
        return centralMoment(4) / (v * v) - 3.0;
    }

    /** The probability that a draw is at most {@code x}. */
    public double cumulativeProbability(double x) {
        return coreWeight * normalCdf((x - coreMean) / coreSd) + tailWeight() * normalCdf((x - tailMean) / tailSd);
    }

    /** The probability density at {@code x}. */
    public double density(double x) {
        return coreWeight * normalDensity(x, coreMean, coreSd) + tailWeight() * normalDensity(x, tailMean, tailSd);
    }

    /**
     * The distribution of a draw plus independent normal noise {@code N(0, noiseSd^2)}: the same weights and means,
     * each component's variance increased by {@code noiseSd^2}.
     *
     * @param noiseSd finite and non-negative
     * @throws IllegalArgumentException if the noise standard deviation is negative or not finite
     */
    public TwoNormalMixture withAddedNoise(double noiseSd) {
        if (!(noiseSd >= 0) || !Double.isFinite(noiseSd)) {
            throw new IllegalArgumentException("noiseSd is not a finite number >= 0: " + noiseSd);
        }
        return new TwoNormalMixture(coreWeight, coreMean, Math.hypot(coreSd, noiseSd), tailMean,
                Math.hypot(tailSd, noiseSd));
    }

    /** Draws one value: a uniform picks the component, then a standard normal is scaled and shifted. */
    public double sample(UniformRandomProvider rng) {
        boolean core = rng.nextDouble() < coreWeight;
        double z = ZigguratSampler.NormalizedGaussian.of(rng).sample();
        return core ? coreMean + coreSd * z : tailMean + tailSd * z;
    }

    // Central moments of each normal component about the mixture mean m, with d = mu - m:
    // E(X-m)^2 = d^2 + s^2, E(X-m)^3 = d^3 + 3 d s^2, E(X-m)^4 = d^4 + 6 d^2 s^2 + 3 s^4.
    private double centralMoment(int order) {
        double m = mean();
        return coreWeight * componentCentralMoment(order, coreMean - m, coreSd)
                + tailWeight() * componentCentralMoment(order, tailMean - m, tailSd);
    }

    private static double componentCentralMoment(int order, double d, double s) {
        double s2 = s * s;
        return switch (order) {
            case 2 -> d * d + s2;
            case 3 -> d * d * d + 3 * d * s2;
            case 4 -> d * d * d * d + 6 * d * d * s2 + 3 * s2 * s2;
            default -> throw new IllegalStateException("order " + order);
        };
    }

    private static double normalCdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2.0));
    }

    private static double normalDensity(double x, double mean, double sd) {
        double z = (x - mean) / sd;
        return Math.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI));
    }
}
