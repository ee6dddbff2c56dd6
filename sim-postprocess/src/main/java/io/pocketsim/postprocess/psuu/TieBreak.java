package io.pocketsim.postprocess.psuu;

import java.util.Locale;

/**
 * How PSuU chooses among the constellations that share the top score. Whatever the rule, the tie is reported
 * ({@link PsuuScores#tied()}).
 */
public enum TieBreak {
    /** Ours, the default: the highest sum of soft scores, then the lowest index (deterministic). */
    SOFT,
    /**
     * The highest mean margin by which the constellation clears or misses each threshold
     * ({@link Inequality.Outcome#margin()}), then the lowest index: uses how far each test passed or failed, which the
     * pass/fail score throws away.
     */
    MARGIN,
    /** The original's rule: uniformly at random among the tied constellations, drawn from a seeded generator. */
    RANDOM;

    /** The option value: {@code soft}, {@code margin} or {@code random}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
