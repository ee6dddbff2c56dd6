package io.pocketsim.core.pocket.oracle;

import java.util.Objects;

/**
 * Daily returns from a fitted parametric model: the default when the user names no price file.
 *
 * <p>The model is a {@link TwoNormalMixture} of daily simple returns standing in for the historical return
 * sample, plus the kernel noise {@code N(0, (f * s)^2)} that the kernel density adds, where {@code f} is the
 * bandwidth factor and {@code s} the sample standard deviation (ddof = 1) of the returns the mixture was fitted
 * to. So {@code f} keeps its meaning: a draw is the mixture with each component's variance increased by
 * {@code (f * s)^2}, and since a maximum-likelihood normal mixture reproduces the sample's mean and population
 * variance, every {@code f} gives the same mean and variance as the kernel density over the original sample.
 * See docs/price-model.md for the fit and its goodness of fit.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParametricReturnSource implements ReturnModelSource {
    /**
     * The mixture fitted by maximum likelihood to the 364 daily simple returns of the POKT/USD {@code Adj Close}
     * from 2022-11-18 to 2023-11-17 (the price history distributed with the original model; returns
     * {@code p[t]/p[t-1] - 1} sorted by date): log-likelihood 524.0111583. Fitted by the test-scope
     * {@code TwoNormalMixtureFit} (Commons Math BOBYQA); {@code ParametricFitIT} re-runs the fit and checks
     * these figures.
     */
    public static final TwoNormalMixture POKT_MIXTURE = new TwoNormalMixture(
            0.7855855338728839, -0.005321747194094565, 0.03839421522520419,
            0.027241442325062263, 0.11746513022702129);

    /** The sample standard deviation (ddof = 1) of the same 364 returns: the kernel scale {@code s}. */
    public static final double POKT_SAMPLE_SD = 0.0656276439848243;

    private static final ParametricReturnSource POKT = new ParametricReturnSource(POKT_MIXTURE, POKT_SAMPLE_SD,
            "parametric(2-normal mixture fitted to 364 POKT/USD daily returns 2022-11-18..2023-11-17)");

    private final TwoNormalMixture mixture;
    private final double kernelScale;
    private final String description;

    private ParametricReturnSource(TwoNormalMixture mixture, double kernelScale, String description) {
        this.mixture = Objects.requireNonNull(mixture, "mixture");
        this.kernelScale = OracleChecks.finitePositive("kernelScale", kernelScale);
        this.description = Objects.requireNonNull(description, "description");
        if (description.isBlank()) {
            throw new IllegalArgumentException("description is blank: '" + description + "'");
        }
    }

    /** The default model: {@link #POKT_MIXTURE} with kernel scale {@link #POKT_SAMPLE_SD}. */
    public static ParametricReturnSource pokt() {
        return POKT;
    }

    /**
     * A parametric model from any mixture.
     *
     * @param mixture     the distribution standing in for the return sample
     * @param kernelScale the scale {@code s} the bandwidth factor multiplies, finite and positive
     * @param description recorded in manifests, not blank
     * @throws IllegalArgumentException if the scale is not finite and positive or the description is blank
     */
    public static ParametricReturnSource of(TwoNormalMixture mixture, double kernelScale, String description) {
        return new ParametricReturnSource(mixture, kernelScale, description);
    }

    /**
     * The return model for a bandwidth factor: draws from {@link #distribution(double)}.
     *
     * @throws IllegalArgumentException if the factor is not finite and positive
     */
    @Override
    public DailyReturnModel forBandwidth(double bandwidthFactor) {
        TwoNormalMixture withNoise = distribution(bandwidthFactor);
        return withNoise::sample;
    }

    /**
     * The distribution of one draw for a bandwidth factor {@code f}: the mixture plus {@code N(0, (f * s)^2)}.
     *
     * @throws IllegalArgumentException if the factor is not finite and positive
     */
    public TwoNormalMixture distribution(double bandwidthFactor) {
        return mixture.withAddedNoise(kernelStandardDeviation(bandwidthFactor));
    }

    /**
     * The kernel noise's standard deviation {@code f * s} for a bandwidth factor {@code f}.
     *
     * @throws IllegalArgumentException if the factor is not finite and positive
     */
    public double kernelStandardDeviation(double bandwidthFactor) {
        return OracleChecks.finitePositive("bandwidthFactor", bandwidthFactor) * kernelScale;
    }

    /** The mixture standing in for the return sample, without kernel noise. */
    public TwoNormalMixture mixture() {
        return mixture;
    }

    /** The kernel scale {@code s}. */
    public double kernelScale() {
        return kernelScale;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }
}
