package io.pocketsim.postprocess.launch;

import java.time.Duration;
import java.util.List;

/**
 * Runs the chunks one after another on this machine, each task using every core (the task runner decides how: in
 * this process, or as a child process of the same program). Same chunking, retry rules and output as the cloud.
 */
public final class LocalExecutor implements GridExecutor {
    private final TaskRunner runner;

    /** Runs one task's command here and returns its exit code. */
    @FunctionalInterface
    public interface TaskRunner {
        int run(List<String> arguments) throws InterruptedException;
    }

    public LocalExecutor(TaskRunner runner) {
        this.runner = runner;
    }

    @Override
    public LaunchSummary execute(LaunchPlan plan, LaunchProgress progress) throws InterruptedException {
        long start = System.nanoTime();
        AttemptLedger ledger = new AttemptLedger(plan);
        int chunks = plan.chunks().size();
        int n = 0;
        for (var next = ledger.poll(); next.isPresent(); next = ledger.poll()) {
            ChunkRun run = next.get();
            String task = "local task " + (++n);
            ledger.started(run);
            progress.started(run, chunks, task);
            progress.status(ledger.completeCount(), ledger.waiting(), 1);
            String reason;
            try {
                int code = runner.run(plan.command().arguments(run.experiments()));
                reason = "exit code " + code;
            } catch (RuntimeException e) {
                reason = "failed: " + e;
            }
            progress.ended(run, chunks, task, reason, ledger.finished(run, reason));
            progress.status(ledger.completeCount(), ledger.waiting(), 0);
        }
        return ledger.summary(Duration.ofNanos(System.nanoTime() - start));
    }
}
