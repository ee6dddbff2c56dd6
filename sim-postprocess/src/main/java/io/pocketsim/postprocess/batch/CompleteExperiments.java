package io.pocketsim.postprocess.batch;

import io.pocketsim.experiments.catalog.RunUnit;
import io.pocketsim.postprocess.store.CorruptResultException;
import io.pocketsim.postprocess.store.ExperimentCheck;
import io.pocketsim.postprocess.store.ResultState;
import io.pocketsim.postprocess.store.ResultStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The complete experiments of a grid (or of one experiment) to read from a store, checked as every reader of a whole
 * grid needs: a damaged point is a failure, missing points are refused unless partial results are allowed (never
 * all of them), stored points made from other parameters than the grid defines are refused, and the complete ones
 * must come from the same inputs.
 *
 * @param complete the complete experiments, in the units' order
 * @param missing  the others (absent or incomplete), in the units' order
 */
public record CompleteExperiments(List<String> complete, List<String> missing) {
    public CompleteExperiments {
        complete = List.copyOf(complete);
        missing = List.copyOf(missing);
    }

    /**
     * Selects the complete experiments of {@code units} (a grid's points, or one experiment) in a store.
     *
     * @param name       the grid or experiment as the user named it
     * @param storeLabel how messages name the store
     * @param partial    whether missing points may be left out (when some are complete)
     * @throws IllegalArgumentException if points are missing (and not allowed to be), or were made from other
     *                                  parameters than the grid defines
     * @throws CorruptResultException   if a point's stored files are damaged (a failure, not bad input)
     * @throws MixedInputsException     if the complete points were made from other inputs than each other
     */
    public static CompleteExperiments select(String name, List<RunUnit> units, ResultStore store, String storeLabel,
                                             boolean partial) {
        List<String> complete = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<String, ExperimentCheck.Result> states = store.states(units.stream().map(RunUnit::name).toList());
        for (ExperimentCheck.Result r : states.values()) {
            if (r.status().state() == ResultState.CORRUPT) {
                // damaged data is not "not yet run": say so, with the repair
                throw CorruptResultException.forExperiment(r.status().experiment(), r.status().reason());
            }
            (r.status().isComplete() ? complete : missing).add(r.status().experiment());
        }
        if (!missing.isEmpty() && (!partial || complete.isEmpty())) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%d of %d experiment(s) of %s are not complete in %s (first: %s); run them first%s",
                    missing.size(), units.size(), name, storeLabel, missing.get(0),
                    complete.isEmpty() ? "" : ", or pass --partial to write the " + complete.size() + " complete"));
        }
        if (units.size() > 1) {
            requireGridDefinition(name, states, units);
            GridInputs.requireSame(name, complete.stream().map(c -> states.get(c).manifest().metadata()).toList());
        }
        return new CompleteExperiments(complete, missing);
    }

    /** The grid's stored points must hold the parameters the grid defines for them (not a --set variant). */
    private static void requireGridDefinition(String name, Map<String, ExperimentCheck.Result> states,
                                              List<RunUnit> units) {
        List<String> stale = new ArrayList<>();
        for (RunUnit u : units) {
            ExperimentCheck.Result r = states.get(u.name());
            if (r.status().isComplete()) {
                List<String> d = StoredInputs.differingParameters(r.manifest().metadata().parameters(),
                        u.parameters());
                if (!d.isEmpty()) {
                    stale.add(u.name() + " (" + String.join(", ", d) + ")");
                }
            }
        }
        if (!stale.isEmpty()) {
            throw new IllegalArgumentException(name + ": " + stale.size() + " stored point(s) were made from other "
                    + "parameters than the grid defines: " + String.join(", ", stale.subList(0, Math.min(5,
                    stale.size()))) + "; re-run them with 'pocketsim run -e " + name + " --overwrite' (without --set)");
        }
    }
}
