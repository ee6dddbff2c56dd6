package io.pocketsim.core.pocket.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TwoNormalMixtureTest {

    @Test
    void shouldHaveTheClosedFormMomentsOfASymmetricMixture() {
        // Equal weights at -1 and +1, unit sds: variance 1 + 1 = 2, fourth moment 1 + 6 + 3 = 10, 10 / 4 - 3.
        TwoNormalMixture m = new TwoNormalMixture(0.5, -1, 1, 1, 1);

        assertThat(m.mean()).isEqualTo(0.0);
        assertThat(m.variance()).isCloseTo(2.0, within(1e-15));
        assertThat(m.skewness()).isCloseTo(0.0, within(1e-15));
        assertThat(m.excessKurtosis()).isCloseTo(-0.5, within(1e-14));
    }

    @Test
    void shouldReduceToOneNormalWhenBothComponentsAreEqual() {
        TwoNormalMixture m = new TwoNormalMixture(0.3, 0.01, 0.05, 0.01, 0.05);
        NormalDistribution normal = new NormalDistribution(null, 0.01, 0.05);

        for (double x : new double[] {-0.2, -0.05, 0.0, 0.01, 0.07, 0.3}) {
            assertThat(m.cumulativeProbability(x)).isCloseTo(normal.cumulativeProbability(x), within(1e-14));
            assertThat(m.density(x)).isCloseTo(normal.density(x), within(1e-12));
        }
        assertThat(m.skewness()).isCloseTo(0.0, within(1e-12));
        assertThat(m.excessKurtosis()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void shouldDrawWithItsMomentsAndWeights() {
        // Given a right-skewed mixture like the POKT fit
        TwoNormalMixture m = new TwoNormalMixture(0.8, -0.005, 0.04, 0.03, 0.12);
        UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(314L);
        int n = 1_000_000;
        double[] draws = new double[n];
        int belowZero = 0;

        // When drawn a million times
        for (int i = 0; i < n; i++) {
            draws[i] = m.sample(rng);
            belowZero += draws[i] <= 0 ? 1 : 0;
        }

        // Then sample moments agree within about 4 standard errors (skewness and kurtosis errors are larger for
        // heavy tails, hence looser bounds)
        assertThat(new Mean().evaluate(draws)).isCloseTo(m.mean(), within(4 * m.standardDeviation() / 1000));
        assertThat(new Variance().evaluate(draws)).isCloseTo(m.variance(), within(0.01 * m.variance()));
        assertThat(new Skewness().evaluate(draws)).isCloseTo(m.skewness(), within(0.05));
        assertThat(new Kurtosis().evaluate(draws)).isCloseTo(m.excessKurtosis(), within(0.25));
        // and the distribution function at 0 within 4 binomial standard errors (sqrt(0.25 / n) = 5e-4)
        assertThat(belowZero / (double) n).isCloseTo(m.cumulativeProbability(0.0), within(2e-3));
    }

    @Test
    void shouldAddNoiseVarianceToEachComponent() {
        TwoNormalMixture m = new TwoNormalMixture(0.8, -0.005, 0.04, 0.03, 0.12);
        TwoNormalMixture noisy = m.withAddedNoise(0.02);

        assertThat(noisy.coreSd()).isCloseTo(Math.sqrt(0.04 * 0.04 + 0.02 * 0.02), within(1e-16));
        assertThat(noisy.tailSd()).isCloseTo(Math.sqrt(0.12 * 0.12 + 0.02 * 0.02), within(1e-16));
        assertThat(noisy.mean()).isEqualTo(m.mean());
        assertThat(noisy.variance()).isCloseTo(m.variance() + 0.0004, within(1e-15));
        assertThat(m.withAddedNoise(0.0)).isEqualTo(m);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0, -0.1, Double.NaN})
    void shouldRejectAWeightOutsideTheOpenUnitInterval(double bad) {
        assertThatThrownBy(() -> new TwoNormalMixture(bad, 0, 1, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("coreWeight is not strictly between 0 and 1: " + bad);
    }

    @Test
    void shouldRejectBadMeansAndSds() {
        assertThatThrownBy(() -> new TwoNormalMixture(0.5, Double.NaN, 1, 0, 1))
                .hasMessage("coreMean is not a finite number: NaN");
        assertThatThrownBy(() -> new TwoNormalMixture(0.5, 0, 0, 0, 1))
                .hasMessage("coreSd is not a finite number > 0: 0.0");
        assertThatThrownBy(() -> new TwoNormalMixture(0.5, 0, 1, Double.POSITIVE_INFINITY, 1))
                .hasMessage("tailMean is not a finite number: Infinity");
        assertThatThrownBy(() -> new TwoNormalMixture(0.5, 0, 1, 0, -2))
                .hasMessage("tailSd is not a finite number > 0: -2.0");
        TwoNormalMixture m = new TwoNormalMixture(0.5, 0, 1, 0, 1);
        assertThatThrownBy(() -> m.withAddedNoise(-0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("noiseSd is not a finite number >= 0: -0.1");
    }
}
