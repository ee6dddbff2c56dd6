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
    /** One input by the name messages give it. */
    private record Input(String name, Function<ExperimentMetadata, Object> value) {
    }

    private static final Input SEED_EXPERIMENT = new Input("seed experiment", ExperimentMetadata::seedExperiment);

    /** What the points of one grid share, in message order: all but the name, point index and swept parameters. */
    private static final List<Input> GRID_SHARED = List.of(
            new Input("model", ExperimentMetadata::model),
            new Input("state set", ExperimentMetadata::stateSet),
            new Input("runs", ExperimentMetadata::runs),
            new Input("days", ExperimentMetadata::timesteps),
            new Input("seed", ExperimentMetadata::rootSeed),
            SEED_EXPERIMENT,
            new Input("seed derivation", m -> m.seedDerivation() + "/" + m.seedAlgorithm()),
            new Input("provenance", ExperimentMetadata::provenance),
            new Input("software version", ExperimentMetadata::softwareVersion));

    /** What a stored experiment must share with the run asked of it: the same, with its very point's seeds. */
    private static final List<Input> STORED_VS_ASKED = GRID_SHARED.stream()
            .map(i -> i != SEED_EXPERIMENT ? i
                    : new Input("seed identity", m -> m.seedExperiment() + "#" + m.pointIndex()))
            .toList();

    private StoredInputs() {
    }

    /** Human-readable differences ({@code "runs: stored 3, asked 5"}), empty when the inputs are the same. */
    public static List<String> differences(ExperimentMetadata stored, ExperimentMetadata asked) {
        List<String> out = differing(STORED_VS_ASKED, stored, asked, (name, a, b) -> name + ": stored " + a
                + ", asked " + b);
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
        return differing(GRID_SHARED, a, b, (name, x, y) -> name + " (" + x + " vs " + y + ")");
    }

    /** The names of the parameters the asked point defines that the stored point lacks or sets otherwise. */
    public static List<String> differingParameters(ParameterPoint stored, ParameterPoint asked) {
        return asked.names().stream()
                .filter(p -> !stored.contains(p) || !Objects.equals(stored.get(p), asked.get(p))).toList();
    }

    /** How one input's two values are told. */
    @FunctionalInterface
    private interface Difference {
        String describe(String input, Object first, Object second);
    }

    private static List<String> differing(List<Input> inputs, ExperimentMetadata first, ExperimentMetadata second,
                                          Difference difference) {
        List<String> out = new ArrayList<>();
        for (Input in : inputs) {
            Object x = in.value().apply(first);
            Object y = in.value().apply(second);
            if (!Objects.equals(x, y)) {
                out.add(difference.describe(in.name(), x, y));
            }
        }
        return out;
    }
}
