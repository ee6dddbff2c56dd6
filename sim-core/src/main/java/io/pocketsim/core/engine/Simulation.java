package io.pocketsim.core.engine;

import io.pocketsim.core.random.SeedDerivation;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Runs one Monte Carlo run of a model: builds a fresh state, executes every block of every timestep in order,
 * and reports timestep 0 and the state after the last block of each timestep to the attached {@link Observers}:
 * the recorder fills the row, the metrics read it, then each further {@link RunObserver} sees the state. The
 * engine attaches nothing itself and knows no model.
 *
 * <p>The run owns its state and its generator; nothing is shared with other runs, so runs may execute on any
 * thread in any order and give the same result.
 *
 * @param <S> the model's state type
 * @param <P> the model's parameter type
 */
public final class Simulation<S, P> {
    private final Model<S, P> model;
    private final List<Block<S, P>> blocks;
    private final Recorder<S> recorder;
    private final RunMetrics<S, P> metrics;
    private final List<String> columns;
    private final List<String> metricColumns;
    private final List<RunObserver<S, P>> observers;
    private final Observers<S, P> attached;

    /** Prepares runs of a model with nothing attached: runs record no columns and no metrics. */
    public Simulation(Model<S, P> model) {
        this(model, Observers.none());
    }

    /** Prepares runs of a model reporting to the given observers (the block list and columns are read once). */
    public Simulation(Model<S, P> model, Observers<S, P> observers) {
        this.model = model;
        this.attached = observers;
        this.blocks = List.copyOf(model.blocks());
        this.recorder = observers.recorder();
        this.metrics = observers.metrics();
        this.observers = observers.observers();
        this.columns = List.copyOf(recorder.columns());
        this.metricColumns = List.copyOf(metrics.columns());
    }

    /** The model being run. */
    public Model<S, P> model() {
        return model;
    }

    /** The attached observers. */
    public Observers<S, P> observers() {
        return attached;
    }

    /** The same model with other observers. */
    public Simulation<S, P> withObservers(Observers<S, P> other) {
        return new Simulation<>(model, other);
    }

    /** Recorded column names. */
    public List<String> columns() {
        return columns;
    }

    /** Per-run metric names. */
    public List<String> metricColumns() {
        return metricColumns;
    }

    /** Executes one run and returns everything it recorded. */
    public RunResult run(RunSpec<P> spec) {
        long seed = SeedDerivation.runSeed(spec.rootSeed(), spec.identity());
        UniformRandomProvider rng = SeedDerivation.fromRunSeed(seed);
        UniformRandomProvider setupRng = SeedDerivation.generator(spec.rootSeed(), spec.identity().setup());
        P params = spec.params();
        S state = model.initialState(params, spec.stateSet(), setupRng);
        int t = spec.timesteps();
        double[][] rows = new double[t + 1][columns.size()];
        RunMetrics.Accumulator<S> acc = metrics.begin(params, t);
        List<RunObserver.Observation<S>> watching = begin(spec, params, t);
        recorder.record(0, state, rows[0]);
        acc.observe(0, state, rows[0]);
        handleStep(watching, 0, state);
        Step<P> step = new Step<>(params, rng);
        Signals own = new Signals();
        Signals combined = new Signals();
        for (int ts = 1; ts <= t; ts++) {
            for (int b = 0; b < blocks.size(); b++) {
                step.at(ts, b + 1);
                runBlock(blocks.get(b), step, state, own, combined);
            }
            recorder.record(ts, state, rows[ts]);
            acc.observe(ts, state, rows[ts]);
            handleStep(watching, ts, state);
        }
        for (RunObserver.Observation<S> o : watching) {
            o.finish(state);
        }
        return new RunResult(spec.identity(), seed, columns, rows, metricColumns, acc.result());
    }

    private List<RunObserver.Observation<S>> begin(RunSpec<P> spec, P params, int timesteps) {
        if (observers.isEmpty()) {
            return List.of();
        }
        List<RunObserver.Observation<S>> out = new ArrayList<>(observers.size());
        for (RunObserver<S, P> o : observers) {
            out.add(o.begin(spec.identity(), params, timesteps));
        }
        return out;
    }

    private static <S> void handleStep(List<RunObserver.Observation<S>> watching, int timestep, S state) {
        for (int i = 0; i < watching.size(); i++) {
            watching.get(i).handleStep(timestep, state);
        }
    }

    private void runBlock(Block<S, P> block, Step<P> step, S state, Signals own, Signals combined) {
        combined.clear();
        for (Policy<S, P> p : block.policies()) {
            own.clear();
            p.apply(step, state, own);
            if (!own.isEmpty()) {
                own.mergeInto(combined, block.rule());
            }
        }
        for (StateUpdate<S, P> u : block.updates()) {
            u.apply(step, state, combined);
        }
    }
}
