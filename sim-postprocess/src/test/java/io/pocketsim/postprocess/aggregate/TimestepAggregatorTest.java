package io.pocketsim.postprocess.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.pocketsim.postprocess.result.ExperimentMetadata;
import io.pocketsim.postprocess.store.WriteMode;
import io.pocketsim.postprocess.store.testutils.InMemoryResultStore;
import io.pocketsim.postprocess.store.testutils.ToyRuns;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class TimestepAggregatorTest {

    /** Linear interpolation between order statistics (numpy's default, Hyndman-Fan type 7). */
    static double naivePercentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p / 100.0;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    static DistributionRow naive(int t, String variable, double[] values) {
        double[] v = Arrays.stream(values).filter(d -> !Double.isNaN(d)).sorted().toArray();
        int n = v.length;
        if (n == 0) {
            return new DistributionRow(t, variable, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = Arrays.stream(v).sum() / n;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double std = n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
        return new DistributionRow(t, variable, n, mean, std, naivePercentile(v, 5), naivePercentile(v, 50),
                naivePercentile(v, 95));
    }

    static void assertClose(DistributionRow actual, DistributionRow expected, double tol) {
        assertThat(actual.timestep()).isEqualTo(expected.timestep());
        assertThat(actual.variable()).isEqualTo(expected.variable());
        assertThat(actual.n()).isEqualTo(expected.n());
        double[] a = {actual.mean(), actual.std(), actual.p5(), actual.p50(), actual.p95()};
        double[] e = {expected.mean(), expected.std(), expected.p5(), expected.p50(), expected.p95()};
        for (int i = 0; i < a.length; i++) {
            if (Double.isNaN(e[i])) {
                assertThat(a[i]).as("statistic %d of %s", i, expected).isNaN();
            } else {
                assertThat(a[i]).as("statistic %d of %s", i, expected)
                        .isCloseTo(e[i], within(tol * Math.max(1, Math.abs(e[i]))));
            }
        }
    }

    @Test
    void shouldMatchValuesComputedByHand() {
        TimestepAggregator agg = TimestepAggregator.of(List.of("x"));
        for (double v : new double[] {3, 1, 4, 2}) {
            agg.add(7, new double[] {v});
        }

        DistributionRow row = agg.rows().get(0);

        assertThat(row.timestep()).isEqualTo(7);
        assertThat(row.n()).isEqualTo(4);
        assertThat(row.mean()).isEqualTo(2.5);
        assertThat(row.std()).isCloseTo(Math.sqrt(5.0 / 3.0), within(1e-15));
        assertThat(row.p5()).isCloseTo(1.15, within(1e-12));
        assertThat(row.p50()).isEqualTo(2.5);
        assertThat(row.p95()).isCloseTo(3.85, within(1e-12));
    }

    @Test
    void shouldSkipNaNAndLeaveUndefinedStatisticsEmpty() {
        TimestepAggregator agg = TimestepAggregator.of(List.of("none", "one"));
        agg.add(0, new double[] {Double.NaN, 5});
        agg.add(0, new double[] {Double.NaN, Double.NaN});

        List<DistributionRow> rows = agg.rows();

        assertThat(rows.get(0).n()).isZero();
        assertThat(rows.get(0).mean()).isNaN();
        assertThat(rows.get(1).n()).isEqualTo(1);
        assertThat(rows.get(1).mean()).isEqualTo(5);
        assertThat(rows.get(1).std()).as("ddof = 1 of one value").isNaN();
        assertThat(rows.get(1).p5()).isEqualTo(5);
        assertThat(rows.get(1).p95()).isEqualTo(5);
    }

    @Test
    void shouldMatchANaiveExactComputationOnRandomRuns() {
        // 40 runs x 30 timesteps x 3 variables, about 10 % NaN, seeded
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(12345L);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        int runs = 40;
        int steps = 30;
        double[][][] data = new double[runs][steps][3];
        TimestepAggregator agg = TimestepAggregator.of(List.of("a", "b", "c"));
        for (int r = 0; r < runs; r++) {
            for (int t = 0; t < steps; t++) {
                data[r][t][0] = 1e15 + 1e9 * gauss.sample();
                data[r][t][1] = rng.nextDouble() < 0.1 ? Double.NaN : Math.exp(gauss.sample()) * 1e-8;
                data[r][t][2] = rng.nextInt(20);
                agg.add(t, data[r][t]);
            }
        }

        List<DistributionRow> rows = agg.rows();

        assertThat(rows).hasSize(steps * 3);
        assertThat(agg.isExact()).isTrue();
        int i = 0;
        for (int t = 0; t < steps; t++) {
            for (int v = 0; v < 3; v++) {
                double[] column = new double[runs];
                for (int r = 0; r < runs; r++) {
                    column[r] = data[r][t][v];
                }
                assertClose(rows.get(i++), naive(t, List.of("a", "b", "c").get(v), column), 1e-9);
            }
        }
    }

    @Test
    void shouldStayExactForMeanAndStdAndCloseForPercentilesBeyondTheExactLimit() {
        // 10,000 runs through cells that keep at most 100 values; tolerance in units of the distribution's sd
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(777L);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        int runs = 10_000;
        double[][] values = new double[3][runs];
        TimestepAggregator agg = TimestepAggregator.withExactLimit(List.of("normal", "uniform", "lognormal"), 100);
        for (int r = 0; r < runs; r++) {
            double[] row = {gauss.sample(), rng.nextDouble(), Math.exp(gauss.sample())};
            for (int v = 0; v < 3; v++) {
                values[v][r] = row[v];
            }
            agg.add(0, row);
        }

        List<DistributionRow> rows = agg.rows();

        assertThat(agg.isExact()).isFalse();
        for (int v = 0; v < 3; v++) {
            DistributionRow exact = naive(0, rows.get(v).variable(), values[v]);
            DistributionRow got = rows.get(v);
            assertThat(got.n()).isEqualTo(runs);
            assertThat(got.mean()).isCloseTo(exact.mean(), within(1e-12));
            assertThat(got.std()).isCloseTo(exact.std(), within(1e-12 * exact.std()));
            double sd = exact.std();
            assertThat(got.p5()).isCloseTo(exact.p5(), within(0.05 * sd));
            assertThat(got.p50()).isCloseTo(exact.p50(), within(0.05 * sd));
            assertThat(got.p95()).isCloseTo(exact.p95(), within(0.05 * sd));
        }
    }

    @Test
    void shouldKeepPercentilesExactUpToTheLimit() {
        TimestepAggregator agg = TimestepAggregator.withExactLimit(List.of("x"), 5);
        for (int i = 1; i <= 5; i++) {
            agg.add(0, new double[] {i * i});
        }
        assertThat(agg.isExact()).isTrue();
        agg.add(0, new double[] {36});
        assertThat(agg.isExact()).isFalse();
        assertThat(agg.rows().get(0).n()).isEqualTo(6);
        assertThat(agg.rows().get(0).mean()).isCloseTo(91.0 / 6, within(1e-12));
    }

    @Test
    void shouldAggregateStoredRunsLikeTheRunsThemselves() {
        InMemoryResultStore store = new InMemoryResultStore();
        ExperimentMetadata md = ToyRuns.metadata("Base", 6, 5);
        ToyRuns.write(store, md, WriteMode.CREATE);
        TimestepAggregator fromRuns = TimestepAggregator.of(List.of("gamma", "beta"));
        ToyRuns.runs(md).forEach(fromRuns);
        TimestepAggregator fromStore = TimestepAggregator.of(List.of("gamma", "beta"));

        fromStore.addStored(store, "Base");

        assertThat(fromStore.rows()).isEqualTo(fromRuns.rows());
        // beta = 1 / (run + t): at t = 2 the runs give 1/3 .. 1/8
        double[] beta2 = {1.0 / 3, 1.0 / 4, 1.0 / 5, 1.0 / 6, 1.0 / 7, 1.0 / 8};
        assertClose(fromRuns.rows().get(2 * 2 + 1), naive(2, "beta", beta2), 1e-15);
        assertThat(fromRuns.rows().get(1).n()).as("beta is NaN at t = 0").isZero();
    }

    @Test
    void shouldRejectVariablesTheRunsDoNotRecord() {
        TimestepAggregator agg = TimestepAggregator.of(List.of("missing"));
        assertThatThrownBy(() -> agg.accept(ToyRuns.run(ToyRuns.metadata("Base", 1, 1), 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
    }

    @Test
    void shouldWriteTheLongFormatThatReadsBack() throws IOException {
        TimestepAggregator agg = TimestepAggregator.of(List.of("x", "y"));
        agg.add(0, new double[] {1, Double.NaN});
        agg.add(0, new double[] {2, Double.NaN});
        agg.add(1, new double[] {0.5, 4});
        StringWriter out = new StringWriter();

        agg.write(out);

        assertThat(out.toString()).isEqualTo("timestep,variable,n,mean,std,p5,p50,p95\r\n"
                + "0,x,2,1.5," + Math.sqrt(0.5) + ",1.05,1.5,1.95\r\n"
                + "0,y,0,,,,,\r\n"
                + "1,x,1,0.5,,0.5,0.5,0.5\r\n"
                + "1,y,1,4,,4,4,4\r\n");
        assertThat(DistributionCsv.read(new StringReader(out.toString()))).isEqualTo(agg.rows());
    }

    @Test
    void shouldRefuseAForeignHeader() {
        assertThatThrownBy(() -> DistributionCsv.read(new StringReader("t,var\r\n1,x\r\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header");
    }

}
