package io.pocketsim.postprocess.launch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.time.Duration;

/**
 * The retry rules every executor shares. Chunk runs wait in a queue; when a task ends, the store says which of its
 * experiments are still incomplete, and those run again as the chunk's next attempt until the plan's attempt limit,
 * after which they are failed with the last reason. A task that never started (a launch failure) goes back to the
 * queue without using an attempt. Thread-safe.
 */
public final class AttemptLedger {
    private final LaunchPlan plan;
    private final Deque<ChunkRun> queue = new ArrayDeque<>();
    private final Set<String> complete = new LinkedHashSet<>();
    private final Map<String, String> failed = new LinkedHashMap<>();
    private int started;
    private int relaunches;

    public AttemptLedger(LaunchPlan plan) {
        this.plan = plan;
        queue.addAll(plan.firstRuns());
    }

    /** The plan. */
    public LaunchPlan plan() {
        return plan;
    }

    /** The next chunk run to start, if any is waiting. */
    public synchronized Optional<ChunkRun> poll() {
        return Optional.ofNullable(queue.poll());
    }

    /** Chunk runs waiting. */
    public synchronized int waiting() {
        return queue.size();
    }

    /** Records that a chunk run's task started. */
    public synchronized void started(ChunkRun run) {
        started++;
    }

    /** Puts back a chunk run whose task could not be started (capacity, throttling); its attempt is not used. */
    public synchronized void notStarted(ChunkRun run) {
        relaunches++;
        queue.addLast(run);
    }

    /**
     * Records that a chunk run's task ended, checking its experiments in the store.
     *
     * @param reason why it ended, used when experiments are left incomplete (e.g. {@code exit code 1})
     * @return what happens next
     */
    public Outcome finished(ChunkRun run, String reason) {
        Set<String> incomplete = plan.check().incomplete(run.experiments());
        synchronized (this) {
            List<String> left = new ArrayList<>();
            for (String e : run.experiments()) {
                if (incomplete.contains(e)) {
                    left.add(e);
                } else {
                    complete.add(e);
                }
            }
            if (left.isEmpty()) {
                return new Outcome(List.of(), Disposition.COMPLETE);
            }
            if (run.attempt() < plan.maxAttempts()) {
                queue.addLast(new ChunkRun(run.chunk(), run.attempt() + 1, left));
                return new Outcome(left, Disposition.RETRY);
            }
            String why = run.label(plan.chunks().size()) + ": " + reason;
            for (String e : left) {
                failed.put(e, why);
            }
            return new Outcome(left, Disposition.FAILED);
        }
    }

    /** Experiments complete so far (of those planned). */
    public synchronized int completeCount() {
        return complete.size();
    }

    /** The summary so far. */
    public synchronized LaunchSummary summary(Duration wall) {
        return new LaunchSummary(plan.experiments(), complete.size(), failed, plan.chunks().size(), started,
                relaunches, wall);
    }

    /** What follows the end of a task. */
    public enum Disposition {
        /** Every experiment of the run is complete. */
        COMPLETE,
        /** Incomplete experiments were queued as the next attempt. */
        RETRY,
        /** Incomplete experiments used their last attempt. */
        FAILED
    }

    /**
     * The result of one task's end.
     *
     * @param incomplete  the run's experiments still incomplete
     * @param disposition what happens to them
     */
    public record Outcome(List<String> incomplete, Disposition disposition) {
    }
}
