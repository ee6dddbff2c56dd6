package io.pocketsim.cli;

import io.pocketsim.core.engine.MonteCarloExecutor;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.catalog.RunUnit;
import io.pocketsim.postprocess.batch.BatchRunner;
import io.pocketsim.postprocess.launch.Chunking;
import io.pocketsim.postprocess.store.ExperimentCheck;
import io.pocketsim.postprocess.store.ResultState;
import io.pocketsim.postprocess.store.WriteMode;
import java.io.IOException;
import io.pocketsim.postprocess.result.TimeSeriesSelection;
import io.pocketsim.postprocess.store.Verification;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pocketsim task}: the container entrypoint. Runs the named experiments on all cores into the store given by
 * {@code --out}, each committed as soon as it is done, skipping complete ones; one bad experiment does not stop the
 * others. Prints one line per experiment and exits 0 only if every named experiment is complete in the store at the
 * end (1 otherwise).
 */
@Command(name = "task", mixinStandardHelpOptions = true,
        description = {"Runs a list of experiments into a result store: the command a cloud task (or a local launch) "
                + "runs. Exit 0 only if every named experiment is complete in the store at the end."})
final class TaskCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ExperimentOptions experiments;

    @Mixin
    private StoreOptions storeOptions;

    @Option(names = {"-n", "--runs"}, paramLabel = "N",
            description = "Monte Carlo runs per parameter point. Default: each experiment's own.")
    private Integer runs;

    @Option(names = {"-d", "--days"}, paramLabel = "T",
            description = "Timesteps (days) per run. Default: each experiment's own (365).")
    private Integer days;

    @Option(names = {"-s", "--seed"}, defaultValue = "42", paramLabel = "S",
            description = "Root seed. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "K",
            description = "Worker threads. Default: available processors.")
    private Integer threads;

    @Option(names = "--timeseries", defaultValue = "all", paramLabel = "WHICH",
            description = "Which runs keep their time series: all, none, or runs:N (the first N runs of each "
                    + "experiment). Default: ${DEFAULT-VALUE}.")
    private String timeseries;

    @Option(names = "--stored-grid", paramLabel = "NAME=SHA256",
            description = "A grid file the launch put in the store under grids/NAME; read it from there (checking "
                    + "its SHA-256) and add it to the catalog. Repeatable.")
    private List<String> storedGrids = new ArrayList<>();

    @Option(names = "--experiments-file", paramLabel = "FILE",
            description = "A file of experiment names, one per line (blank lines and # comments ignored).")
    private Path experimentsFile;

    @Option(names = "--chunk", paramLabel = "K", description = "With --of N: of each named grid, run only the K-th of N "
            + "near-equal chunks (K from 1); other names run whole.")
    private Integer chunk;

    @Option(names = "--of", paramLabel = "N", description = "The number of chunks for --chunk.")
    private Integer of;

    @Parameters(paramLabel = "EXPERIMENT", arity = "0..*",
            description = "Experiments, grid points or grids to run.")
    private List<String> names = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int threadCount = OptionChecks.threads(threads);
        OptionChecks.positiveIfGiven("--runs", runs);
        OptionChecks.positiveIfGiven("--days", days);
        if ((chunk == null) != (of == null)) {
            throw new BadInputException("--chunk and --of go together: --chunk K --of N GRID");
        }
        if (of != null) {
            OptionChecks.positiveOption("--of", of);
            if (chunk < 1 || chunk > of) {
                throw BadInputException.forOption("--chunk", chunk, "allowed: 1 to " + of);
            }
        }
        TimeSeriesSelection selection;
        try {
            selection = TimeSeriesSelection.parse(timeseries);
        } catch (IllegalArgumentException e) {
            throw BadInputException.forOption("--timeseries", timeseries, TimeSeriesSelection.FORMS);
        }
        List<String> asked = new ArrayList<>(names);
        if (experimentsFile != null) {
            asked.addAll(readNames(experimentsFile));
        }
        if (asked.isEmpty()) {
            throw new BadInputException("no experiment named; give EXPERIMENT..., --experiments-file FILE or "
                    + "--chunk K --of N GRID");
        }
        long start = System.nanoTime();
        try (StoreOptions.OpenStore opened = storeOptions.openForWriting()) {
            ExperimentCatalog catalog = StoredGrids.catalogWith(experiments.catalog(),
                    dir -> StoredGrids.fetch(opened.store(), storedGrids, dir));
            Map<String, String> failed = new LinkedHashMap<>();
            List<RunUnit> units = resolve(catalog, asked, failed);
            Set<String> wanted = new LinkedHashSet<>(failed.keySet());
            units.forEach(u -> wanted.add(u.name()));
            out.println("pocketsim task: " + wanted.size() + " experiment(s) into " + opened.location().display());
            out.flush();
            Set<String> logged = new LinkedHashSet<>();
            if (!units.isEmpty()) {
                run(units, opened, threadCount, failed, out, logged, start, selection);
            }
            // the store is the truth: every experiment judged by one scan at the end; those this task completed were
            // logged as they were committed, the rest (already complete, or not complete) are logged now
            Map<String, ExperimentCheck.Result> states = opened.store().states(
                    units.stream().map(RunUnit::name).toList());
            int complete = 0;
            for (String name : wanted) {
                ExperimentCheck.Result r = states.get(name);
                if (r != null && r.status().state() == ResultState.COMPLETE) {
                    complete++;
                    if (!logged.contains(name)) {
                        out.println(name + ": complete (already in the store)");
                    }
                } else {
                    String why = failed.getOrDefault(name, r == null ? "not run"
                            : r.status().state().name().toLowerCase(Locale.ROOT)
                            + (r.status().reason() == null ? "" : ": " + r.status().reason()));
                    out.println(name + ": NOT complete: " + why);
                }
            }
            out.println(String.format(Locale.ROOT, "pocketsim task: %d/%d complete in %.1f s", complete,
                    wanted.size(), (System.nanoTime() - start) / 1e9));
            out.flush();
            return complete == wanted.size() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    /** Runs the batch; if it fails part-way, runs the rest one experiment at a time so one bad one costs only itself. */
    private void run(List<RunUnit> units, StoreOptions.OpenStore opened, int threadCount, Map<String, String> failed,
                     PrintWriter out, Set<String> logged, long start, TimeSeriesSelection selection)
            throws InterruptedException {
        Consumer<String> done = name -> {
            if (logged.add(name)) {
                out.println(String.format(Locale.ROOT, "%s: complete (%d of %d, %.1f s)", name, logged.size(),
                        units.size(), (System.nanoTime() - start) / 1e9));
                out.flush();
            }
        };
        ModelOptions model = experiments.model();
        BatchRunner<?, ?> runner = new BatchRunner<>(model.simulation(units.get(0).model()), opened.store(), seed,
                WriteMode.CREATE, model.provenance(), VersionProvider.version(), Verification.FULL, selection);
        try (MonteCarloExecutor executor = new MonteCarloExecutor(threadCount)) {
            try {
                runner.run(units, executor, p -> { }, done);
                return;
            } catch (RuntimeException e) {
                out.println("pocketsim task: the batch stopped (" + e.getMessage() + "); running the rest one at a time");
                out.flush();
            }
            for (RunUnit u : units) {
                try {
                    runner.run(List.of(u), executor, p -> { }, done);
                } catch (RuntimeException e) {
                    failed.put(u.name(), String.valueOf(e.getMessage()));
                }
            }
        }
    }

    private List<RunUnit> resolve(ExperimentCatalog catalog, List<String> asked, Map<String, String> failed) {
        List<RunUnit> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : asked) {
            List<RunUnit> units;
            try {
                units = catalog.resolve(name);
            } catch (IllegalArgumentException e) {
                failed.put(name, e.getMessage());
                continue;
            }
            if (of != null && catalog.grid(name).isPresent()) {
                units = Chunking.parts(units, of).get(chunk - 1);
            }
            for (RunUnit u : units) {
                if (seen.add(u.name())) {
                    out.add(override(u));
                }
            }
        }
        return out;
    }

    private RunUnit override(RunUnit u) {
        if (runs == null && days == null) {
            return u;
        }
        return new RunUnit(u.name(), u.seed(), u.model(), u.parameters(), u.stateSet(),
                runs == null ? u.runs() : runs, days == null ? u.days() : days);
    }

    private static List<String> readNames(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw BadInputException.forOption("--experiments-file", file, "no such file");
        }
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(s);
            }
        }
        return out;
    }
}
