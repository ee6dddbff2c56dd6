package io.pocketsim.postprocess.batch;

import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.postprocess.result.ExperimentMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares the inputs an experiment in the store was made from with the inputs of a run about to start. Only what
 * changes the results counts: the software version and timestamps do not.
 */
public final class StoredInputs {
    private StoredInputs() {
    }

    /** Human-readable differences ({@code "runs: stored 3, asked 5"}), empty when the inputs are the same. */
    public static List<String> differences(ExperimentMetadata stored, ExperimentMetadata asked) {
        List<String> out = new ArrayList<>();
        compare(out, "model", stored, asked, ExperimentMetadata::model);
        compare(out, "state set", stored, asked, ExperimentMetadata::stateSet);
        compare(out, "runs", stored, asked, ExperimentMetadata::runs);
        compare(out, "days", stored, asked, ExperimentMetadata::timesteps);
        compare(out, "seed", stored, asked, ExperimentMetadata::rootSeed);
        compare(out, "seed identity", stored, asked, m -> m.seedExperiment() + "#" + m.pointIndex());
        compare(out, "seed derivation", stored, asked, m -> m.seedDerivation() + "/" + m.seedAlgorithm());
        compare(out, "provenance", stored, asked, ExperimentMetadata::provenance);
        // stored time series of at least the runs asked for serve the request; fewer do not
        int storedKept = stored.timeseries().keptOf(stored.runs());
        int askedKept = asked.timeseries().keptOf(asked.runs());
        if (storedKept < askedKept) {
            out.add("time series: stored " + stored.timeseries() + ", asked " + asked.timeseries());
        }
        List<String> params = differingParameters(stored.parameters(), asked.parameters());
        if (!params.isEmpty()) {
            out.add("parameters differ: " + String.join(", ", params));
        }
        return out;
    }

    /** The names of the parameters the asked point defines that the stored point lacks or sets otherwise. */
    public static List<String> differingParameters(ParameterPoint stored, ParameterPoint asked) {
        return asked.names().stream()
                .filter(p -> !stored.contains(p) || !Objects.equals(stored.get(p), asked.get(p))).toList();
    }

    private static void compare(List<String> out, String what, ExperimentMetadata stored, ExperimentMetadata asked,
                                Function<ExperimentMetadata, Object> field) {
        Object a = field.apply(stored);
        Object b = field.apply(asked);
        if (!Objects.equals(a, b)) {
            out.add(what + ": stored " + a + ", asked " + b);
        }
    }
}
