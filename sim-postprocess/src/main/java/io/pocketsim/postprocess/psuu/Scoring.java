package io.pocketsim.postprocess.psuu;

import java.util.Locale;

/**
 * Which rules PSuU scores with: ours (the defaults, docs/adaptive-grid.md) or the original's, for an analyst checking
 * our results against the original study.
 */
public enum Scoring {
    /** Ours: soft scores of backed-off inequalities count as fractions, 1 − p for negated tests, bounds of 0 count. */
    OURS,
    /**
     * The original's rules (docs/adaptive-grid.md, differences 1–4 and 6): the score is the number of inequalities
     * passed (its {@code astype(int)} made the back-off a no-op), the soft score of a negated test is {@code not p}
     * (1 only if p = 0), a bound of exactly 0 is ignored, thresholds take their {@code original} values (jailing
     * c1 = 1e6), and a tie at the top score is broken uniformly at random (drawn from our seed).
     */
    ORIGINAL;

    /** The option value: {@code ours} or {@code original}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
