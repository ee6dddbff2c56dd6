package io.pocketsim.core.pocket.oracle;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Fits a {@link TwoNormalMixture} to a sample by maximum likelihood with Commons Math's BOBYQA optimiser
 * (bounded, derivative-free), from a few fixed starting points; deterministic. The committed figures of
 * {@link ParametricReturnSource} come from {@link #main(String[])} run on the shared price history.
 *
 * <p>The optimiser works on coordinates scaled by the sample standard deviation so that all five are of order
 * one: {@code (coreWeight, coreMean/s, coreSd/s, tailMean/s, tailSd/s)}. Standard deviations are bounded below
 * by {@code 0.01 s}, which keeps the fit away from the unbounded likelihood of a component collapsing onto one
 * point. Components are reported with the narrower one as the core.
 */
final class TwoNormalMixtureFit {
    private static final double[] START_WEIGHTS = {0.5, 0.8, 0.95};
    private static final double[][] START_SDS = {{0.5, 2.0}, {0.8, 1.5}};

    /** The fitted mixture and its log-likelihood on the sample. */
    record Result(TwoNormalMixture mixture, double logLikelihood, int sampleSize) {
    }

    private TwoNormalMixtureFit() {
    }

    /** The maximum-likelihood two-component normal mixture of a sample of at least 5 distinct values. */
    static Result maximumLikelihood(double[] sample) {
        double s = new StandardDeviation(true).evaluate(sample);
        double mean = StatUtils.mean(sample) / s;
        double median = StatUtils.percentile(sample, 50) / s;
        double lo = StatUtils.min(sample) / s;
        double hi = StatUtils.max(sample) / s;
        SimpleBounds bounds = new SimpleBounds(
                new double[] {0.01, lo, 0.01, lo, 0.01},
                new double[] {0.99, hi, hi - lo, hi, hi - lo});
        MultivariateFunction objective = p -> logLikelihood(unscale(p, s), sample);
        PointValuePair best = null;
        for (double w : START_WEIGHTS) {
            for (double[] sds : START_SDS) {
                BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * 5 + 1, 0.05, 1e-12);
                PointValuePair found = optimizer.optimize(new MaxEval(200_000), new ObjectiveFunction(objective),
                        GoalType.MAXIMIZE, bounds, new InitialGuess(new double[] {w, median, sds[0], mean, sds[1]}));
                if (best == null || found.getValue() > best.getValue()) {
                    best = found;
                }
            }
        }
        TwoNormalMixture fitted = coreFirst(unscale(best.getPoint(), s));
        return new Result(fitted, logLikelihood(fitted, sample), sample.length);
    }

    /** The log-likelihood of a sample under a mixture. */
    static double logLikelihood(TwoNormalMixture mixture, double[] sample) {
        return Arrays.stream(sample).map(x -> Math.log(mixture.density(x))).sum();
    }

    private static TwoNormalMixture unscale(double[] p, double s) {
        return new TwoNormalMixture(p[0], p[1] * s, p[2] * s, p[3] * s, p[4] * s);
    }

    private static TwoNormalMixture coreFirst(TwoNormalMixture m) {
        return m.coreSd() <= m.tailSd() ? m
                : new TwoNormalMixture(m.tailWeight(), m.tailMean(), m.tailSd(), m.coreMean(), m.coreSd());
    }

    /** Prints the fit of the shared price history's returns, in the form committed to the source. */
    public static void main(String[] args) {
        double[] returns = SharedPriceData.historicalReturns();
        Result fit = maximumLikelihood(returns);
        TwoNormalMixture m = fit.mixture();
        System.out.printf(Locale.ROOT, "n = %d, log-likelihood = %s%n", fit.sampleSize(), fit.logLikelihood());
        System.out.println("new TwoNormalMixture(" + m.coreWeight() + ", " + m.coreMean() + ", " + m.coreSd() + ", "
                + m.tailMean() + ", " + m.tailSd() + ")");
        System.out.println("sample sd (ddof 1) = " + new StandardDeviation(true).evaluate(returns));
        System.out.println("sample mean = " + StatUtils.mean(returns) + ", mixture mean = " + m.mean());
        System.out.println("population sd = " + new StandardDeviation(false).evaluate(returns)
                + ", mixture sd = " + m.standardDeviation());
    }
}
