package io.pocketsim.cli;

import io.pocketsim.core.engine.Model;
import io.pocketsim.core.engine.MonteCarloExecutor;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.catalog.RunUnit;
import io.pocketsim.postprocess.batch.BatchRunner;
import io.pocketsim.postprocess.batch.BatchSize;
import io.pocketsim.postprocess.result.TimeSeriesSelection;
import io.pocketsim.postprocess.store.Verification;
import io.pocketsim.postprocess.store.WriteMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pocketsim run}: runs an experiment (a standalone experiment, a whole grid or one grid point) locally on a
 * fixed thread pool and writes its results to the local result store.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs an experiment locally and writes timeseries.csv.gz, kpis.csv and manifest.json per "
                + "experiment under the output directory.",
                "With no options: the Base experiment with its own run count and length, root seed 42, on all "
                + "cores, into ./results."})
final class RunCommand implements Callable<Integer> {
    /** The documented default root seed (the seed the original's fidelity reference runs used). */
    static final long DEFAULT_SEED = 42L;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ExperimentOptions experiments;

    @Mixin
    private ParameterOptions parameterOptions;

    /**
     * What a whole grid keeps by default: the first run of every point. PSuU scores only kpis.csv, and the time series
     * of all runs were about 1.4 GB of a 3,456-point iteration (84 KB a run) and a fifth of its CPU; one run per point
     * still allows the spot checks the time series are used for (docs/results-format.md).
     */
    static final TimeSeriesSelection GRID_TIMESERIES = TimeSeriesSelection.firstRuns(1);

    @Option(names = {"-e", "--experiment"}, defaultValue = "Base", paramLabel = "NAME",
            description = "Experiment, grid (e.g. network_viability_ag3_) or grid point (e.g. network_viability_ag3_17)"
                    + " to run; see 'pocketsim experiments'. Default: ${DEFAULT-VALUE}.")
    private String experiment;

    @Option(names = {"-n", "--runs"}, paramLabel = "N",
            description = "Monte Carlo runs per parameter point. Default: the experiment's own (Base: 1).")
    private Integer runs;

    @Option(names = {"-d", "--days"}, paramLabel = "T",
            description = "Timesteps (days) per run. Default: the experiment's own (365).")
    private Integer days;

    @Option(names = {"-s", "--seed"}, defaultValue = "42", paramLabel = "S",
            description = "Root seed of the experiment; every run's generator derives from it and the run's identity."
                    + " Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "K",
            description = "Worker threads. Default: available processors.")
    private Integer threads;

    @Mixin
    private StoreOptions storeOptions;

    @Option(names = "--verify", defaultValue = "full", paramLabel = "full|quick",
            converter = VerificationConverter.class,
            description = "How an experiment already complete in the store is checked before it is skipped: full "
                    + "(every file's SHA-256 and rows; catches any corruption) or quick (manifest and file sizes "
                    + "only). A corrupt experiment is run again and replaced. Default: ${DEFAULT-VALUE}.")
    private Verification verify;

    @Option(names = "--timeseries", paramLabel = "WHICH",
            description = "Which runs keep their time series (timeseries.csv.gz): all, none, or runs:N (the first N"
                    + " runs of each experiment); kpis.csv and the manifest are always written. Default: all for an"
                    + " experiment or grid point, runs:1 for a whole grid (PSuU reads only the KPIs; one run per point"
                    + " is kept for spot checks).")
    private String timeseries;

    @Option(names = "--overwrite",
            description = "Re-run and replace experiments already complete in the store (default: skip them, so an "
                    + "interrupted batch resumes where it stopped).")
    private boolean overwrite;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        // every check happens before anything is written
        int threadCount = OptionChecks.threads(threads);
        OptionChecks.positiveIfGiven("--runs", runs);
        OptionChecks.positiveIfGiven("--days", days);
        TimeSeriesSelection chosen = null;
        if (timeseries != null) {
            try {
                chosen = TimeSeriesSelection.parse(timeseries);
            } catch (IllegalArgumentException e) {
                throw BadInputException.forOption("--timeseries", timeseries, TimeSeriesSelection.FORMS);
            }
        }
        StoreLocation where = storeOptions.location();
        if (!where.isS3()) {
            OptionChecks.writableDirectoryOption("--out", where.local());
        }
        ExperimentCatalog catalog = experiments.catalog().catalog();
        List<RunUnit> units = OptionChecks.resolveExperiment(catalog, experiment);
        Model<?, ?> model = experiments.model().model(units.get(0).model());
        units = override(units, model);
        TimeSeriesSelection kept = chosen != null ? chosen
                : catalog.grid(experiment).isPresent() ? GRID_TIMESERIES : TimeSeriesSelection.ALL;
        BatchSize size = checkRuns(units, kept);
        if (!where.isS3()) {
            OptionChecks.createDirectoryOption("--out", where.local());
        }
        checkSpace(size, units, threadCount, err, where);

        boolean terminal = System.console() != null;
        BatchRunner.Summary summary;
        try (StoreOptions.OpenStore opened = storeOptions.openForWriting();
             MonteCarloExecutor executor = new MonteCarloExecutor(threadCount)) {
            BatchRunner<?, ?> runner = new BatchRunner<>(experiments.model().simulation(units.get(0).model()),
                    opened.store(), seed,
                    overwrite ? WriteMode.OVERWRITE : WriteMode.CREATE, experiments.model().provenance(),
                    VersionProvider.version(), verify, kept);
            Thread onSignal = new Thread(() -> {
                // a signal (SIGTERM, Ctrl-C) ends the JVM; say what is safe and what to do
                err.println();
                err.println("pocketsim run: stopped by a signal: " + runner.committed() + " experiment(s) completed"
                        + " by this run are complete in " + where.display() + ", the ones in progress are left "
                        + "incomplete; run the same command again to resume (complete experiments are skipped)");
                err.flush();
            }, "pocketsim-signal");
            Runtime.getRuntime().addShutdownHook(onSignal);
            try {
                summary = runner.run(units, executor, ProgressReporter.forOutput(err, terminal, "pocketsim run"));
            } finally {
                removeHook(onSignal);
            }
        }
        for (String r : summary.repaired()) {
            err.println("pocketsim run: repaired corrupt experiment " + r);
        }
        err.flush();
        double seconds = summary.nanos() / 1e9;
        outWriter.println(String.format(Locale.ROOT,
                "pocketsim run: %s: %d %s of %d experiment(s) in %.2f s (%.1f runs/s, %d thread(s))%s; results in %s",
                experiment, summary.runs(), summary.runs() == 1 ? "run" : "runs", summary.unitsWritten(), seconds,
                seconds > 0 ? summary.runs() / seconds : 0.0, threadCount,
                summary.unitsSkipped() > 0 ? ", " + summary.unitsSkipped() + " already complete (skipped)" : "",
                where.display()));
        outWriter.flush();
        return ExitCodes.OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running and prints the line
        }
    }

    /** Refuses a batch too large to number its runs, before anything is written. */
    private BatchSize checkRuns(List<RunUnit> units, TimeSeriesSelection kept) {
        BatchSize size = BatchSize.of(units, kept);
        if (!size.fitsOneBatch()) {
            long perUnit = BatchSize.MAX_RUNS / units.size();
            throw BadInputException.forOption("--runs", runs == null ? "(the experiment's own)" : runs,
                    String.format(Locale.ROOT, "%s has %d experiment(s), so %d runs in all; one batch holds at most "
                            + "%d runs: at most %d runs per experiment, or run the grid's points in parts",
                            experiment, units.size(), size.runs(), BatchSize.MAX_RUNS, perUnit));
        }
        return size;
    }

    /** Refuses a batch that cannot fit on the disk, and gives the estimate of a long one, before any run. */
    private void checkSpace(BatchSize size, List<RunUnit> units, int threadCount, PrintWriter err,
                            StoreLocation where) {
        Duration time = size.time(threadCount);
        Path probe = where.isS3() ? null : where.local().toAbsolutePath().normalize();
        while (probe != null && !Files.exists(probe)) {
            probe = probe.getParent();
        }
        long free = freeSpace(probe);
        if (size.bytes() > free) {
            throw BadInputException.forOption(runs != null ? "--runs" : "--experiment", runs != null ? runs
                    : experiment, String.format(Locale.ROOT, "%d runs of %d day(s) write about %s, more than the %s "
                            + "free under %s; use fewer runs or days, or another --out", size.runs(),
                    units.get(0).days(), BatchSize.human(size.bytes()), BatchSize.human(free), probe));
        }
        if (size.bytes() > 1_000_000_000L || time.toMinutes() >= 10) {
            err.println(String.format(Locale.ROOT, "pocketsim run: %s: %d runs; expect about %s of results%s "
                            + "and about %s on %d thread(s)", experiment, size.runs(), BatchSize.human(size.bytes()),
                    probe == null ? "" : " (" + BatchSize.human(free) + " free)", ProgressReporter.format(time),
                    threadCount));
            err.flush();
        }
    }

    private static long freeSpace(Path existing) {
        try {
            return existing == null ? Long.MAX_VALUE : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE; // unknown: the write reports a full disk with the OS's reason
        }
    }

    private List<RunUnit> override(List<RunUnit> units, Model<?, ?> model) {
        if (runs == null && days == null && !parameterOptions.any()) {
            return units;
        }
        List<RunUnit> out = new ArrayList<>(units.size());
        for (RunUnit u : units) {
            out.add(new RunUnit(u.name(), u.seed(), u.model(), parameterOptions.apply(model.parameters(), u.parameters()),
                    u.stateSet(), runs == null ? u.runs() : runs, days == null ? u.days() : days));
        }
        return out;
    }
}
