package io.pocketsim.core.pocket.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class TwoNormalMixtureFitTest {

    @Test
    void shouldRecoverTheParametersOfAMixtureItWasGivenASampleOf() {
        // Given 20,000 draws from a known mixture
        TwoNormalMixture truth = new TwoNormalMixture(0.75, -0.01, 0.03, 0.04, 0.12);
        UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(42L);
        double[] sample = new double[20_000];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = truth.sample(rng);
        }

        // When fitted
        TwoNormalMixtureFit.Result fit = TwoNormalMixtureFit.maximumLikelihood(sample);
        TwoNormalMixture m = fit.mixture();

        // Then the parameters are recovered within a few standard errors (about 0.01 for the weight,
        // 0.001-0.003 for means and sds at this sample size)
        assertThat(m.coreWeight()).isCloseTo(0.75, within(0.03));
        assertThat(m.coreMean()).isCloseTo(-0.01, within(0.003));
        assertThat(m.coreSd()).isCloseTo(0.03, within(0.003));
        assertThat(m.tailMean()).isCloseTo(0.04, within(0.01));
        assertThat(m.tailSd()).isCloseTo(0.12, within(0.006));
        // and the fit beats the truth on its own sample, as a maximum must
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(TwoNormalMixtureFit.logLikelihood(truth, sample));
    }

    @Test
    void shouldMatchTheSampleMeanAndPopulationVarianceAtTheMaximum() {
        UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(8L);
        TwoNormalMixture truth = new TwoNormalMixture(0.6, 0.0, 1.0, 2.0, 3.0);
        double[] sample = new double[2_000];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = truth.sample(rng);
        }

        TwoNormalMixture m = TwoNormalMixtureFit.maximumLikelihood(sample).mixture();

        // The likelihood equations imply these at a stationary point; a loose optimiser would miss them.
        assertThat(m.mean()).isCloseTo(StatUtils.mean(sample), within(1e-6));
        assertThat(m.variance()).isCloseTo(StatUtils.populationVariance(sample), within(1e-6));
    }
}
