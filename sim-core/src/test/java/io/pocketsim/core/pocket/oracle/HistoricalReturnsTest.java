package io.pocketsim.core.pocket.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HistoricalReturnsTest {

    @Test
    void shouldComputeSimpleReturnsDayOverDay() {
        assertThat(HistoricalReturns.simpleReturns(new double[] {2.0, 3.0, 1.5, 1.5}))
                .containsExactly(0.5, -0.5, 0.0);
    }

    @Test
    void shouldCompoundReturnsFromAStartPrice() {
        assertThat(HistoricalReturns.compound(2.0, new double[] {0.5, -0.5, 0.0}))
                .containsExactly(2.0, 3.0, 1.5, 1.5);
    }

    @Test
    void shouldReconstructGeneratedPositivePriceSeriesFromTheirReturns() {
        qt().withExamples(500)
                .forAll(lists().of(doubles().between(1e-4, 1e4)).ofSizeBetween(2, 400))
                .checkAssert(prices -> {
                    double[] p = prices.stream().mapToDouble(Double::doubleValue).toArray();
                    double[] r = HistoricalReturns.simpleReturns(p);
                    double[] back = HistoricalReturns.compound(p[0], r);

                    assertThat(r).hasSize(p.length - 1);
                    // A priori rounding bound: dividing, subtracting 1, adding 1 back and multiplying cost a few
                    // units of 2^-52 relative to the ratio q = p[t]/p[t-1], and 1 + r loses digits when q is
                    // small, so step t adds at most 2^-52 * (2 + 1/q) to the relative error.
                    double bound = 0;
                    for (int t = 0; t < p.length; t++) {
                        if (t > 0) {
                            bound += Math.ulp(1.0) * (2 + p[t - 1] / p[t]);
                        }
                        assertThat(back[t]).isCloseTo(p[t], within(p[t] * bound));
                    }
                });
    }

    @Test
    void shouldRejectFewerThanTwoPrices() {
        assertThatThrownBy(() -> HistoricalReturns.simpleReturns(new double[] {1.0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pricesByDate has fewer than 2 prices (one return needs two days): 1");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.06, Double.NaN, Double.POSITIVE_INFINITY})
    void shouldRejectAPriceThatIsNotFiniteAndPositiveNamingItsIndex(double bad) {
        assertThatThrownBy(() -> HistoricalReturns.simpleReturns(new double[] {0.06, 0.07, bad, 0.05}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("price[2] is not a finite price > 0: " + bad);
    }

    @Test
    void shouldRejectABadStartPriceOrReturnWhenCompounding() {
        assertThatThrownBy(() -> HistoricalReturns.compound(0.0, new double[] {0.1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("startPrice is not a finite price > 0: 0.0");
        assertThatThrownBy(() -> HistoricalReturns.compound(1.0, new double[] {0.1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("return[1] is not a finite number: NaN");
    }

    @Test
    void shouldReturnOnlyTheStartPriceForNoReturns() {
        assertThat(HistoricalReturns.compound(0.06, new double[0])).containsExactly(0.06);
    }
}
