package io.pocketsim.cli;

import io.pocketsim.core.engine.Progress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Reports a batch's progress: on a terminal a progress bar redrawn at most a few times per second; otherwise (a log
 * file, a container's output) one plain line every few seconds ({@value #DEFAULT_LOG_SECONDS} by default, or
 * {@code POCKETSIM_PROGRESS_SECONDS}) with runs done/total, rate and ETA, so a long batch shows it is alive.
 */
final class ProgressReporter implements Consumer<Progress> {
    /** Seconds between plain lines when output is not a terminal. */
    static final int DEFAULT_LOG_SECONDS = 5;
    private static final int WIDTH = 30;
    private static final long BAR_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final String prefix;
    private final long intervalNanos;
    private final LongSupplier clock;
    private long lastNanos;

    ProgressReporter(PrintWriter err, boolean terminal, String prefix, long intervalNanos, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.prefix = prefix;
        this.intervalNanos = intervalNanos;
        this.clock = clock;
        this.lastNanos = clock.getAsLong();
    }

    /** The reporter for a command's error stream: a bar on a terminal, else a line every few seconds. */
    static ProgressReporter forOutput(PrintWriter err, boolean terminal, String prefix) {
        long seconds = DEFAULT_LOG_SECONDS;
        String env = System.getenv("POCKETSIM_PROGRESS_SECONDS");
        if (env != null) {
            try {
                seconds = Math.max(1, Long.parseLong(env.trim()));
            } catch (NumberFormatException e) {
                throw BadInputException.forOption("POCKETSIM_PROGRESS_SECONDS", env, "a whole number of seconds");
            }
        }
        return new ProgressReporter(err, terminal, prefix, terminal ? BAR_NANOS : seconds * 1_000_000_000L,
                System::nanoTime);
    }

    @Override
    public void accept(Progress p) {
        long now = clock.getAsLong();
        boolean last = p.done() >= p.total();
        if (terminal) {
            if (!last && now - lastNanos < intervalNanos) {
                return;
            }
            lastNanos = now;
            int filled = (int) Math.round(p.fraction() * WIDTH);
            String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
            err.print(String.format(Locale.ROOT, "\r[%s] %d/%d runs  %.1f runs/s  ETA %s ", bar, p.done(),
                    p.total(), p.runsPerSecond(), format(p.eta())));
            if (last) {
                err.println();
            }
            err.flush();
            return;
        }
        if (last || now - lastNanos < intervalNanos) {
            return; // the command's summary line reports the end
        }
        lastNanos = now;
        err.println(String.format(Locale.ROOT, "%s: %d/%d runs (%.1f%%), %.1f runs/s, ETA %s", prefix, p.done(),
                p.total(), 100 * p.fraction(), p.runsPerSecond(), format(p.eta())));
        err.flush();
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
