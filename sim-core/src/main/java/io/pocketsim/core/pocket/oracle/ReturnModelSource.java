package io.pocketsim.core.pocket.oracle;

/**
 * Where the oracle's daily returns come from (a historical return sample for the kernel density, or a fitted
 * parametric model). The model asks for a {@link DailyReturnModel} once per run, passing the run's
 * {@code oracle_price_kde_bandwidth} parameter.
 *
 * <p>Implementations: {@link KdeReturnSource} (a return sample, e.g. read from a price history file) and
 * {@link ParametricReturnSource} (the fitted default when no file is named). See docs/price-model.md.
 */
public interface ReturnModelSource {
    /**
     * The return model for a kernel bandwidth factor (the kernel's standard deviation is
     * {@code bandwidthFactor * sample standard deviation}, as scipy's {@code gaussian_kde.set_bandwidth}).
     */
    DailyReturnModel forBandwidth(double bandwidthFactor);

    /** A short description recorded in result manifests, e.g. "kde(364 returns from prices.csv)". */
    String description();
}
