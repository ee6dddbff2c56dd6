package io.pocketsim.postprocess.study;

import io.pocketsim.experiments.grid.GridDefinition;
import io.pocketsim.experiments.grid.GridNames;

/**
 * A study's own names: its iteration k is the grid {@code {study}_ag{k}_} (family = the study, scenario = the family it
 * is scored as), so a study's grids never collide with the built-in {@code {family}_ag2_..ag6_} and several studies of
 * one family live side by side in one store.
 */
public final class StudyNames {
    private StudyNames() {
    }

    /** The default study name of a run started from {@code family} with a root seed: {@code {family}-s{seed}}. */
    public static String defaultName(String family, long rootSeed) {
        return family + "-s" + Long.toUnsignedString(rootSeed);
    }

    /**
     * Checks a study name.
     *
     * @throws IllegalArgumentException if it is not a valid grid family name
     */
    public static String check(String study) {
        if (!GridNames.validName(study) || study.matches(".*_ag\\d+_?$")) {
            throw new IllegalArgumentException("study name \"" + study + "\" is not valid; allowed: letters, digits, "
                    + "'_' and '-' (e.g. network_viability-s42), not ending in _ag{k}");
        }
        return study;
    }

    /** The grid of a study's iteration k. */
    public static String gridName(String study, int iteration) {
        return GridNames.gridName(study, iteration);
    }

    /**
     * The grid as iteration {@code iteration} of a study: renamed {@code {study}_ag{k}_}, scored with the grid's
     * scenario (its own, else its family). Unchanged if it already is.
     */
    public static GridDefinition asIteration(GridDefinition grid, String study, int iteration) {
        String name = gridName(study, iteration);
        String scenario = grid.scenarioOrFamily();
        if (name.equals(grid.name()) && study.equals(grid.family()) && scenario.equals(grid.scenario())) {
            return grid;
        }
        return new GridDefinition(name, study, iteration, scenario, grid.description(), grid.model(),
                grid.stateSet(), grid.parameterSet(), grid.runs(), grid.days(), grid.fixed(), grid.protocol(),
                grid.environmental(), grid.derived(), grid.provenance());
    }
}
