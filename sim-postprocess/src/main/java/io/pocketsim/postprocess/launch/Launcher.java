package io.pocketsim.postprocess.launch;

import io.pocketsim.experiments.catalog.RunUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Plans experiments as a launch and runs the plan on a {@link GridExecutor}: the incomplete ones cut into tasks of at
 * most {@code perTask} experiments, each task's failed experiments retried up to {@code maxAttempts}. The one piece
 * that {@code launch} and a study's launched grids share; the caller owns the messages around it.
 */
public final class Launcher {
    /** The incomplete experiments among some units, in order (may refuse complete ones made from other inputs). */
    @FunctionalInterface
    public interface Pending {
        List<String> of(List<RunUnit> units);
    }

    private final GridExecutor executor;
    private final Pending pending;
    private final CompletionCheck check;
    private final int perTask;
    private final int maxAttempts;
    private final IntFunction<LaunchProgress> progress;

    /**
     * A launcher.
     *
     * @param executor    where tasks run
     * @param pending     which experiments still need running
     * @param check       which of some experiments are not complete in the store (after a task)
     * @param perTask     the most experiments per task
     * @param maxAttempts attempts per chunk, the first included
     * @param progress    progress reporting for a plan of so many experiments
     */
    public Launcher(GridExecutor executor, Pending pending, CompletionCheck check, int perTask, int maxAttempts,
                    IntFunction<LaunchProgress> progress) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.pending = Objects.requireNonNull(pending, "pending");
        this.check = Objects.requireNonNull(check, "check");
        this.perTask = perTask;
        this.maxAttempts = maxAttempts;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** The units' incomplete experiments in near-equal chunks, each task running {@code command}. */
    public LaunchPlan plan(List<RunUnit> units, ChunkCommand command) {
        return LaunchPlan.of(pending.of(units), perTask, maxAttempts, command, check);
    }

    /** Runs the plan until every experiment is complete or has failed its attempts. */
    public LaunchSummary execute(LaunchPlan plan) throws InterruptedException {
        return executor.execute(plan, progress.apply(plan.experiments()));
    }
}
