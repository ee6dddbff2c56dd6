package io.pocketsim.postprocess.csv;

import io.pocketsim.core.engine.RunResult;
import io.pocketsim.postprocess.result.ExperimentMetadata;
import io.pocketsim.postprocess.result.Manifest;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.store.WriteMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes a stream of runs that spans several experiments (e.g. all points of a grid, delivered in job order by
 * {@code MonteCarloExecutor}) into one experiment each: a new {@link ExperimentWriter} starts when a run of a new
 * (seed experiment, point) arrives, and each experiment is committed as soon as its last run is written. Closing
 * the sink leaves an experiment that did not receive all its runs incomplete.
 */
public final class ExperimentSink implements java.util.function.Consumer<RunResult>, AutoCloseable {
    private final ResultStore store;
    private final Function<RunResult, ExperimentMetadata> metadataOf;
    private final WriteMode mode;
    private final List<Manifest> committed = new ArrayList<>();
    private ExperimentWriter current;

    /**
     * Creates a sink.
     *
     * @param metadataOf the metadata of the experiment a run belongs to; called with the first run of each
     *                   experiment (typically looks up the grid point by {@code run.identity().pointIndex()})
     */
    public ExperimentSink(ResultStore store, Function<RunResult, ExperimentMetadata> metadataOf, WriteMode mode) {
        this.store = Objects.requireNonNull(store, "store");
        this.metadataOf = Objects.requireNonNull(metadataOf, "metadataOf");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /**
     * Writes one run, starting or finishing experiments as needed.
     *
     * @throws IllegalStateException    if a run of another experiment arrives before the current one is complete
     * @throws IllegalArgumentException if the run does not fit its experiment (see {@link ExperimentWriter})
     */
    @Override
    public void accept(RunResult run) {
        if (current == null) {
            current = ExperimentWriter.open(store, metadataOf.apply(run), mode);
        } else if (!belongs(run, current.metadata())) {
            ExperimentMetadata md = current.metadata();
            throw new IllegalStateException("run " + run.identity() + " arrived while experiment \"" + md.name()
                    + "\" has " + current.runsWritten() + " of " + md.runs() + " runs");
        }
        current.accept(run);
        if (current.runsWritten() == current.metadata().runs()) {
            try (ExperimentWriter done = current) {
                current = null;
                committed.add(done.commit());
            }
        }
    }

    /** The manifests of the experiments completed so far, in order. */
    public List<Manifest> committed() {
        return List.copyOf(committed);
    }

    /** Closes an experiment still being written, leaving it incomplete. */
    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    private static boolean belongs(RunResult run, ExperimentMetadata md) {
        return run.identity().experiment().equals(md.seedExperiment())
                && run.identity().pointIndex() == md.pointIndex();
    }
}
