package io.pocketsim.cli;

import io.pocketsim.core.param.AllowedValues;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.experiments.grid.GridDefinition;
import io.pocketsim.postprocess.psuu.Bootstrap;
import io.pocketsim.cloud.ecs.EcsExecutor;
import io.pocketsim.cloud.ecs.EcsSettings;
import io.pocketsim.cloud.ecs.Launches;
import io.pocketsim.experiments.catalog.RunUnit;
import io.pocketsim.postprocess.batch.BatchRunner;
import io.pocketsim.postprocess.launch.LaunchProgress;
import io.pocketsim.postprocess.launch.Launcher;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.store.StoreFiles;
import io.pocketsim.postprocess.store.WriteMode;
import io.pocketsim.postprocess.study.LaunchedGridRunner;
import software.amazon.awssdk.services.ecs.EcsClient;
import io.pocketsim.postprocess.study.PsuuStep;
import io.pocketsim.postprocess.study.StepSummary;
import io.pocketsim.postprocess.study.Study;
import io.pocketsim.postprocess.study.StudyNames;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pocketsim adaptive}: a whole adaptive-grid study in one resumable command. Each iteration runs the grid
 * (every point not yet complete in the store), scores it with PSuU and goes on with the next grid; the loop is
 * {@link Study} (sim-postprocess), this class keeps the options and messages.
 */
@Command(name = "adaptive", mixinStandardHelpOptions = true,
        description = {"Runs an adaptive-grid study: run the grid, score it (PSuU), halve the brackets toward the best "
                + "constellation, repeat (docs/adaptive-grid.md).",
                "Resumable: killed at any point, the same command continues from what the store holds. The study's "
                + "grids go to {out}/grids/, its PSuU steps to {out}/psuu/{grid}/."})
final class AdaptiveCommand implements Callable<Integer> {
    private static final Pattern ITERATION = Pattern.compile("ag(\\d+)");

    @Spec
    private CommandSpec spec;

    @Mixin
    private ExperimentOptions experiments;

    @Mixin
    private PsuuOptions psuuOptions;

    @Parameters(index = "0", paramLabel = "FAMILY|GRID_FILE",
            description = "A grid family (e.g. network_failures_service), an adaptive grid name, or a grid file "
                    + "(.json) holding one adaptive grid.")
    private String start;

    @Option(names = "--from", paramLabel = "agK",
            description = "With a family: the iteration to start from. Default: ag1.")
    private String from;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "6",
            description = "Iterations to run and score (the original ran six). Default: ${DEFAULT-VALUE}.")
    private int iterations;

    @Option(names = "--until-stable",
            description = "Stop early once the choice is stable: the same end of every bracket as the previous "
                    + "iteration, with bootstrap probability >= 0.8 (at most max(--iterations, 20) iterations).")
    private boolean untilStable;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private EcsOptions ecsOptions;

    @Option(names = "--executor", defaultValue = "local", paramLabel = "KIND",
            description = "Where grids run: ${COMPLETION-CANDIDATES} (ecs: as 'launch --executor ecs', with an "
                    + "s3:// store). Default: ${DEFAULT-VALUE}.")
    private LaunchCommand.ExecutorKind executor;

    @Option(names = "--experiments-per-task", defaultValue = "20", paramLabel = "C",
            description = "With --executor ecs: most experiments per task. Default: ${DEFAULT-VALUE}.")
    private int perTask;

    @Option(names = "--max-attempts", defaultValue = "3", paramLabel = "N",
            description = "With --executor ecs: attempts per chunk, the first included. Default: ${DEFAULT-VALUE}.")
    private int maxAttempts;

    @Option(names = "--copy-to", paramLabel = "DIR",
            description = "With an s3:// store: the local folder that keeps a copy of the study's grids and PSuU "
                    + "steps (the store keeps them too). Default: results/{study}.")
    private Path copyTo;

    @Option(names = "--study", paramLabel = "NAME",
            description = "The study's name; its grids are {NAME}_ag{k}_. Default: {family}-s{seed}.")
    private String study;

    @Option(names = {"-n", "--runs"}, paramLabel = "N",
            description = "Monte Carlo runs per point of the study's grids (set when the study is created). "
                    + "Default: the start grid's.")
    private Integer runs;

    @Option(names = {"-d", "--days"}, paramLabel = "T",
            description = "Days per run of the study's grids (set when the study is created). Default: the start "
                    + "grid's.")
    private Integer days;

    @Option(names = {"-s", "--seed"}, defaultValue = "42", paramLabel = "S",
            description = "Root seed of every run (and of PSuU's bootstrap). Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "K",
            description = "Worker threads of the local executor. Default: available processors.")
    private Integer threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreLocation where = storeOptions.location();
        if (executor == LaunchCommand.ExecutorKind.ecs && !where.isS3()) {
            throw BadInputException.forOption("--out", where.display(), "--executor ecs needs a store the tasks can "
                    + "reach: s3://bucket/prefix");
        }
        EcsSettings ecs = executor == LaunchCommand.ExecutorKind.ecs ? ecsOptions.settings() : null;
        OptionChecks.positiveOption("--experiments-per-task", perTask);
        OptionChecks.positiveOption("--max-attempts", maxAttempts);
        OptionChecks.positiveOption("--iterations", iterations);
        int threadCount = OptionChecks.threads(threads);
        OptionChecks.positiveIfGiven("--runs", runs);
        OptionChecks.positiveIfGiven("--days", days);
        ExperimentCatalog catalog = experiments.catalog().catalog();
        GridDefinition startGrid = startGrid(catalog);
        String name = study != null ? study : StudyNames.defaultName(startGrid.family(), seed);
        PsuuStep.Options psuu = psuuOptions.options(null);
        Study.Settings settings;
        try {
            settings = new Study.Settings(name, iterations, untilStable, psuu);
        } catch (IllegalArgumentException e) {
            throw BadInputException.forOption("--study", name, e.getMessage());
        }
        experiments.model().model(startGrid.model());
        Path dir = where.isS3() ? (copyTo != null ? copyTo : Path.of("results", name)) : where.local();
        if (where.isS3()) {
            OptionChecks.writableDirectoryOption("--copy-to", dir);
        }
        try (StoreOptions.OpenStore opened = storeOptions.openForWriting();
             EcsClient client = ecs == null ? null : ecsOptions.client()) {
            return study(o, err, opened, where, dir, client == null ? null : new EcsExecutor(client, ecs,
                    Launches.startedBy(where.s3().toString()), Launches.newLaunchId()), startGrid, name, psuu,
                    settings, catalog, threadCount);
        }
    }

    private int study(PrintWriter o, PrintWriter err, StoreOptions.OpenStore opened, StoreLocation where, Path dir,
                      EcsExecutor ecsExecutor, GridDefinition startGrid, String name, PsuuStep.Options psuu,
                      Study.Settings settings, ExperimentCatalog catalog, int threadCount) throws Exception {
        ResultStore store = opened.store();
        List<Path> userFiles = experiments.catalog().files();
        Study.GridLoader loader = (file, grid) -> {
            List<Path> files = new ArrayList<>(userFiles);
            files.add(file);
            return ExperimentCatalog.load(files.toArray(Path[]::new)).grid(grid).orElseThrow(() ->
                    new IllegalStateException("grid file " + file + " does not define " + grid));
        };
        Study.GridRunner runner;
        if (ecsExecutor == null) {
            ModelOptions model = experiments.model();
            runner = new LocalGridRunner(store, model::simulation, seed, threadCount, model.provenance(), err);
        } else {
            // tasks an interrupted study left running finish first, so planning sees their results
            ecsExecutor.awaitEarlier(new LaunchProgress(err, System.console() != null, 0));
            String storeUri = where.s3().toString();
            List<String> userGrids = StoredGrids.upload(store, userFiles);
            Launcher launcher = new Launcher(ecsExecutor, units -> pending(store, units),
                    names -> LaunchCommand.incomplete(store, names), perTask, maxAttempts,
                    n -> new LaunchProgress(err, System.console() != null, n));
            runner = new LaunchedGridRunner(launcher,
                    (grid, names) -> taskArguments(store, storeUri, userGrids, grid, names), () -> "ecs");
        }
        Study s = new Study(dir, store, where.isS3() ? (StoreFiles) store : null, runner, loader,
                n -> catalog.grid(n).isPresent());
        GridDefinition first;
        try {
            first = s.begin(override(startGrid), name);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        o.println("pocketsim adaptive: study " + name + (study == null ? " (default; --study NAME to choose)" : "")
                + " from " + startGrid.name() + ": " + (untilStable ? "until stable, at most "
                + Math.max(iterations, Study.MAX_ITERATIONS) : iterations) + " iteration(s), seed " + seed
                + ", scoring " + psuu.scoring().label() + ", on " + executor + " into " + where.display()
                + (where.isS3() ? " (copy in " + dir.toAbsolutePath().normalize() + ")" : ""));
        o.flush();
        Study.Result r;
        try {
            r = s.run(first, settings, it -> {
                o.println(line(it));
                o.flush();
            });
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        printBrackets(o, r);
        if (r.stable()) {
            o.println("  stopped: the choice is stable");
        }
        o.println("  next grid: " + r.lastGrid().toAbsolutePath().normalize() + (where.isS3() ? " and "
                + where.s3() + "/" + Study.GRIDS + "/" + r.lastGrid().getFileName() : "") + " (to go on, run the same command with "
                + "a larger --iterations: what is done is kept)");
        o.flush();
        return ExitCodes.OK;
    }

    /** The grid's points not complete in the store; complete ones of other inputs are refused, as by run. */
    private List<String> pending(ResultStore store, List<RunUnit> units) {
        BatchRunner<?, ?> runner = new BatchRunner<>(experiments.model().simulation(units.get(0).model()), store, seed,
                WriteMode.CREATE, experiments.model().provenance(), VersionProvider.version(),
                io.pocketsim.postprocess.store.Verification.FULL, RunCommand.GRID_TIMESERIES);
        return runner.pending(units).stream().map(RunUnit::name).toList();
    }

    /** A task of the study's grid: the grid file travels through the store (grids/NAME.json, checked by hash). */
    private List<String> taskArguments(ResultStore store, String storeUri, List<String> userGrids, Grid grid,
                                       List<String> names) {
        String file = grid.name() + ".json";
        byte[] bytes = ((StoreFiles) store).readFile(StoreFiles.GRIDS + file).orElseThrow(() ->
                new IllegalStateException("the study's grid file " + StoreFiles.GRIDS + file + " is not in the store"));
        List<String> args = new ArrayList<>(List.of("task", "--out", storeUri, "--seed", Long.toString(seed),
                "--timeseries", RunCommand.GRID_TIMESERIES.toString()));
        for (String g : userGrids) {
            args.addAll(List.of("--stored-grid", g));
        }
        args.addAll(List.of("--stored-grid", file + "=" + StoredGrids.sha256(bytes)));
        args.addAll(names);
        return args;
    }

    private GridDefinition startGrid(ExperimentCatalog catalog) {
        if (start.endsWith(".json")) {
            Path file = Path.of(start);
            if (!Files.isRegularFile(file)) {
                throw new BadInputException("invalid value for FAMILY|GRID_FILE: " + start + " (no such file)");
            }
            ExperimentCatalog withFile;
            try {
                withFile = ExperimentCatalog.load(concat(experiments.catalog().files(), file));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("invalid value for FAMILY|GRID_FILE: " + e.getMessage());
            }
            List<Grid> adaptive = withFile.grids().stream().filter(g -> g.definition().adaptive())
                    .filter(g -> catalog.grid(g.name()).isEmpty()).toList();
            if (adaptive.size() != 1) {
                throw new BadInputException("invalid value for FAMILY|GRID_FILE: " + start + " defines "
                        + adaptive.size() + " new adaptive grids; allowed: exactly one");
            }
            return adaptive.get(0).definition();
        }
        if (catalog.grid(start).isPresent()) {
            return catalog.grid(start).get().definition();
        }
        if (!catalog.families().contains(start)) {
            List<String> names = new ArrayList<>(catalog.families());
            catalog.grids().forEach(g -> names.add(g.name()));
            throw new BadInputException("invalid value for FAMILY|GRID_FILE: " + start + " (not a family, grid or "
                    + "grid file" + AllowedValues.described(start, "one of the families " + catalog.families()
                    + ", an adaptive grid or a .json grid file", names) + ")");
        }
        int k = 1;
        if (from != null) {
            Matcher m = ITERATION.matcher(from);
            if (!m.matches()) {
                throw BadInputException.forOption("--from", from, "allowed: agK, e.g. ag3");
            }
            k = Integer.parseInt(m.group(1));
        }
        int iteration = k;
        return catalog.family(start).stream().filter(g -> g.definition().iteration() == iteration).findFirst()
                .orElseThrow(() -> BadInputException.forOption("--from", from, "family " + start + " has no "
                        + "iteration " + iteration + "; allowed: " + catalog.family(start).stream()
                        .map(g -> "ag" + g.definition().iteration()).toList()))
                .definition();
    }

    private GridDefinition override(GridDefinition g) {
        if (runs == null && days == null) {
            return g;
        }
        return new GridDefinition(g.name(), g.family(), g.iteration(), g.scenario(), g.description(), g.model(),
                g.stateSet(), g.parameterSet(), runs != null ? runs : g.runs(), days != null ? days : g.days(),
                g.fixed(), g.protocol(), g.environmental(), g.derived(), g.provenance());
    }

    private static Path[] concat(List<Path> files, Path file) {
        List<Path> all = new ArrayList<>(files);
        all.add(file);
        return all.toArray(Path[]::new);
    }

    /** One line per iteration: grid, points, runs, wall time, best constellation, score, tie, probability. */
    static String line(Study.Iteration it) {
        StepSummary s = it.step();
        String tie = s.tied().size() < 2 ? "no tie" : "tie " + s.tied().size() + " of " + s.constellations()
                + " (broken by " + s.tieBreak() + (s.equalAfterTieBreak() > 1 ? ", then lowest index among "
                + s.equalAfterTieBreak() + " equal" : "") + ")";
        String p = s.probability() == null ? "" : String.format(Locale.ROOT, ", P(best) %.2f%s", s.probability(),
                s.probability() < Bootstrap.ROBUST ? " (not robust; " + (s.robustRuns() != null && s.robustRuns() > 0
                        ? "~" + s.robustRuns() + " runs/point would be" : "more than " + Bootstrap.MAX_FACTOR
                        + "x the runs/point needed") + ")" : "");
        return String.format(Locale.ROOT, "  ag%d %s: %d points x %d runs (%d run, %d already complete%s), %.1f s; "
                        + "best %d, score %s, soft %s, %s%s -> %s", it.number(), it.grid().name(), it.grid().size(),
                it.grid().definition().runs(), it.run().experimentsRun(), it.run().experimentsSkipped(),
                it.scored() ? "" : ", step already scored", it.nanos() / 1e9, s.constellation(),
                PsuuReport.number(s.score()), PsuuReport.number(s.softTotal()), tie, p, s.next());
    }

    private static void printBrackets(PrintWriter o, Study.Result r) {
        o.println(String.format(Locale.ROOT, "  %-36s %-28s %-28s %s", "protocol parameter", "first bracket",
                "final bracket", "width"));
        for (Map.Entry<String, List<Object>> e : r.first().entrySet()) {
            List<Object> last = r.last().get(e.getKey());
            double w0 = width(e.getValue());
            double w1 = width(last);
            o.println(String.format(Locale.ROOT, "  %-36s %-28s %-28s %s", e.getKey(), e.getValue(), last,
                    w0 == 0 || w1 == 0 ? "-" : String.format(Locale.ROOT, "1/%.4g", w0 / w1)));
        }
    }

    private static double width(List<Object> bracket) {
        double lo = bracket.stream().mapToDouble(v -> ((Number) v).doubleValue()).min().orElse(0);
        double hi = bracket.stream().mapToDouble(v -> ((Number) v).doubleValue()).max().orElse(0);
        return hi - lo;
    }
}
