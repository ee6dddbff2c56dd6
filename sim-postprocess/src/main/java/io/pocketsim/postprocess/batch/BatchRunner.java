package io.pocketsim.postprocess.batch;

import io.pocketsim.core.engine.Model;
import io.pocketsim.core.engine.MonteCarloExecutor;
import io.pocketsim.core.engine.Progress;
import io.pocketsim.core.engine.RunResult;
import io.pocketsim.core.engine.RunSpec;
import io.pocketsim.core.engine.Simulation;
import io.pocketsim.experiments.catalog.RunUnit;
import io.pocketsim.postprocess.csv.EncodedRun;
import io.pocketsim.postprocess.csv.ExperimentWriter;
import io.pocketsim.postprocess.csv.RunEncoder;
import io.pocketsim.postprocess.result.ExperimentMetadata;
import io.pocketsim.postprocess.result.TimeSeriesSelection;
import io.pocketsim.postprocess.store.ExperimentStatus;
import io.pocketsim.postprocess.store.ResultState;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.store.Verification;
import io.pocketsim.postprocess.store.WriteMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the Monte Carlo runs of a list of run units on one executor and streams every unit's results into the store:
 * runs of all units share the pool, results arrive in (unit, run) order, each unit's files are committed (manifest
 * last) as soon as its last run is written. Units already complete in the store are skipped unless overwriting, which
 * makes an interrupted batch resumable. Each worker encodes its own run's rows (CSV text and deflate), so the
 * calling thread only appends bytes and the encoding runs on all the executor's threads.
 *
 * @param <S> the model's state type
 * @param <P> the model's parameter type
 */
public final class BatchRunner<S, P> {
    private final Simulation<S, P> simulation;
    private final ResultStore store;
    private final long rootSeed;
    private final WriteMode mode;
    private final Map<String, String> provenance;
    private final String softwareVersion;
    private final TimeSeriesSelection timeseries;

    /**
     * A runner writing into a store.
     *
     * @param model           the model every unit runs
     * @param store           where results go
     * @param rootSeed        the root seed every run's generator derives from
     * @param mode            whether complete experiments are skipped ({@link WriteMode#CREATE}) or replaced
     * @param provenance      extra inputs recorded in every manifest (and compared when skipping)
     * @param softwareVersion the version recorded in every manifest
     */
    public BatchRunner(Model<S, P> model, ResultStore store, long rootSeed, WriteMode mode,
                       Map<String, String> provenance, String softwareVersion) {
        this(model, store, rootSeed, mode, provenance, softwareVersion, TimeSeriesSelection.ALL);
    }

    /**
     * A runner writing into a store that keeps the time series of the selected runs of every unit only.
     *
     * @param timeseries which runs of each unit keep their time series (recorded in every manifest)
     * @see #BatchRunner(Model, ResultStore, long, WriteMode, Map, String)
     */
    public BatchRunner(Model<S, P> model, ResultStore store, long rootSeed, WriteMode mode,
                       Map<String, String> provenance, String softwareVersion, TimeSeriesSelection timeseries) {
        this.timeseries = java.util.Objects.requireNonNull(timeseries, "timeseries");
        this.simulation = new Simulation<>(model);
        this.store = store;
        this.rootSeed = rootSeed;
        this.mode = mode;
        this.provenance = Map.copyOf(provenance);
        this.softwareVersion = softwareVersion;
    }

    /**
     * What a batch did.
     *
     * @param unitsWritten the units run and committed
     * @param unitsSkipped the units already complete in the store
     * @param runs         the Monte Carlo runs made
     * @param nanos        the wall time
     */
    public record Summary(int unitsWritten, int unitsSkipped, long runs, long nanos) {
    }

    /**
     * The units still to run: all of them when overwriting, else those not complete in the store. A complete
     * experiment is skipped only if it was made from the same inputs; one made with other runs, days, seed,
     * parameters or price model is refused, since skipping it would silently hand back results of another run.
     *
     * @throws StaleResultsException if a complete experiment in the store was made from other inputs
     */
    public List<RunUnit> pending(List<RunUnit> units) {
        if (mode == WriteMode.OVERWRITE) {
            return units;
        }
        List<RunUnit> out = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (RunUnit u : units) {
            ExperimentStatus s = store.status(u.name(), Verification.QUICK);
            if (s.state() != ResultState.COMPLETE) {
                out.add(u);
                continue;
            }
            List<String> differences = StoredInputs.differences(store.manifest(u.name()).metadata(), metadata(u));
            if (!differences.isEmpty()) {
                stale.add(u.name() + " (" + String.join("; ", differences) + ")");
            }
        }
        if (!stale.isEmpty()) {
            throw new StaleResultsException(stale, stale.size() + " experiment(s) already complete in the result store were made"
                    + " from other inputs: " + String.join(", ", stale.subList(0, Math.min(3, stale.size())))
                    + (stale.size() > 3 ? ", ..." : "")
                    + "; use --overwrite to replace them or --out to write somewhere else");
        }
        return out;
    }

    /**
     * Runs every run of the given units that is still pending and writes them.
     *
     * @param progress told of finished runs, on the calling thread
     * @throws StaleResultsException if a complete experiment in the store was made from other inputs
     */
    public Summary run(List<RunUnit> all, MonteCarloExecutor executor, Consumer<Progress> progress)
            throws InterruptedException {
        long start = System.nanoTime();
        List<RunUnit> units = pending(all);
        List<P> params = new ArrayList<>(units.size());
        List<ExperimentMetadata> metadata = new ArrayList<>(units.size());
        List<RunEncoder> encoders = new ArrayList<>(units.size());
        int[] firstJob = new int[units.size() + 1];
        for (int i = 0; i < units.size(); i++) {
            params.add(simulation.model().parameters(units.get(i).parameters()));
            metadata.add(metadata(units.get(i)));
            encoders.add(RunEncoder.of(metadata.get(i)));
            firstJob[i + 1] = Math.addExact(firstJob[i], units.get(i).runs());
        }
        int jobs = firstJob[units.size()];
        Sink sink = new Sink(metadata);
        try {
            executor.run(jobs, job -> {
                int u = unitOf(firstJob, job);
                RunUnit unit = units.get(u);
                int run = job - firstJob[u] + 1;
                RunResult result = simulation.run(new RunSpec<>(unit.run(run), params.get(u), unit.stateSet(),
                        unit.days(), rootSeed));
                return encoders.get(u).encode(result);
            }, sink, progress);
        } finally {
            sink.abandon();
        }
        return new Summary(units.size(), all.size() - units.size(), jobs, System.nanoTime() - start);
    }

    private static int unitOf(int[] firstJob, int job) {
        int lo = 0;
        int hi = firstJob.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (firstJob[mid] <= job) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private ExperimentMetadata metadata(RunUnit u) {
        ExperimentMetadata m = ExperimentMetadata.of(u.name(), u.model(), u.stateSet(), u.seed().experiment(),
                u.seed().pointIndex(), u.parameters(), u.runs(), u.days(), rootSeed)
                .withSoftwareVersion(softwareVersion).withTimeSeries(timeseries);
        for (Map.Entry<String, String> e : provenance.entrySet()) {
            m = m.withProvenance(e.getKey(), e.getValue());
        }
        return m;
    }

    /** Receives results in order on the calling thread; opens and commits one unit's writer at a time. */
    private final class Sink implements Consumer<EncodedRun> {
        private final List<ExperimentMetadata> metadata;
        private int unit = -1;
        private ExperimentWriter writer;

        Sink(List<ExperimentMetadata> metadata) {
            this.metadata = metadata;
        }

        @Override
        public void accept(EncodedRun r) {
            if (writer == null) {
                unit++;
                writer = ExperimentWriter.open(store, metadata.get(unit), mode);
            }
            writer.write(r);
            if (writer.runsWritten() == metadata.get(unit).runs()) {
                writer.commit();
                writer.close();
                writer = null;
            }
        }

        /** Closes an uncommitted writer (after a failure or cancellation), leaving that unit incomplete. */
        void abandon() {
            if (writer != null) {
                writer.close();
                writer = null;
            }
        }
    }
}
