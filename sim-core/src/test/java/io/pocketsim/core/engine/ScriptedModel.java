package io.pocketsim.core.engine;

import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.param.ParameterSchema;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A model assembled from parts, for engine tests: no parameters (the typed parameters are a fixed string), one
 * state set "Base", the given blocks, recorder and metrics.
 */
final class ScriptedModel<S> implements Model<S, String> {
    static final String PARAMS = "scripted-params";

    private final Function<UniformRandomProvider, S> initial;
    private final List<Block<S, String>> blocks;
    private final Recorder<S> recorder;
    private final RunMetrics<S, String> metrics;

    ScriptedModel(Function<UniformRandomProvider, S> initial, List<Block<S, String>> blocks, Recorder<S> recorder,
                  RunMetrics<S, String> metrics) {
        this.initial = initial;
        this.blocks = List.copyOf(blocks);
        this.recorder = recorder;
        this.metrics = metrics;
    }

    ScriptedModel(Function<UniformRandomProvider, S> initial, List<Block<S, String>> blocks, Recorder<S> recorder) {
        this(initial, blocks, recorder, RunMetrics.none());
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(List.of());
    }

    @Override
    public String parameters(ParameterPoint point) {
        return PARAMS;
    }

    @Override
    public S initialState(String params, String stateSet, UniformRandomProvider setupRng) {
        return initial.apply(setupRng);
    }

    @Override
    public List<String> stateSets() {
        return List.of("Base");
    }

    @Override
    public List<Block<S, String>> blocks() {
        return blocks;
    }

    /** The recorder tests attach. */
    public Recorder<S> recorder() {
        return recorder;
    }

    /** The recorder and metrics tests attach to a simulation of this model. */
    public Observers<S, String> observers() {
        return Observers.of(recorder(), metrics());
    }

    /** The metrics tests attach. */
    public RunMetrics<S, String> metrics() {
        return metrics;
    }

    /** A recorder of the given columns filled by a function of the state. */
    static <S> Recorder<S> recorder(List<String> columns, RowWriter<S> writer) {
        return new Recorder<>() {
            @Override
            public List<String> columns() {
                return columns;
            }

            @Override
            public void record(int timestep, S state, double[] row) {
                writer.write(timestep, state, row);
            }
        };
    }

    /** Writes one row. */
    @FunctionalInterface
    interface RowWriter<S> {
        void write(int timestep, S state, double[] row);
    }

    /** A spec for one run of a scripted model. */
    static RunSpec<String> spec(int timesteps) {
        return new RunSpec<>(new io.pocketsim.core.random.RunIdentity("scripted", 1, 1), PARAMS, "Base", timesteps, 1L);
    }
}
