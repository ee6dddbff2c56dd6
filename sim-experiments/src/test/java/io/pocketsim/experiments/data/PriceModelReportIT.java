package io.pocketsim.experiments.data;

import io.pocketsim.testsupport.External;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Prints the figures of docs/price-model.md and checks the claims the document makes about them. */
class PriceModelReportIT {
    private static final Path PRICE_FILE = Path.of(System.getProperty("pocketsim.root", "."))
            .resolve("../shared/data/pokt-historical-price.csv").normalize();

    @Test
    void shouldShowTheParametricModelFitsTheSampleAndTracksTheKdesPricePaths() {
        External.require(Files.exists(PRICE_FILE), "../shared/data/pokt-historical-price.csv");

        PriceModelReport.Report report = new PriceModelReport(PRICE_FILE).compute();
        System.out.println(PriceModelReport.markdown(report));

        // The parametric model has the kde's mean and variance at the default factor (exact figures).
        assertThat(report.parametric().mean()).isCloseTo(report.kde().mean(), within(1e-9));
        assertThat(report.parametric().sd()).isCloseTo(report.kde().sd(), within(1e-8));
        // Right skew: positive skewness and a longer right tail than left around the median.
        assertThat(report.mixture().skewness()).isPositive();
        double[] q = report.mixture().quantiles();
        assertThat(q[4] - q[2]).isGreaterThan(q[2] - q[0]);
        // A Kolmogorov-Smirnov test at 5 % does not reject either model for the sample (the p-value is
        // optimistic since the parameters were fitted to the same sample).
        assertThat(report.mixture().ksPValue()).isGreaterThan(0.05);
        assertThat(report.parametric().ksPValue()).isGreaterThan(0.05);
        // Price paths track the kde's. Monte Carlo errors with 20,000 paths are about 1-2 % for p50 and the mean
        // and 2-3 % for p5 and p95 (log scale), so the bounds allow real differences of a few percent in the
        // centre, about 5 % in the upper tail and about 15 % in the lower tail, where the mixture's heavier left
        // tail (1 % quantile -0.17 against -0.15) shows after a year.
        for (int day : PriceModelReport.REPORT_DAYS) {
            PriceModelReport.PathFigures k = report.paths().get("kde@" + day);
            PriceModelReport.PathFigures p = report.paths().get("parametric@" + day);
            assertThat(p.p50()).isCloseTo(k.p50(), within(0.075 * k.p50()));
            assertThat(p.mean()).isCloseTo(k.mean(), within(0.075 * k.mean()));
            assertThat(p.p95()).isCloseTo(k.p95(), within(0.10 * k.p95()));
            assertThat(p.p5()).isCloseTo(k.p5(), within(0.20 * k.p5()));
        }
    }
}
