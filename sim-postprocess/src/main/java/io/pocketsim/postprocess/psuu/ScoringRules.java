package io.pocketsim.postprocess.psuu;

import java.util.Objects;

/**
 * The rules of one scoring: which scoring ({@link Scoring}), how a tie at the top score is broken ({@link TieBreak})
 * and the seed of a random tie-break.
 *
 * @param scoring  ours or the original's
 * @param tieBreak the tie-break
 * @param seed     the seed of {@link TieBreak#RANDOM} (see {@link StudySeeds}); unused by the other rules
 */
public record ScoringRules(Scoring scoring, TieBreak tieBreak, long seed) {
    /** Our defaults: our scoring, soft-total tie-break. */
    public static final ScoringRules DEFAULT = new ScoringRules(Scoring.OURS, TieBreak.SOFT, 0L);

    public ScoringRules {
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(tieBreak, "tieBreak");
    }

    /** The original's rules: its scoring and its random tie-break, drawn from {@code seed}. */
    public static ScoringRules original(long seed) {
        return new ScoringRules(Scoring.ORIGINAL, TieBreak.RANDOM, seed);
    }

    /** A copy with another seed (each bootstrap resample draws its own random tie-break). */
    public ScoringRules withSeed(long newSeed) {
        return new ScoringRules(scoring, tieBreak, newSeed);
    }
}
