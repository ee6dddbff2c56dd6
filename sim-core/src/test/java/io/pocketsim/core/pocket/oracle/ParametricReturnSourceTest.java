package io.pocketsim.core.pocket.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParametricReturnSourceTest {
    /** The original model's default bandwidth factor, Scott's rule for 364 points. */
    private static final double DEFAULT_FACTOR = 0.30745369958511376;
    private static final int FIT_SAMPLE_SIZE = 364;

    @Test
    void shouldHaveCommittedFiguresThatReproduceTheSampleMeanAndPopulationVariance() {
        // A maximum-likelihood normal mixture matches the sample mean and population variance (its likelihood
        // equations imply it), so the committed figures must agree with each other and with spec §5.1.
        TwoNormalMixture m = ParametricReturnSource.POKT_MIXTURE;

        assertThat(m.variance()).isCloseTo(ParametricReturnSource.POKT_SAMPLE_SD * ParametricReturnSource.POKT_SAMPLE_SD
                * (FIT_SAMPLE_SIZE - 1) / FIT_SAMPLE_SIZE, within(1e-9));
        assertThat(m.mean()).isCloseTo(0.0016603, within(1e-7));
        assertThat(ParametricReturnSource.POKT_SAMPLE_SD).isCloseTo(0.0656276, within(1e-7));
        // Right-skewed and heavy-tailed: a narrow core of ordinary days and a wide tail of turbulent ones.
        assertThat(m.coreSd()).isLessThan(m.tailSd());
        assertThat(m.skewness()).isGreaterThan(0.5);
        assertThat(m.excessKurtosis()).isGreaterThan(3.0);
    }

    @Test
    void shouldAddKernelNoiseOfTheKdesSizeAtTheDefaultFactor() {
        ParametricReturnSource source = ParametricReturnSource.pokt();

        // spec §5.1: sigma_k = 0.0201775 for the original sample and factor
        assertThat(source.kernelStandardDeviation(DEFAULT_FACTOR)).isCloseTo(0.0201775, within(5e-8));
        assertThat(source.distribution(DEFAULT_FACTOR).variance()).isCloseTo(
                source.mixture().variance() + Math.pow(source.kernelStandardDeviation(DEFAULT_FACTOR), 2),
                within(1e-15));
        assertThat(source.distribution(DEFAULT_FACTOR).mean()).isEqualTo(source.mixture().mean());
    }

    @Test
    void shouldDrawWithTheMomentsOfItsCommittedFigures() {
        // Given the default model at the default factor
        TwoNormalMixture expected = ParametricReturnSource.pokt().distribution(DEFAULT_FACTOR);
        DailyReturnModel model = ParametricReturnSource.pokt().forBandwidth(DEFAULT_FACTOR);
        UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(2023L);
        int n = 1_000_000;
        double[] draws = new double[n];

        // When drawn a million times
        for (int i = 0; i < n; i++) {
            draws[i] = model.nextReturn(rng);
        }

        // Then the sample moments match (mean: 4 standard errors, 4 * 0.0686 / 1000; the rest with room for the
        // slower convergence of higher moments)
        assertThat(new Mean().evaluate(draws)).isCloseTo(expected.mean(), within(2.8e-4));
        assertThat(new StandardDeviation().evaluate(draws))
                .isCloseTo(expected.standardDeviation(), within(0.005 * expected.standardDeviation()));
        assertThat(new Skewness().evaluate(draws)).isCloseTo(expected.skewness(), within(0.04));
        assertThat(new Kurtosis().evaluate(draws)).isCloseTo(expected.excessKurtosis(), within(0.2));
    }

    @Test
    void shouldDrawExactlyFromItsDistributionForTheSameSeed() {
        DailyReturnModel model = ParametricReturnSource.pokt().forBandwidth(0.5);
        TwoNormalMixture distribution = ParametricReturnSource.pokt().distribution(0.5);
        UniformRandomProvider a = RandomSource.L64_X128_MIX.create(5L);
        UniformRandomProvider b = RandomSource.L64_X128_MIX.create(5L);

        for (int i = 0; i < 1000; i++) {
            assertThat(model.nextReturn(a)).isEqualTo(distribution.sample(b));
        }
    }

    @Test
    void shouldPracticallyNeverDrawAFactorAtOrBelowZero() {
        // The price has no floor (spec §5.2): a return <= -1 would make it non-positive.
        assertThat(ParametricReturnSource.pokt().distribution(DEFAULT_FACTOR).cumulativeProbability(-1.0))
                .isLessThan(1e-17);
        assertThat(ParametricReturnSource.pokt().distribution(1.0).cumulativeProbability(-1.0)).isLessThan(1e-14);
    }

    @Test
    void shouldDescribeItselfForManifests() {
        assertThat(ParametricReturnSource.pokt().description())
                .isEqualTo("parametric(2-normal mixture fitted to 364 POKT/USD daily returns 2022-11-18..2023-11-17)");
        assertThat(ParametricReturnSource.of(new TwoNormalMixture(0.5, 0, 1, 0, 2), 1.0, "toy").description())
                .isEqualTo("toy");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.NEGATIVE_INFINITY})
    void shouldRejectABandwidthFactorThatIsNotFiniteAndPositive(double bad) {
        assertThatThrownBy(() -> ParametricReturnSource.pokt().forBandwidth(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bandwidthFactor is not a finite number > 0: " + bad);
    }

    @Test
    void shouldRejectABadKernelScaleOrBlankDescription() {
        TwoNormalMixture m = new TwoNormalMixture(0.5, 0, 1, 0, 2);
        assertThatThrownBy(() -> ParametricReturnSource.of(m, 0.0, "toy"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kernelScale is not a finite number > 0: 0.0");
        assertThatThrownBy(() -> ParametricReturnSource.of(m, 1.0, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("description is blank: ''");
    }
}
