package io.pocketsim.core.engine;

import java.time.Duration;

/**
 * Progress of a batch of runs, reported after each delivered result.
 *
 * @param done    runs delivered so far
 * @param total   runs in the batch
 * @param elapsed wall time since the batch started
 */
public record Progress(long done, long total, Duration elapsed) {
    /** Delivered runs per second so far. */
    public double runsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s > 0 ? done / s : 0.0;
    }

    /** Estimated time to completion at the current rate. */
    public Duration eta() {
        double rate = runsPerSecond();
        if (rate <= 0 || done >= total) {
            return Duration.ZERO;
        }
        return Duration.ofMillis((long) ((total - done) / rate * 1000));
    }

    /** Fraction done in [0, 1]. */
    public double fraction() {
        return total == 0 ? 1.0 : (double) done / total;
    }
}
