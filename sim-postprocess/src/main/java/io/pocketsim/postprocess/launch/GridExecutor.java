package io.pocketsim.postprocess.launch;

/**
 * Runs a launch plan's chunks as tasks somewhere (this machine, ECS Fargate) until every experiment is complete in
 * the store or has failed its attempts. Every implementation uses {@link AttemptLedger} for the retry rules and
 * {@link LaunchProgress} for what it prints, so they differ only in where a task runs.
 */
public interface GridExecutor {
    /** Runs the plan; an empty plan returns at once with nothing to do. */
    LaunchSummary execute(LaunchPlan plan, LaunchProgress progress) throws InterruptedException;
}
