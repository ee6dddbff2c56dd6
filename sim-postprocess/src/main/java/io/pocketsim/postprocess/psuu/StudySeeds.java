package io.pocketsim.postprocess.psuu;

import io.pocketsim.core.random.SeedDerivation;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The seeds of PSuU's own randomness (the bootstrap and a random tie-break), derived from the study's root seed, the
 * scored grid and a purpose only, like the runs' seeds ({@link SeedDerivation}): the first 8 bytes (big-endian) of
 * SHA-256 over {@code "pocketsim-psuu-v1|" + rootSeed + "|" + grid + "|" + purpose}; the generator is
 * {@link #ALGORITHM} seeded through SplitMix64.
 */
public final class StudySeeds {
    /** The generator algorithm. */
    public static final RandomSource ALGORITHM = SeedDerivation.ALGORITHM;
    private static final String VERSION = "pocketsim-psuu-v1";

    private StudySeeds() {
    }

    /** The 64-bit seed for one purpose (e.g. {@code "bootstrap"}, {@code "tie-break"}) of one scored grid. */
    public static long seed(long rootSeed, String grid, String purpose) {
        String key = VERSION + "|" + rootSeed + "|" + grid + "|" + purpose;
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(d, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** A generator of {@link #ALGORITHM} from a 64-bit seed. */
    public static UniformRandomProvider generator(long seed) {
        return SeedDerivation.fromRunSeed(seed);
    }
}
