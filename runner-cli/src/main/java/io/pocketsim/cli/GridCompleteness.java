package io.pocketsim.cli;

import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.postprocess.store.ResultState;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.store.Verification;
import java.util.ArrayList;
import java.util.List;

/**
 * Which points of a grid are complete in a store.
 *
 * @param grid     the grid's name
 * @param complete the complete points' result names, in point order
 * @param missing  the other points' result names (absent, incomplete or corrupt), in point order
 */
record GridCompleteness(String grid, List<String> complete, List<String> missing) {
    GridCompleteness {
        complete = List.copyOf(complete);
        missing = List.copyOf(missing);
    }

    /** Checks every point of the grid with a quick (manifest and sizes) check. */
    static GridCompleteness of(Grid grid, ResultStore store) {
        List<String> complete = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : grid.pointNames()) {
            (store.status(name, Verification.QUICK).state() == ResultState.COMPLETE ? complete : missing).add(name);
        }
        return new GridCompleteness(grid.name(), complete, missing);
    }

    /** The number of points. */
    int size() {
        return complete.size() + missing.size();
    }

    /** A short list of missing names for messages: the first few and a count of the rest. */
    String missingSample() {
        int shown = Math.min(5, missing.size());
        String s = String.join(", ", missing.subList(0, shown));
        return missing.size() > shown ? s + ", ... (" + (missing.size() - shown) + " more)" : s;
    }
}
