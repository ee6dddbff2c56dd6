package io.pocketsim.experiments.data;

import io.pocketsim.core.pocket.oracle.DailyReturnModel;
import io.pocketsim.core.pocket.oracle.KdeReturnSource;
import io.pocketsim.core.pocket.oracle.ParametricReturnSource;
import io.pocketsim.core.pocket.oracle.TwoNormalMixture;
import io.pocketsim.core.random.RunIdentity;
import io.pocketsim.core.random.SeedDerivation;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Computes the goodness-of-fit figures of docs/price-model.md: one-day return distributions (the historical
 * sample, the kernel density and the parametric model) compared by moments, quantiles and Kolmogorov-Smirnov
 * distances, and simulated price paths. Distribution figures are exact (closed forms and root finding); path
 * figures come from a fixed-seed simulation.
 */
final class PriceModelReport {
    /** The original model's default bandwidth factor. */
    static final double DEFAULT_FACTOR = 0.30745369958511376;
    static final double[] QUANTILES = {0.01, 0.05, 0.50, 0.95, 0.99};
    /** Thresholds x of the tail probabilities P(r < x) for negative x and P(r > x) for positive x. */
    static final double[] TAILS = {-0.15, 0.2, 0.3};
    static final int PATHS = 20_000;
    static final int DAYS = 365;
    static final int[] REPORT_DAYS = {90, 365};
    static final double START_PRICE_USD = 0.06;
    static final long ROOT_SEED = 20231117L;

    /** Moments, quantiles and KS distances of one one-day return distribution. */
    record ReturnFigures(String name, double mean, double sd, double skewness, double excessKurtosis,
                         double[] quantiles, double[] tails, double ksToData, double ksPValue, double ksToKde) {
    }

    /** Price distribution after some days: p5, p50, p95, mean and the mean's standard error. */
    record PathFigures(String model, int day, double p5, double p50, double p95, double mean, double meanError) {
    }

    /** Everything the document reports. */
    record Report(int sampleSize, ReturnFigures data, ReturnFigures kde, ReturnFigures mixture,
                  ReturnFigures parametric, Map<String, PathFigures> paths) {
    }

    private final double[] returns;
    private final KdeReturnSource kde;
    private final ParametricReturnSource parametric;

    PriceModelReport(Path priceFile) {
        this.returns = PriceHistoryReader.read(priceFile).returns();
        this.kde = KdeReturnSource.of(returns, priceFile.getFileName().toString());
        this.parametric = ParametricReturnSource.pokt();
    }

    Report compute() {
        double sigmaK = kde.kernelStandardDeviation(DEFAULT_FACTOR);
        DoubleUnaryOperator kdeCdf = x -> {
            double sum = 0;
            for (double r : returns) {
                sum += normalCdf((x - r) / sigmaK);
            }
            return sum / returns.length;
        };
        TwoNormalMixture withNoise = parametric.distribution(DEFAULT_FACTOR);
        TwoNormalMixture mixture = parametric.mixture();

        ReturnFigures data = dataFigures();
        ReturnFigures kdeFigures = kdeFigures(sigmaK, kdeCdf);
        ReturnFigures mixtureFigures = mixtureFigures("parametric, mixture only (f = 0)", mixture, kdeCdf);
        ReturnFigures parametricFigures = mixtureFigures("parametric + kernel noise (default f)", withNoise, kdeCdf);

        Map<String, PathFigures> paths = new LinkedHashMap<>();
        simulate("kde", 1, kde.forBandwidth(DEFAULT_FACTOR), paths);
        simulate("parametric", 2, parametric.forBandwidth(DEFAULT_FACTOR), paths);
        return new Report(returns.length, data, kdeFigures, mixtureFigures, parametricFigures, paths);
    }

    private ReturnFigures dataFigures() {
        // Moments of the empirical distribution (ddof = 0), so they compare with those of the fitted models.
        double mean = StatUtils.mean(returns);
        double m2 = centralMoment(returns, mean, 2);
        double[] q = new double[QUANTILES.length];
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        for (int i = 0; i < q.length; i++) {
            q[i] = percentile.evaluate(returns, QUANTILES[i] * 100);
        }
        return new ReturnFigures("historical sample (364)", mean, Math.sqrt(m2),
                centralMoment(returns, mean, 3) / Math.pow(m2, 1.5),
                centralMoment(returns, mean, 4) / (m2 * m2) - 3, q, tails(this::empiricalCdf), 0, 1, Double.NaN);
    }

    private ReturnFigures kdeFigures(double sigmaK, DoubleUnaryOperator kdeCdf) {
        // Adding independent N(0, s^2) noise: the third central moment is unchanged and the fourth gains
        // 6 m2 s^2 + 3 s^4.
        double mean = StatUtils.mean(returns);
        double m2 = centralMoment(returns, mean, 2);
        double s2 = sigmaK * sigmaK;
        double variance = m2 + s2;
        double m4 = centralMoment(returns, mean, 4) + 6 * m2 * s2 + 3 * s2 * s2;
        double ks = ksToData(kdeCdf);
        return new ReturnFigures("kde (default f)", mean, Math.sqrt(variance),
                centralMoment(returns, mean, 3) / Math.pow(variance, 1.5), m4 / (variance * variance) - 3,
                quantiles(kdeCdf), tails(kdeCdf), ks, pValue(ks), 0);
    }

    private ReturnFigures mixtureFigures(String name, TwoNormalMixture m, DoubleUnaryOperator kdeCdf) {
        DoubleUnaryOperator cdf = m::cumulativeProbability;
        double ks = ksToData(cdf);
        return new ReturnFigures(name, m.mean(), m.standardDeviation(), m.skewness(), m.excessKurtosis(),
                quantiles(cdf), tails(cdf), ks, pValue(ks), ksBetween(cdf, kdeCdf));
    }

    private double empiricalCdf(double x) {
        return Arrays.stream(returns).filter(r -> r <= x).count() / (double) returns.length;
    }

    private static double[] tails(DoubleUnaryOperator cdf) {
        double[] t = new double[TAILS.length];
        for (int i = 0; i < t.length; i++) {
            double f = cdf.applyAsDouble(TAILS[i]);
            t[i] = TAILS[i] < 0 ? f : 1 - f;
        }
        return t;
    }

    /** sup |F(x) - F_n(x)| over the sample's steps. */
    private double ksToData(DoubleUnaryOperator cdf) {
        double[] sorted = returns.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double d = 0;
        for (int i = 0; i < n; i++) {
            double f = cdf.applyAsDouble(sorted[i]);
            d = Math.max(d, Math.max((i + 1.0) / n - f, f - (double) i / n));
        }
        return d;
    }

    /** The probability that a sample of this size from the model lies at least this far from it. */
    private double pValue(double ksDistance) {
        return 1 - new KolmogorovSmirnovTest().cdf(ksDistance, returns.length);
    }

    /**
     * sup |F(x) - G(x)| of two continuous distribution functions: a grid of step 1e-4 over [-0.6, 0.8], then a
     * grid of step 1e-7 around the largest difference found.
     */
    private static double ksBetween(DoubleUnaryOperator f, DoubleUnaryOperator g) {
        DoubleUnaryOperator diff = x -> Math.abs(f.applyAsDouble(x) - g.applyAsDouble(x));
        double best = -0.6;
        for (int i = 0; i <= 14_000; i++) {
            double x = -0.6 + i * 1e-4;
            if (diff.applyAsDouble(x) > diff.applyAsDouble(best)) {
                best = x;
            }
        }
        double d = 0;
        for (int i = -1000; i <= 1000; i++) {
            d = Math.max(d, diff.applyAsDouble(best + i * 1e-7));
        }
        return d;
    }

    private static double[] quantiles(DoubleUnaryOperator cdf) {
        BrentSolver solver = new BrentSolver(1e-12);
        double[] q = new double[QUANTILES.length];
        for (int i = 0; i < q.length; i++) {
            double p = QUANTILES[i];
            q[i] = solver.solve(1000, x -> cdf.applyAsDouble(x) - p, -1.0, 2.0);
        }
        return q;
    }

    private void simulate(String model, int pointIndex, DailyReturnModel returnModel, Map<String, PathFigures> out) {
        double[][] prices = new double[REPORT_DAYS.length][PATHS];
        for (int path = 0; path < PATHS; path++) {
            UniformRandomProvider rng =
                    SeedDerivation.generator(ROOT_SEED, new RunIdentity("price-model-report", pointIndex, path + 1));
            double price = START_PRICE_USD;
            int next = 0;
            for (int day = 1; day <= DAYS; day++) {
                price *= 1 + returnModel.nextReturn(rng);
                if (next < REPORT_DAYS.length && day == REPORT_DAYS[next]) {
                    prices[next++][path] = price;
                }
            }
        }
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        for (int i = 0; i < REPORT_DAYS.length; i++) {
            double[] p = prices[i];
            out.put(model + "@" + REPORT_DAYS[i], new PathFigures(model, REPORT_DAYS[i], percentile.evaluate(p, 5),
                    percentile.evaluate(p, 50), percentile.evaluate(p, 95), new Mean().evaluate(p),
                    new StandardDeviation().evaluate(p) / Math.sqrt(p.length)));
        }
    }

    private static double centralMoment(double[] x, double mean, int order) {
        double sum = 0;
        for (double v : x) {
            sum += Math.pow(v - mean, order);
        }
        return sum / x.length;
    }

    private static double normalCdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2.0));
    }

    /** The report as Markdown tables. */
    static String markdown(Report r) {
        StringBuilder sb = new StringBuilder();
        ReturnFigures[] columns = {r.data(), r.kde(), r.mixture(), r.parametric()};
        sb.append("| one-day return |");
        for (ReturnFigures c : columns) {
            sb.append(' ').append(c.name()).append(" |");
        }
        sb.append("\n|---|---|---|---|---|\n");
        row(sb, "mean", columns, c -> fmt("%.5f", c.mean()));
        row(sb, "sd", columns, c -> fmt("%.5f", c.sd()));
        row(sb, "skewness", columns, c -> fmt("%.3f", c.skewness()));
        row(sb, "excess kurtosis", columns, c -> fmt("%.3f", c.excessKurtosis()));
        for (int i = 0; i < QUANTILES.length; i++) {
            int k = i;
            row(sb, fmt("%.0f %% quantile", QUANTILES[i] * 100), columns, c -> fmt("%.4f", c.quantiles()[k]));
        }
        for (int i = 0; i < TAILS.length; i++) {
            int k = i;
            String label = TAILS[i] < 0 ? fmt("P(r < %.2f)", TAILS[i]) : fmt("P(r > %.2f)", TAILS[i]);
            row(sb, label, columns, c -> fmt("%.4f", c.tails()[k]));
        }
        row(sb, "KS distance to the sample", columns, c -> c == r.data() ? "-" : fmt("%.4f", c.ksToData()));
        row(sb, "KS p-value (n = " + r.sampleSize() + ")", columns,
                c -> c == r.data() ? "-" : fmt("%.3f", c.ksPValue()));
        row(sb, "KS distance to the kde", columns,
                c -> c == r.data() || c == r.kde() ? "-" : fmt("%.4f", c.ksToKde()));
        sb.append("\n| model | day | p5 (USD) | p50 (USD) | p95 (USD) | mean (USD) | mean's std. error |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (PathFigures p : r.paths().values()) {
            sb.append(fmt("| %s | %d | %.4f | %.4f | %.4f | %.4f | %.4f |%n", p.model(), p.day(), p.p5(), p.p50(),
                    p.p95(), p.mean(), p.meanError()));
        }
        return sb.toString();
    }

    private interface Cell {
        String of(ReturnFigures c);
    }

    private static void row(StringBuilder sb, String label, ReturnFigures[] columns, Cell cell) {
        sb.append("| ").append(label).append(" |");
        for (ReturnFigures c : columns) {
            sb.append(' ').append(cell.of(c)).append(" |");
        }
        sb.append('\n');
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
