package io.pocketsim.core.random;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Derives each run's random generator from (root seed, experiment, point index, run index) only.
 *
 * <p>This derivation is a compatibility promise: the same inputs give the same stream in every version that
 * does not announce a change (golden-value tests pin it). Version 1:
 * <ol>
 *   <li>{@code runSeed} = the first 8 bytes (big-endian) of SHA-256 over the UTF-8 bytes of
 *       {@code "pocketsim-seed-v1|" + rootSeed + "|" + experiment + "|" + pointIndex + "|" + runIndex};</li>
 *   <li>the generator is Commons RNG {@link RandomSource#L64_X128_MIX} (the LXM family member
 *       L64X128MixRandom), whose native seed of 4 longs is filled by {@link SplitMix64} seeded with
 *       {@code runSeed}.</li>
 * </ol>
 * Nothing depends on threads, task boundaries or completion order.
 */
public final class SeedDerivation {
    /** The generator algorithm every run uses. */
    public static final RandomSource ALGORITHM = RandomSource.L64_X128_MIX;
    /** Version tag of the derivation, recorded in manifests. */
    public static final String VERSION = "pocketsim-seed-v1";

    private SeedDerivation() {
    }

    /** The 64-bit seed of one run; recorded with every output row so the run can be recomputed. */
    public static long runSeed(long rootSeed, RunIdentity id) {
        String key = VERSION + "|" + rootSeed + "|" + id.experiment() + "|" + id.pointIndex() + "|" + id.runIndex();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** A fresh generator for one run. */
    public static RestorableUniformRandomProvider generator(long rootSeed, RunIdentity id) {
        return fromRunSeed(runSeed(rootSeed, id));
    }

    /** The generator of a run whose 64-bit seed is known (e.g. read back from a result file). */
    public static RestorableUniformRandomProvider fromRunSeed(long runSeed) {
        SplitMix64 expander = new SplitMix64(runSeed);
        long[] nativeSeed = new long[4];
        for (int i = 0; i < nativeSeed.length; i++) {
            nativeSeed[i] = expander.nextLong();
        }
        return ALGORITHM.create(nativeSeed);
    }
}
