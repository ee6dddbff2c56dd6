package io.pocketsim.postprocess.batch;

import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.postprocess.result.ExperimentMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares the inputs an experiment in the store was made from with the inputs of a run about to start. Only what
 * changes or may change the results counts: the model, its inputs, the seed and the software version that made them
 * (a new version may change the model); timestamps and wall time do not.
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
        compare(out, "software version", stored, asked, ExperimentMetadata::softwareVersion);
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

    /**
     * How two experiments meant to belong to one grid differ in the inputs all its points share: everything but
     * the name, the point index and the parameters (which the grid sweeps). Empty when they agree.
     */
    public static List<String> sharedInputDifferences(ExperimentMetadata a, ExperimentMetadata b) {
        List<String> out = new ArrayList<>();
        pair(out, "model", a, b, ExperimentMetadata::model);
        pair(out, "state set", a, b, ExperimentMetadata::stateSet);
        pair(out, "runs", a, b, ExperimentMetadata::runs);
        pair(out, "days", a, b, ExperimentMetadata::timesteps);
        pair(out, "seed", a, b, ExperimentMetadata::rootSeed);
        pair(out, "seed experiment", a, b, ExperimentMetadata::seedExperiment);
        pair(out, "seed derivation", a, b, m -> m.seedDerivation() + "/" + m.seedAlgorithm());
        pair(out, "provenance", a, b, ExperimentMetadata::provenance);
        pair(out, "software version", a, b, ExperimentMetadata::softwareVersion);
        return out;
    }

    private static void pair(List<String> out, String what, ExperimentMetadata a, ExperimentMetadata b,
                             Function<ExperimentMetadata, Object> field) {
        Object x = field.apply(a);
        Object y = field.apply(b);
        if (!Objects.equals(x, y)) {
            out.add(what + " (" + x + " vs " + y + ")");
        }
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
