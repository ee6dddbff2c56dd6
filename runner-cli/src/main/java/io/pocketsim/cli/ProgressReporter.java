package io.pocketsim.cli;

import io.pocketsim.core.engine.Progress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Shows a progress bar on a terminal (redrawn at most a few times per second); prints nothing while running when
 * output is not a terminal, so logs stay clean.
 */
final class ProgressReporter implements Consumer<Progress> {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private long lastDrawNanos;

    ProgressReporter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void accept(Progress p) {
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        if (p.done() < p.total() && now - lastDrawNanos < 200_000_000L) {
            return;
        }
        lastDrawNanos = now;
        int filled = (int) Math.round(p.fraction() * WIDTH);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        err.print(String.format(Locale.ROOT, "\r[%s] %d/%d runs  %.1f runs/s  ETA %s ", bar, p.done(), p.total(),
                p.runsPerSecond(), format(p.eta())));
        if (p.done() >= p.total()) {
            err.println();
        }
        err.flush();
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
