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
import io.pocketsim.postprocess.store.ExperimentCheck;
import io.pocketsim.postprocess.store.ExperimentExistsException;
import io.pocketsim.postprocess.store.ExperimentLockedException;
import io.pocketsim.postprocess.store.ExperimentStatus;
import io.pocketsim.postprocess.store.ResultState;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.store.Verification;
import io.pocketsim.postprocess.store.WriteMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs the Monte Carlo runs of a list of run units on one executor and streams every unit's results into the store:
 * runs of all units share the pool, results arrive in (unit, run) order, each unit's files are committed (manifest
 * last) as soon as its last run is written. Units already complete in the store are skipped unless overwriting, which
 * makes an interrupted batch resumable. A complete experiment is verified before it is skipped (by default every
 * file's SHA-256, {@link Verification#FULL}); one found corrupt is run again and replaced. Each worker encodes its own run's rows (CSV text and deflate), so the
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
    private final Verification verification;
    private volatile int committed;

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
        this(model, store, rootSeed, mode, provenance, softwareVersion, Verification.FULL);
    }

    /**
     * A runner writing into a store that checks complete experiments as thoroughly as asked before skipping them.
     *
     * @param verification how complete experiments are checked before they are skipped: {@link Verification#FULL}
     *                     (the default) reads every byte and catches same-size corruption; {@link Verification#QUICK}
     *                     checks the manifest and file sizes only
     */
    public BatchRunner(Model<S, P> model, ResultStore store, long rootSeed, WriteMode mode,
                       Map<String, String> provenance, String softwareVersion, Verification verification) {
        this(model, store, rootSeed, mode, provenance, softwareVersion, verification, TimeSeriesSelection.ALL);
    }

    /**
     * A runner that also keeps the time series of the selected runs of every unit only.
     *
     * @param timeseries which runs of each unit keep their time series (recorded in every manifest)
     * @see #BatchRunner(Model, ResultStore, long, WriteMode, Map, String, Verification)
     */
    public BatchRunner(Model<S, P> model, ResultStore store, long rootSeed, WriteMode mode,
                       Map<String, String> provenance, String softwareVersion, Verification verification,
                       TimeSeriesSelection timeseries) {
        this.verification = verification;
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
     * @param unitsSkipped the units already complete in the store (verified)
     * @param runs         the Monte Carlo runs made
     * @param nanos        the wall time
     * @param repaired     the units found corrupt and run again, each with what was wrong
     */
    public record Summary(int unitsWritten, int unitsSkipped, long runs, long nanos, List<String> repaired) {
        public Summary {
            repaired = List.copyOf(repaired);
        }
    }

    /**
     * What a batch will do.
     *
     * @param pending  the units to run, in order
     * @param repaired the pending units that are corrupt in the store, each with what is wrong; they are replaced
     * @param skipped  the number of units complete (and verified) in the store
     */
    public record Plan(List<RunUnit> pending, Map<String, String> repaired, int skipped) {
        public Plan {
            pending = List.copyOf(pending);
            repaired = Map.copyOf(repaired);
        }
    }

    /**
     * The units still to run: all of them when overwriting, else those not complete in the store.
     *
     * @see #plan(List)
     */
    public List<RunUnit> pending(List<RunUnit> units) {
        return plan(units).pending();
    }

    /**
     * Which units to run: all of them when overwriting, else those not complete in the store and those found
     * corrupt (which are replaced). A complete experiment is skipped only if it was made from the same inputs; one
     * made with other runs, days, seed, parameters, price model or software version is refused, since skipping it
     * would silently hand back results of another run.
     *
     * @throws StaleResultsException if a complete experiment in the store was made from other inputs
     */
    public Plan plan(List<RunUnit> units) {
        if (mode == WriteMode.OVERWRITE) {
            return new Plan(units, Map.of(), 0);
        }
        List<RunUnit> out = new ArrayList<>();
        Map<String, String> repaired = new LinkedHashMap<>();
        List<String> stale = new ArrayList<>();
        // one scan of the units' common prefix, not a request per unit (on S3: one listing, manifest reads)
        Map<String, ExperimentCheck.Result> states = store.states(units.stream().map(RunUnit::name).toList());
        // then the complete ones in full, on all cores: a full check reads, hashes and parses every stored byte
        Map<String, ExperimentStatus> full = verification == Verification.FULL
                ? units.parallelStream().filter(u -> states.get(u.name()).status().isComplete())
                        .map(u -> store.status(u.name(), Verification.FULL))
                        .collect(Collectors.toConcurrentMap(ExperimentStatus::experiment, x -> x))
                : Map.of();
        for (RunUnit u : units) {
            ExperimentCheck.Result r = states.get(u.name());
            ExperimentStatus s = full.getOrDefault(u.name(), r.status());
            if (s.state() == ResultState.CORRUPT) {
                repaired.put(u.name(), s.reason());
            }
            if (s.state() != ResultState.COMPLETE) {
                out.add(u);
                continue;
            }
            List<String> differences = StoredInputs.differences(r.manifest().metadata(), metadata(u));
            if (!differences.isEmpty()) {
                stale.add(u.name() + " (" + String.join("; ", differences) + ")");
            }
        }
        if (!stale.isEmpty()) {
            throw new StaleResultsException(stale, stale.size() + " experiment(s) already complete in the result"
                    + " store were made from other inputs: " + String.join(", ", stale.subList(0, Math.min(3,
                    stale.size()))) + (stale.size() > 3 ? ", ..." : "")
                    + "; use --overwrite to replace them or --out to write somewhere else");
        }
        return new Plan(out, repaired, units.size() - out.size());
    }

    /**
     * Runs every run of the given units that is still pending and writes them.
     *
     * @param progress told of finished runs, on the calling thread
     * @throws StaleResultsException if a complete experiment in the store was made from other inputs
     */
    public Summary run(List<RunUnit> all, MonteCarloExecutor executor, Consumer<Progress> progress)
            throws InterruptedException {
        return run(all, executor, progress, name -> { });
    }

    /**
     * Runs every run of the given units that is still pending and writes them, telling a listener of each experiment
     * as soon as it is complete in the store (so a container task can log one line per experiment as it goes).
     *
     * @param progress  told of finished runs, on the calling thread
     * @param completed told the name of each experiment this batch completed (or another writer completed from the
     *                  same inputs), on the calling thread, in unit order
     * @throws StaleResultsException if a complete experiment in the store was made from other inputs
     */
    public Summary run(List<RunUnit> all, MonteCarloExecutor executor, Consumer<Progress> progress,
                       Consumer<String> completed) throws InterruptedException {
        long start = System.nanoTime();
        Plan plan = plan(all);
        List<RunUnit> units = plan.pending();
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
        Sink sink = new Sink(metadata, plan.repaired(), completed);
        committed = 0;
        try {
            executor.run(jobs, job -> {
                int u = unitOf(firstJob, job);
                RunUnit unit = units.get(u);
                int run = job - firstJob[u] + 1;
                RunResult result = simulation.run(new RunSpec<>(unit.run(run), params.get(u), unit.stateSet(),
                        unit.days(), rootSeed));
                return encoders.get(u).encode(result);
            }, sink, progress);
        } catch (ExperimentLockedException e) {
            throw new WriterConflictException(List.of(e.experiment()), e.getMessage() + "; stopped so as not to mix "
                    + "results with it, after completing " + committed + " of " + units.size() + " experiment(s) ("
                    + plan.skipped() + " were already complete); run again when the other writer has finished: "
                    + "complete experiments are skipped", e);
        } finally {
            sink.abandon();
        }
        List<String> repaired = plan.repaired().entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .toList();
        return new Summary(units.size(), plan.skipped(), jobs, System.nanoTime() - start, repaired);
    }

    /** The experiments this runner has committed in its current (or last) batch; safe to read from any thread. */
    public int committed() {
        return committed;
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
        private final Map<String, String> corrupt;
        private final Consumer<String> completed;
        private int unit = -1;
        private ExperimentWriter writer;

        Sink(List<ExperimentMetadata> metadata, Map<String, String> corrupt, Consumer<String> completed) {
            this.metadata = metadata;
            this.corrupt = corrupt;
            this.completed = completed;
        }

        /** Results still to drop of a unit another writer completed meanwhile. */
        private int dropping;

        @Override
        public void accept(EncodedRun r) {
            if (dropping > 0) {
                dropping--;
                return;
            }
            ExperimentMetadata m;
            if (writer == null) {
                unit++;
                m = metadata.get(unit);
                try {
                    // a corrupt experiment passes a quick check, so CREATE would refuse it as complete: replace it
                    writer = ExperimentWriter.open(store, m, corrupt.containsKey(m.name()) ? WriteMode.OVERWRITE
                            : mode);
                } catch (ExperimentExistsException e) {
                    // another writer completed it since the plan was made
                    completedByAnother(m, e);
                    completed.accept(m.name());
                    dropping = m.runs() - 1;
                    return;
                }
            }
            m = metadata.get(unit);
            writer.write(r);
            if (writer.runsWritten() == m.runs()) {
                try {
                    writer.commit();
                    committed++;
                } catch (ExperimentExistsException e) {
                    // a store with a conditional commit: the other writer committed first
                    completedByAnother(m, e);
                } finally {
                    writer.close();
                    writer = null;
                }
                completed.accept(m.name());
            }
        }

        /** Accepts another writer's copy made from the same inputs; refuses one made from others. */
        private void completedByAnother(ExperimentMetadata m, ExperimentExistsException e) {
            List<String> d = StoredInputs.differences(store.manifest(m.name()).metadata(), m);
            if (!d.isEmpty()) {
                throw new WriterConflictException(List.of(m.name()), "experiment " + m.name() + " was completed "
                        + "by another writer from other inputs (" + String.join("; ", d) + "); stopped after "
                        + "completing " + committed + " experiment(s); use --overwrite to replace it or --out to "
                        + "write somewhere else", e);
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
