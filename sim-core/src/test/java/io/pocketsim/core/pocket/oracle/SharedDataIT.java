package io.pocketsim.core.pocket.oracle;

import io.pocketsim.testsupport.External;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SharedDataIT {
    private static final double DEFAULT_FACTOR = 0.30745369958511376;

    @BeforeEach
    void requireSharedData() {
        External.requireShared("data/" + SharedPriceData.PRICE_FILE);
    }

    @Test
    void shouldComputeExactlyTheOriginalKdeSampleInItsStoredOrderFromThePriceHistory() {
        // Given the price history and the original's stored KDE sample
        Path dir = SharedPriceData.dataDir();
        double[] stored = SharedPriceData.returnsInFileOrder(dir.resolve(SharedPriceData.KDE_RETURNS_FILE));

        // When returns are computed from Adj Close sorted by date
        double[] computed = SharedPriceData.historicalReturns();

        // Then they are the same doubles, bit for bit, in chronological order
        assertThat(computed).hasSize(364).containsExactly(stored);
    }

    @Test
    void shouldHaveTheSpecifiedKernelScaleOnTheSharedSample() {
        KdeReturnSource kde = KdeReturnSource.of(SharedPriceData.historicalReturns());

        // spec §5.1: s = 0.0656276, sigma_k = 0.0201775, kernel variance 0.0004071299702670647
        assertThat(kde.sampleStandardDeviation()).isCloseTo(0.0656276, within(5e-8));
        assertThat(kde.kernelStandardDeviation(DEFAULT_FACTOR)).isCloseTo(0.0201775, within(5e-8));
        assertThat(Math.pow(kde.kernelStandardDeviation(DEFAULT_FACTOR), 2))
                .isCloseTo(0.0004071299702670647, within(1e-17));
    }

    @Test
    void shouldDrawWithTheSampleMeanAndTheKdeSpreadOnTheSharedSample() {
        KdeReturnSource kde = KdeReturnSource.of(SharedPriceData.historicalReturns());
        DailyReturnModel model = kde.forBandwidth(DEFAULT_FACTOR);
        UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(1234L);

        SummaryStatistics stats = new SummaryStatistics();
        for (int i = 0; i < 1_000_000; i++) {
            stats.addValue(model.nextReturn(rng));
        }

        // Expected: mean 0.00166, sd sqrt(population variance + sigma_k^2) = 0.06857. Tolerances: 4 standard errors
        // of the mean (4 * 0.0686 / 1000) and 1 % of the sd (its standard error is about 0.3 % here).
        assertThat(stats.getMean()).isCloseTo(0.00166, within(2.8e-4));
        assertThat(stats.getStandardDeviation()).isCloseTo(0.0686, within(0.0007));
    }

    @Test
    void shouldGiveTheParametricModelTheKdesMeanAndVarianceAtAnyFactor() {
        double[] returns = SharedPriceData.historicalReturns();
        KdeReturnSource kde = KdeReturnSource.of(returns);
        ParametricReturnSource parametric = ParametricReturnSource.pokt();

        for (double f : new double[] {0.1, DEFAULT_FACTOR, 1.0}) {
            double kdeVariance = StatUtils.populationVariance(returns) + Math.pow(kde.kernelStandardDeviation(f), 2);
            assertThat(parametric.distribution(f).variance()).isCloseTo(kdeVariance, within(1e-9));
            assertThat(parametric.distribution(f).mean()).isCloseTo(StatUtils.mean(returns), within(1e-9));
        }
    }
}
