package io.pocketsim.postprocess.batch;

import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.postprocess.store.ExperimentCheck;
import io.pocketsim.postprocess.store.ResultState;
import io.pocketsim.postprocess.store.ResultStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which points of a grid are complete in a store, and which of those were made from other parameters than the grid
 * now defines (a grid file edited after its run, or a run with {@code --set}): scoring those would score another grid.
 *
 * @param grid     the grid's name
 * @param complete the complete points' result names, in point order
 * @param missing  the other points' result names (absent, incomplete or corrupt), in point order
 * @param stale    complete points whose stored parameters differ, each with the differing parameter names
 * @param incomplete the missing points that have something stored (incomplete or corrupt), in point order
 */
public record GridCompleteness(String grid, List<String> complete, List<String> missing, List<String> stale,
                               List<String> incomplete) {
    public GridCompleteness {
        complete = List.copyOf(complete);
        missing = List.copyOf(missing);
        stale = List.copyOf(stale);
        incomplete = List.copyOf(incomplete);
    }

    /**
     * Checks every point of the grid with a quick (manifest and sizes) check, and its manifest's parameters: one
     * {@link ResultStore#scan} of the grid's prefix (on S3 a paginated listing plus parallel manifest reads).
     */
    public static GridCompleteness of(Grid grid, ResultStore store) {
        List<String> names = new ArrayList<>(grid.size());
        for (int i = 1; i <= grid.size(); i++) {
            names.add(grid.pointName(i));
        }
        Map<String, ExperimentCheck.Result> states = store.states(names);
        List<String> complete = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        for (int i = 1; i <= grid.size(); i++) {
            String name = grid.pointName(i);
            ExperimentCheck.Result r = states.get(name);
            if (r.status().state() != ResultState.COMPLETE) {
                missing.add(name);
                if (r.status().state() != ResultState.ABSENT) {
                    incomplete.add(name);
                }
                continue;
            }
            complete.add(name);
            List<String> differ = StoredInputs.differingParameters(r.manifest().metadata().parameters(),
                    grid.point(i));
            if (!differ.isEmpty()) {
                stale.add(name + " (" + String.join(", ", differ) + ")");
            }
        }
        return new GridCompleteness(grid.name(), complete, missing, stale, incomplete);
    }

    /** The number of points. */
    public int size() {
        return complete.size() + missing.size();
    }

    /** A short list of missing names for messages: the first few and a count of the rest. */
    public String missingSample() {
        return sample(missing);
    }

    /** A short list of stale names for messages. */
    public String staleSample() {
        return sample(stale);
    }

    private static String sample(List<String> names) {
        int shown = Math.min(5, names.size());
        String s = String.join(", ", names.subList(0, shown));
        return names.size() > shown ? s + ", ... (" + (names.size() - shown) + " more)" : s;
    }
}
