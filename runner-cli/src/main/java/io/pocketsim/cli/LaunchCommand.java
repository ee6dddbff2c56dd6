package io.pocketsim.cli;

import io.pocketsim.cloud.ecs.EcsExecutor;
import io.pocketsim.cloud.ecs.EcsSettings;
import io.pocketsim.cloud.ecs.Launches;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.catalog.RunUnit;
import io.pocketsim.postprocess.batch.BatchRunner;
import io.pocketsim.postprocess.launch.GridExecutor;
import io.pocketsim.postprocess.launch.LaunchPlan;
import io.pocketsim.postprocess.launch.LaunchProgress;
import io.pocketsim.postprocess.launch.LaunchSummary;
import io.pocketsim.postprocess.launch.Launcher;
import io.pocketsim.postprocess.launch.LocalExecutor;
import io.pocketsim.postprocess.store.ExperimentCheck;
import io.pocketsim.postprocess.store.ResultState;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.store.WriteMode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.ecs.EcsClient;

/**
 * {@code pocketsim launch}: plans the incomplete experiments of grids from the store, cuts them into near-equal tasks
 * and runs them on an executor (this machine, or ECS Fargate) until each is complete or has failed its attempts.
 * Launching again continues from the store; nothing complete runs twice.
 */
@Command(name = "launch", mixinStandardHelpOptions = true,
        description = {"Runs the incomplete experiments of grids as tasks of at most --experiments-per-task "
                + "experiments, here (--executor local) or on ECS Fargate (--executor ecs), retrying failed tasks' "
                + "incomplete experiments up to --max-attempts. Re-launch to continue after a crash or Ctrl-C.",
                "Exit 0 when every experiment is complete, 1 when some failed every attempt."})
final class LaunchCommand implements Callable<Integer> {
    /** The executors. */
    enum ExecutorKind { local, ecs }

    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogOptions catalogOptions;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private EcsOptions ecsOptions;

    @Parameters(paramLabel = "GRID", arity = "1..*",
            description = "Grids, grid points or experiments to run (see 'pocketsim experiments').")
    private List<String> grids = new ArrayList<>();

    @Option(names = "--executor", defaultValue = "local", paramLabel = "KIND",
            description = "Where tasks run: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    private ExecutorKind executor;

    @Option(names = "--dry-run", description = "Print the plan (tasks, sizes, each task's exact command) and run "
            + "nothing: no task, no upload, no cloud call.")
    private boolean dryRun;

    @Option(names = "--experiments-per-task", defaultValue = "20", paramLabel = "C",
            description = "Most experiments per task; the incomplete ones are cut into ceil(n/C) near-equal tasks. "
                    + "Default: ${DEFAULT-VALUE}.")
    private int perTask;

    @Option(names = "--max-attempts", defaultValue = "3", paramLabel = "N",
            description = "Attempts per chunk, the first included. Default: ${DEFAULT-VALUE}.")
    private int maxAttempts;

    @Option(names = {"-n", "--runs"}, paramLabel = "N", description = "Monte Carlo runs per point. Default: each "
            + "experiment's own.")
    private Integer runs;

    @Option(names = {"-d", "--days"}, paramLabel = "T", description = "Days per run. Default: each experiment's own.")
    private Integer days;

    @Option(names = {"-s", "--seed"}, defaultValue = "42", paramLabel = "S", description = "Root seed. Default: "
            + "${DEFAULT-VALUE}.")
    private long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        OptionChecks.positiveOption("--experiments-per-task", perTask);
        OptionChecks.positiveOption("--max-attempts", maxAttempts);
        OptionChecks.positiveIfGiven("--runs", runs);
        OptionChecks.positiveIfGiven("--days", days);
        StoreLocation where = storeOptions.location();
        if (executor == ExecutorKind.ecs && !where.isS3()) {
            throw BadInputException.forOption("--out", where.display(), "--executor ecs needs a store the tasks can "
                    + "reach: s3://bucket/prefix");
        }
        EcsSettings ecs = executor == ExecutorKind.ecs ? ecsOptions.settings() : null;
        ExperimentCatalog catalog = catalogOptions.catalog();
        List<RunUnit> units = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String g : grids) {
            for (RunUnit u : OptionChecks.resolveExperiment(catalog, g)) {
                if (seen.add(u.name())) {
                    units.add(override(u));
                }
            }
        }
        String storeUri = where.isS3() ? where.s3().toString() : where.display();
        boolean terminal = System.console() != null;
        try (StoreOptions.OpenStore opened = dryRun ? storeOptions.openForReading() : storeOptions.openForWriting();
             EcsClient client = ecs == null || dryRun ? null : ecsOptions.client()) {
            ResultStore store = opened.store();
            EcsExecutor ecsExecutor = client == null ? null
                    : new EcsExecutor(client, ecs, Launches.startedBy(storeUri), Launches.newLaunchId());
            if (ecsExecutor != null) {
                // tasks an interrupted launch left running finish first, so planning sees their results
                ecsExecutor.awaitEarlier(new LaunchProgress(out, terminal, 0));
            }
            GridExecutor exec = ecsExecutor != null ? ecsExecutor : new LocalExecutor(this::runHere);
            Launcher launcher = new Launcher(exec, u -> pending(store, u), names -> incomplete(store, names), perTask,
                    maxAttempts, n -> new LaunchProgress(out, terminal, n));
            // the grid files go up after planning, so that a refused plan (stale inputs) uploads nothing
            List<String> storedGrids = new ArrayList<>();
            LaunchPlan plan = launcher.plan(units, names -> taskArguments(storeUri, storedGrids, names));
            storedGrids.addAll(dryRun ? hashes() : StoredGrids.upload(store, catalogOptions.files()));
            int incomplete = plan.experiments();
            out.println("pocketsim launch: " + units.size() + " experiment(s), " + (units.size() - incomplete)
                    + " already complete, " + incomplete + " to run on " + executor + " into "
                    + where.display());
            if (dryRun) {
                out.print(plan.describe("pocketsim"));
                if (ecs != null) {
                    out.println("ecs: cluster " + ecs.cluster() + ", task definition " + ecs.taskDefinition()
                            + ", container " + ecs.container() + ", at most " + ecs.maxConcurrent()
                            + " task(s) at once, timeout " + ecs.timeout());
                }
                out.flush();
                return ExitCodes.OK;
            }
            if (plan.isEmpty()) {
                out.println("pocketsim launch: nothing to run: every experiment is complete");
                out.flush();
                return ExitCodes.OK;
            }
            out.println("pocketsim launch: " + plan.chunks().size() + " task(s), sizes " + plan.sizes());
            out.flush();
            LaunchSummary summary = launcher.execute(plan);
            out.print("pocketsim launch: " + summary.render());
            out.flush();
            return summary.allComplete() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    /** The incomplete units' names; complete ones made from other inputs are refused (exit 2), as by run. */
    private List<String> pending(ResultStore store, List<RunUnit> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        BatchRunner<?, ?> runner = new BatchRunner<>(new ModelOptions().simulation(units.get(0).model()), store, seed,
                WriteMode.CREATE,
                new ModelOptions().provenance(), VersionProvider.version());
        return runner.pending(units).stream().map(RunUnit::name).toList();
    }

    static Set<String> incomplete(ResultStore store, java.util.Collection<String> names) {
        Map<String, ExperimentCheck.Result> states = store.states(List.copyOf(names));
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            ExperimentCheck.Result r = states.get(n);
            if (r == null || r.status().state() != ResultState.COMPLETE) {
                out.add(n);
            }
        }
        return out;
    }

    private List<String> hashes() {
        List<String> out = new ArrayList<>();
        for (var f : catalogOptions.files()) {
            try {
                out.add(f.getFileName() + "=" + StoredGrids.sha256(java.nio.file.Files.readAllBytes(f)));
            } catch (java.io.IOException e) {
                throw BadInputException.forOption("--grid-file", f, "cannot read: " + e.getMessage());
            }
        }
        return out;
    }

    private List<String> taskArguments(String storeUri, List<String> storedGrids, List<String> names) {
        List<String> args = new ArrayList<>(List.of("task", "--out", storeUri, "--seed", Long.toString(seed)));
        if (runs != null) {
            args.addAll(List.of("--runs", runs.toString()));
        }
        if (days != null) {
            args.addAll(List.of("--days", days.toString()));
        }
        for (String g : storedGrids) {
            args.addAll(List.of("--stored-grid", g));
        }
        args.addAll(names);
        return args;
    }

    /** Runs a task in this process, with this launch's S3 settings and output. */
    private int runHere(List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.addAll(1, storeOptions.s3Arguments());
        CommandLine cl = PocketsimCli.commandLine();
        cl.setOut(spec.commandLine().getOut());
        cl.setErr(spec.commandLine().getErr());
        return cl.execute(all.toArray(String[]::new));
    }

    private RunUnit override(RunUnit u) {
        if (runs == null && days == null) {
            return u;
        }
        return new RunUnit(u.name(), u.seed(), u.model(), u.parameters(), u.stateSet(),
                runs == null ? u.runs() : runs, days == null ? u.days() : days);
    }
}
