package io.pocketsim.postprocess.batch;

import java.util.List;

/**
 * The stored points of one grid were made from different inputs (days, runs, seed, price model, software version,
 * ...): stacking or scoring them together would compare results of different runs. A command reports it as bad
 * input.
 */
public final class MixedInputsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String first;
    private final String other;
    private final List<String> differences;

    /**
     * @param grid        the grid (or list) being read
     * @param first       the first point, the reference
     * @param other       the first point that differs from it
     * @param differences how they differ, e.g. {@code "days (365 vs 5)"}
     * @param differing   how many points differ from the first
     */
    public MixedInputsException(String grid, String first, String other, List<String> differences, int differing) {
        super(grid + ": the stored points were made from different inputs: " + first + " and " + other + " differ in "
                + String.join(", ", differences) + (differing > 1 ? " (" + differing + " points differ from " + first
                + ")" : "") + "; re-run the differing points with the others' inputs (pocketsim run -e " + grid
                + " --overwrite with the same --runs, --days, --seed, --price-history and --correction) or read "
                + "another store");
        this.first = first;
        this.other = other;
        this.differences = List.copyOf(differences);
    }

    /** The reference point. */
    public String first() {
        return first;
    }

    /** The first point that differs from it. */
    public String other() {
        return other;
    }

    /** How they differ. */
    public List<String> differences() {
        return differences;
    }
}
