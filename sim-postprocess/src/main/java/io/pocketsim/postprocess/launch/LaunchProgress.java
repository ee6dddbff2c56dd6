package io.pocketsim.postprocess.launch;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress of a launch, the same for every executor: a redrawn bar on a terminal (experiments complete / total,
 * tasks waiting / running / ended, rate, ETA), plain log lines otherwise. Task starts and ends are always logged.
 */
public final class LaunchProgress {
    private static final int WIDTH = 24;
    private final PrintWriter out;
    private final boolean terminal;
    private final int total;
    private final long startNanos = System.nanoTime();
    private int ended;
    private boolean barShown;

    public LaunchProgress(PrintWriter out, boolean terminal, int total) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
    }

    /** A task started. */
    public synchronized void started(ChunkRun run, int chunks, String task) {
        line(run.label(chunks) + ": started " + task + " (" + run.experiments().size() + " experiment(s))");
    }

    /** A task ended. */
    public synchronized void ended(ChunkRun run, int chunks, String task, String reason, AttemptLedger.Outcome o) {
        ended++;
        String what = switch (o.disposition()) {
            case COMPLETE -> "all " + run.experiments().size() + " complete";
            case RETRY -> o.incomplete().size() + " incomplete, queued for attempt " + (run.attempt() + 1);
            case FAILED -> o.incomplete().size() + " incomplete, no attempts left";
        };
        line(run.label(chunks) + ": " + task + " ended (" + reason + "): " + what);
    }

    /** A free-form log line. */
    public synchronized void note(String message) {
        line(message);
    }

    /** The counts now; redraws the bar on a terminal, otherwise does nothing (the task lines say enough). */
    public synchronized void status(int complete, int waiting, int running) {
        if (!terminal) {
            return;
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double rate = seconds > 0 ? complete / seconds : 0;
        Duration eta = rate > 0 ? Duration.ofSeconds((long) ((total - complete) / rate)) : Duration.ZERO;
        int filled = total == 0 ? WIDTH : (int) Math.round((double) complete / total * WIDTH);
        out.print(String.format(Locale.ROOT, "\r[%s] %d/%d experiments  tasks %d waiting %d running %d ended"
                        + "  %.2f/min  ETA %s ", "#".repeat(filled) + "-".repeat(WIDTH - filled), complete, total,
                waiting, running, ended, rate * 60, format(eta)));
        out.flush();
        barShown = true;
    }

    private void line(String s) {
        if (barShown) {
            out.print("\r\033[K");
            barShown = false;
        }
        out.println(s);
        out.flush();
    }

    /** A duration as {@code 1h02m}, {@code 3m05s} or {@code 4.2s}. */
    public static String format(Duration d) {
        long s = d.getSeconds();
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
    }
}
