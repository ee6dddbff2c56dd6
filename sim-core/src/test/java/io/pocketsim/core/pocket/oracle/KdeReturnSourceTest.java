package io.pocketsim.core.pocket.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KdeReturnSourceTest {
    // Sample mean 0.04; squared deviations 0.0196 + 0.0004 + 0.0256 = 0.0456, so the sample variance (ddof 1) is
    // 0.0228 and the population variance 0.0152.
    private static final double[] THREE_POINTS = {-0.1, 0.02, 0.2};
    private static final double SAMPLE_VARIANCE = 0.0228;
    private static final double POPULATION_VARIANCE = 0.0152;

    @Nested
    @DisplayName("kernel scale")
    class KernelScale {
        @Test
        void shouldUseTheSampleStandardDeviationWithOneDegreeOfFreedomRemoved() {
            KdeReturnSource kde = KdeReturnSource.of(THREE_POINTS);

            assertThat(kde.sampleStandardDeviation()).isCloseTo(Math.sqrt(SAMPLE_VARIANCE), within(1e-15));
            assertThat(kde.kernelStandardDeviation(0.5)).isCloseTo(0.5 * Math.sqrt(SAMPLE_VARIANCE), within(1e-15));
        }

        @Test
        void shouldDrawTheNormalBeforeTheIndexAsScipyDoes() {
            // Given two generators in the same state
            UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(11L);
            UniformRandomProvider replay = RandomSource.L64_X128_MIX.create(11L);
            KdeReturnSource kde = KdeReturnSource.of(THREE_POINTS);
            DailyReturnModel model = kde.forBandwidth(0.3);

            for (int i = 0; i < 100; i++) {
                // When one draws from the model and the other replays "normal, then index"
                double drawn = model.nextReturn(rng);
                double z = ZigguratSampler.NormalizedGaussian.of(replay).sample();
                int j = replay.nextInt(THREE_POINTS.length);

                // Then both give the same value
                assertThat(drawn).isEqualTo(THREE_POINTS[j] + kde.kernelStandardDeviation(0.3) * z);
            }
        }
    }

    @Nested
    @DisplayName("draws from a three-point sample")
    class Draws {
        private static final int N = 400_000;

        @Test
        void shouldHaveTheSampleMeanAndThePopulationVariancePlusTheKernelVariance() {
            double f = 0.5;
            DailyReturnModel model = KdeReturnSource.of(THREE_POINTS).forBandwidth(f);
            UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(20240101L);

            SummaryStatistics stats = new SummaryStatistics();
            for (int i = 0; i < N; i++) {
                stats.addValue(model.nextReturn(rng));
            }

            double expectedVariance = POPULATION_VARIANCE + f * f * SAMPLE_VARIANCE; // 0.0209
            // Standard error of the mean: sqrt(0.0209 / 400000) = 2.3e-4; tolerance 4 standard errors.
            assertThat(stats.getMean()).isCloseTo(0.04, within(9e-4));
            // The variance's relative standard error is about sqrt((kurtosis - 1) / N) < 0.3 %; tolerance 1.5 %.
            assertThat(stats.getVariance()).isCloseTo(expectedVariance, within(0.015 * expectedVariance));
        }

        @Test
        void shouldPickEachSampleValueEquallyOften() {
            // A tiny bandwidth leaves every draw next to the value it picked.
            DailyReturnModel model = KdeReturnSource.of(THREE_POINTS).forBandwidth(1e-6);
            UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(7L);

            long[] counts = new long[THREE_POINTS.length];
            for (int i = 0; i < 300_000; i++) {
                counts[nearest(model.nextReturn(rng))]++;
            }

            double[] uniform = {1.0 / 3, 1.0 / 3, 1.0 / 3};
            assertThat(new ChiSquareTest().chiSquareTest(uniform, counts)).isGreaterThan(0.001);
            // Each count is Binomial(300000, 1/3): standard deviation 258, so +-1000 is about 4 of them.
            for (long count : counts) {
                assertThat(count).isBetween(99_000L, 101_000L);
            }
        }

        private int nearest(double draw) {
            int best = 0;
            for (int i = 1; i < THREE_POINTS.length; i++) {
                if (Math.abs(draw - THREE_POINTS[i]) < Math.abs(draw - THREE_POINTS[best])) {
                    best = i;
                }
            }
            assertThat(Math.abs(draw - THREE_POINTS[best])).isLessThan(1e-5);
            return best;
        }

        @Test
        void shouldRepeatItsDrawsForTheSameSeed() {
            DailyReturnModel model = KdeReturnSource.of(THREE_POINTS).forBandwidth(0.3);
            UniformRandomProvider a = RandomSource.L64_X128_MIX.create(99L);
            UniformRandomProvider b = RandomSource.L64_X128_MIX.create(99L);
            for (int i = 0; i < 1000; i++) {
                assertThat(model.nextReturn(a)).isEqualTo(model.nextReturn(b));
            }
        }
    }

    @Nested
    @DisplayName("description and copies")
    class Description {
        @Test
        void shouldDescribeTheSampleSizeAndOrigin() {
            assertThat(KdeReturnSource.of(THREE_POINTS).description()).isEqualTo("kde(3 returns)");
            assertThat(KdeReturnSource.of(THREE_POINTS, "prices.csv").description())
                    .isEqualTo("kde(3 returns from prices.csv)");
        }

        @Test
        void shouldNotShareItsArrays() {
            double[] given = THREE_POINTS.clone();
            KdeReturnSource kde = KdeReturnSource.of(given);
            given[0] = 5;
            kde.returns()[1] = 5;

            assertThat(kde.returns()).containsExactly(THREE_POINTS);
            assertThat(kde.size()).isEqualTo(3);
        }
    }

    @Nested
    @DisplayName("bad input")
    class BadInput {
        @Test
        void shouldRejectFewerThanTwoReturns() {
            assertThatThrownBy(() -> KdeReturnSource.of(new double[] {0.01}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("returns has fewer than 2 values (a kernel density needs a sample spread): 1");
        }

        @ParameterizedTest
        @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1.0, -1.5})
        void shouldRejectAReturnThatIsNotFiniteAndAboveMinusOne(double bad) {
            assertThatThrownBy(() -> KdeReturnSource.of(new double[] {0.01, 0.02, bad}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("return[2] is not a finite number > -1 (a daily simple return of a positive price): "
                            + bad);
        }

        @Test
        void shouldRejectReturnsWithoutSpread() {
            assertThatThrownBy(() -> KdeReturnSource.of(new double[] {0.01, 0.01, 0.01}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("returns have no spread (all 3 are equal to 0.01)");
        }

        @Test
        void shouldRejectABlankOrigin() {
            assertThatThrownBy(() -> KdeReturnSource.of(THREE_POINTS, " "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("origin is blank: ' '");
        }

        @ParameterizedTest
        @ValueSource(doubles = {0.0, -0.3, Double.NaN, Double.POSITIVE_INFINITY})
        void shouldRejectABandwidthFactorThatIsNotFiniteAndPositive(double bad) {
            KdeReturnSource kde = KdeReturnSource.of(THREE_POINTS);
            assertThatThrownBy(() -> kde.forBandwidth(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("bandwidthFactor is not a finite number > 0: " + bad);
        }
    }
}
