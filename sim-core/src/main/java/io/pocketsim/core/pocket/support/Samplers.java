package io.pocketsim.core.pocket.support;

import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** The samplers of one run, bound to the run's generator (created once per run, reused every day). */
public final class Samplers {
    /** Mean of the normal draw of new servicers' and applications' personal holdings, uPOKT. */
    public static final double HOLDINGS_MEAN = 30937797160586.477;
    /** Standard deviation of that draw, uPOKT. */
    public static final double HOLDINGS_SD = 25104455260369.2;
    /** Floor of that draw ({@code 30000000000000 * 0.05}), uPOKT. */
    public static final double HOLDINGS_FLOOR = 30000000000000.0 * 0.05;

    private final UniformRandomProvider rng;
    private final ContinuousSampler gamma;
    private final ContinuousSampler normal;

    /**
     * Samplers drawing from {@code rng}, with {@code relaysPerSession} as the relay-count draw of a session.
     *
     * @see #forRun
     */
    public Samplers(UniformRandomProvider rng, ContinuousSampler relaysPerSession) {
        this.rng = rng;
        this.gamma = relaysPerSession;
        this.normal = ZigguratSampler.NormalizedGaussian.of(rng);
    }

    /** The run's samplers: relays per session drawn from the Gamma of the run's parameters. */
    public static Samplers forRun(UniformRandomProvider rng, PocketRunParameters p) {
        return new Samplers(rng, AhrensDieterMarsagliaTsangGammaSampler.of(rng,
                p.relaysPerSessionGammaDistributionShape(), p.relaysPerSessionGammaDistributionScale()));
    }

    /** The run's generator these samplers draw from. */
    public UniformRandomProvider rng() {
        return rng;
    }

    /** A uniform in [0, 1), as Python's {@code random.random()}. */
    public double uniform() {
        return rng.nextDouble();
    }

    /** Python's {@code random.choice} index: uniform in [0, n). */
    public int index(int n) {
        return rng.nextInt(n);
    }

    /**
     * Python's {@code random.sample} as a partial Fisher-Yates shuffle in place: draws {@code index(n - j)} for
     * {@code j = 0..k-1}, after which {@code a[0, k)} is a uniform sample without replacement of {@code a[0, n)}.
     */
    public <T> void sampleInPlace(T[] a, int n, int k) {
        for (int j = 0; j < k; j++) {
            int pick = j + index(n - j);
            T tmp = a[j];
            a[j] = a[pick];
            a[pick] = tmp;
        }
    }

    /** {@link #sampleInPlace(Object[], int, int)} on ints: the same draws, the same permutation. */
    public void sampleInPlace(int[] a, int n, int k) {
        for (int j = 0; j < k; j++) {
            int pick = j + index(n - j);
            int tmp = a[j];
            a[j] = a[pick];
            a[pick] = tmp;
        }
    }

    /** numpy's {@code gamma(shape, scale)} with the run's relay-count parameters. */
    public double gamma() {
        return gamma.sample();
    }

    /** A standard normal draw. */
    public double standardNormal() {
        return normal.sample();
    }

    /** {@code max(N(30937797160586.477, 25104455260369.2), 1.5e12)}: a new actor's personal holdings. */
    public double personalHoldings() {
        return Math.max(HOLDINGS_MEAN + HOLDINGS_SD * normal.sample(), HOLDINGS_FLOOR);
    }

    /** numpy's {@code poisson(mean)}; 0 for a mean of 0. */
    public int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        return PoissonSampler.of(rng, mean).sample();
    }
}
