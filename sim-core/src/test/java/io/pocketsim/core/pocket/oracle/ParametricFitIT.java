package io.pocketsim.core.pocket.oracle;

import io.pocketsim.testsupport.External;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.Test;

class ParametricFitIT {

    @Test
    void shouldMatchTheCommittedFiguresWhenRefittedToTheSharedPriceHistory() {
        External.requireShared("data/" + SharedPriceData.PRICE_FILE);
        double[] returns = SharedPriceData.historicalReturns();

        TwoNormalMixtureFit.Result refit = TwoNormalMixtureFit.maximumLikelihood(returns);
        System.out.println("refit: " + refit);

        // Tolerance 1e-6 relative: the optimiser stops at a trust radius of 1e-12 (scaled units) and reproduces
        // the figures to about 1e-9; the slack covers last-bit differences of Math.log across JVMs.
        TwoNormalMixture committed = ParametricReturnSource.POKT_MIXTURE;
        TwoNormalMixture m = refit.mixture();
        assertThat(refit.sampleSize()).isEqualTo(364);
        assertThat(m.coreWeight()).isCloseTo(committed.coreWeight(), within(1e-6 * committed.coreWeight()));
        assertThat(m.coreMean()).isCloseTo(committed.coreMean(), within(1e-6 * Math.abs(committed.coreMean())));
        assertThat(m.coreSd()).isCloseTo(committed.coreSd(), within(1e-6 * committed.coreSd()));
        assertThat(m.tailMean()).isCloseTo(committed.tailMean(), within(1e-6 * Math.abs(committed.tailMean())));
        assertThat(m.tailSd()).isCloseTo(committed.tailSd(), within(1e-6 * committed.tailSd()));
        assertThat(refit.logLikelihood()).isCloseTo(524.0111583, within(1e-6));
        assertThat(ParametricReturnSource.POKT_SAMPLE_SD)
                .isCloseTo(new StandardDeviation(true).evaluate(returns), within(1e-16));
    }
}
