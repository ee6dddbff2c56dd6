package io.pocketsim.postprocess.batch;

import io.pocketsim.postprocess.result.ExperimentMetadata;
import io.pocketsim.postprocess.store.ResultStore;
import java.util.List;

/**
 * The rule that a grid's stored points agree on every input but the parameters it sweeps, checked from their
 * manifests before they are stacked or scored.
 */
public final class GridInputs {
    private GridInputs() {
    }

    /**
     * Checks that the complete experiments agree on every shared input.
     *
     * @param grid     the grid (or name) they are read as, for the message
     * @param complete the complete experiments' names, in point order
     * @throws MixedInputsException naming the first point, the first that differs from it and how
     */
    public static void requireSame(String grid, ResultStore store, List<String> complete) {
        if (complete.size() < 2) {
            return;
        }
        ExperimentMetadata first = store.manifest(complete.get(0)).metadata();
        String other = null;
        List<String> differences = List.of();
        int differing = 0;
        for (String name : complete.subList(1, complete.size())) {
            List<String> d = StoredInputs.sharedInputDifferences(first, store.manifest(name).metadata());
            if (!d.isEmpty()) {
                differing++;
                if (other == null) {
                    other = name;
                    differences = d;
                }
            }
        }
        if (other != null) {
            throw new MixedInputsException(grid, complete.get(0), other, differences, differing);
        }
    }
}
