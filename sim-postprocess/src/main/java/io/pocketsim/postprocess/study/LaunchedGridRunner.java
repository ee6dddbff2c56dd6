package io.pocketsim.postprocess.study;

import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.catalog.RunUnit;
import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.postprocess.launch.ChunkCommand;
import io.pocketsim.postprocess.launch.CompletionCheck;
import io.pocketsim.postprocess.launch.GridExecutor;
import io.pocketsim.postprocess.launch.LaunchPlan;
import io.pocketsim.postprocess.launch.LaunchProgress;
import io.pocketsim.postprocess.launch.LaunchSummary;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs a study's grid through the launch seam, as {@code launch} does: the grid's incomplete points are cut into
 * tasks of at most {@code perTask} experiments and run on a {@link GridExecutor} (this machine or ECS), failed
 * tasks' incomplete experiments retried up to {@code maxAttempts}. A grid with experiments that failed every attempt
 * stops the study (nothing is scored from a partial grid); running the study again retries them.
 */
public final class LaunchedGridRunner implements Study.GridRunner {
    /** The incomplete experiments among a grid's units, in order. */
    @FunctionalInterface
    public interface Pending {
        List<String> of(List<RunUnit> units);
    }

    /** The task command (arguments after the program) that runs the named experiments of a grid. */
    @FunctionalInterface
    public interface TaskArguments {
        List<String> of(Grid grid, List<String> experiments);
    }

    private final GridExecutor executor;
    private final Pending pending;
    private final CompletionCheck check;
    private final TaskArguments arguments;
    private final int perTask;
    private final int maxAttempts;
    private final java.util.function.IntFunction<LaunchProgress> progress;
    private final Supplier<String> where;

    /**
     * A runner.
     *
     * @param executor    where tasks run
     * @param pending     which experiments still need running
     * @param check       which of some experiments are not complete in the store (after a task)
     * @param arguments   each task's command
     * @param perTask     the most experiments per task
     * @param maxAttempts attempts per chunk, the first included
     * @param progress    progress reporting for a plan of so many experiments
     * @param where       the executor's name, for messages
     */
    public LaunchedGridRunner(GridExecutor executor, Pending pending, CompletionCheck check, TaskArguments arguments,
                              int perTask, int maxAttempts, java.util.function.IntFunction<LaunchProgress> progress,
                              Supplier<String> where) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.pending = Objects.requireNonNull(pending, "pending");
        this.check = Objects.requireNonNull(check, "check");
        this.arguments = Objects.requireNonNull(arguments, "arguments");
        this.perTask = perTask;
        this.maxAttempts = maxAttempts;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.where = Objects.requireNonNull(where, "where");
    }

    @Override
    public Study.RunSummary run(Grid grid) throws InterruptedException {
        List<RunUnit> units = ExperimentCatalog.units(grid);
        List<String> incomplete = pending.of(units);
        if (incomplete.isEmpty()) {
            return new Study.RunSummary(0, units.size(), 0);
        }
        ChunkCommand command = names -> arguments.of(grid, names);
        LaunchPlan plan = LaunchPlan.of(incomplete, perTask, maxAttempts, command, check);
        LaunchSummary summary = executor.execute(plan, progress.apply(plan.experiments()));
        if (!summary.allComplete()) {
            throw new IllegalStateException("grid " + grid.name() + " on " + where.get() + ": "
                    + summary.render().strip().replace('\n', ';'));
        }
        Set<String> ran = new HashSet<>(incomplete);
        long runs = units.stream().filter(u -> ran.contains(u.name())).mapToLong(RunUnit::runs).sum();
        return new Study.RunSummary(incomplete.size(), units.size() - incomplete.size(), runs);
    }
}
