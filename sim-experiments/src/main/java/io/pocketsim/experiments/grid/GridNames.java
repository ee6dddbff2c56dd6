package io.pocketsim.experiments.grid;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of grids, points and adaptive-grid iterations: grid {@code {family}_ag{k}_}, point {@code {grid}{i}}
 * (1-based), PSuU scenario key {@code {family}_ag}.
 */
public final class GridNames {
    /** Characters allowed in experiment, grid and family names (they become file names and storage keys). */
    public static final String NAME_CHARACTERS = "[A-Za-z0-9_-]+";
    private static final Pattern ADAPTIVE = Pattern.compile("(.+)_ag([1-9][0-9]*)_");

    private GridNames() {
    }

    /**
     * An adaptive grid's family and iteration, parsed from its name.
     *
     * @param family    the family, e.g. {@code network_viability}
     * @param iteration the iteration k, 1-based
     */
    public record Adaptive(String family, int iteration) {
        /** This iteration's grid name. */
        public String gridName() {
            return GridNames.gridName(family, iteration);
        }

        /** The next iteration (k + 1), e.g. {@code ag19 -> ag20}. */
        public Adaptive next() {
            return new Adaptive(family, Math.addExact(iteration, 1));
        }
    }

    /** The grid name of iteration {@code k} of a family: {@code {family}_ag{k}_}. */
    public static String gridName(String family, int iteration) {
        if (iteration < 1) {
            throw new IllegalArgumentException("iteration is not strictly positive: " + iteration);
        }
        return family + "_ag" + iteration + "_";
    }

    /** The name of point {@code i} (1-based) of a grid: the grid name followed by {@code i}. */
    public static String pointName(String grid, int index) {
        return grid + index;
    }

    /** The family and iteration of an adaptive grid name, if it has the form {@code {family}_ag{k}_}. */
    public static Optional<Adaptive> parseAdaptive(String gridName) {
        Matcher m = ADAPTIVE.matcher(gridName);
        if (!m.matches() || m.group(2).length() > 9) {
            return Optional.empty();
        }
        return Optional.of(new Adaptive(m.group(1), Integer.parseInt(m.group(2))));
    }

    /**
     * The next iteration's grid name: {@code ag{k}} becomes {@code ag{k+1}} for any k.
     *
     * @throws IllegalArgumentException if the name is not an adaptive grid name
     */
    // The original incremented only the last digit (ag19 -> "ag110"); this parses the whole number.
    public static String next(String gridName) {
        return parseAdaptive(gridName)
                .orElseThrow(() -> new IllegalArgumentException("grid name is not of the form {family}_ag{k}_: "
                        + gridName))
                .next().gridName();
    }

    /** The PSuU scenario key of a family, as the original wrote it: {@code {family}_ag}. */
    public static String scenarioKey(String family) {
        return family + "_ag";
    }

    /** Whether a name uses only the allowed characters. */
    public static boolean validName(String name) {
        return name != null && name.matches(NAME_CHARACTERS);
    }
}
