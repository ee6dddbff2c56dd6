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
        requireSame(grid, complete.stream().map(name -> store.manifest(name).metadata()).toList());
    }

    /**
     * Checks that the complete experiments, given by their stored metadata in point order, agree on every shared
     * input (for callers that hold the manifests already, e.g. from {@link ResultStore#states}).
     *
     * @throws MixedInputsException naming the first point, the first that differs from it and how
     */
    public static void requireSame(String grid, List<ExperimentMetadata> complete) {
        if (complete.size() < 2) {
            return;
        }
        ExperimentMetadata first = complete.get(0);
        String other = null;
        List<String> differences = List.of();
        int differing = 0;
        for (ExperimentMetadata m : complete.subList(1, complete.size())) {
            List<String> d = StoredInputs.sharedInputDifferences(first, m);
            if (!d.isEmpty()) {
                differing++;
                if (other == null) {
                    other = m.name();
                    differences = d;
                }
            }
        }
        if (other != null) {
            throw new MixedInputsException(grid, first.name(), other, differences, differing);
        }
    }
}
