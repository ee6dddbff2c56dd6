package io.pocketsim.postprocess.batch;

import static com.google.common.math.LongMath.saturatedAdd;
import static com.google.common.math.LongMath.saturatedMultiply;

import io.pocketsim.experiments.catalog.RunUnit;
import io.pocketsim.postprocess.result.TimeSeriesSelection;
import java.time.Duration;
import java.util.List;

/**
 * The size of a batch before it starts: its runs (which must fit one batch), and rough estimates of the bytes it
 * will write and the time it will take, from figures measured on the Pocket model (docs/performance.md: 10,000 Base
 * runs of 365 days wrote 842,672,002 bytes of time series and 5,025,105 of KPIs, at about 12,000 run-days per second
 * per thread). They are estimates within a factor of about two: enough to warn before a run of hours and to refuse
 * one that cannot fit on the disk.
 *
 * @param runs     the Monte Carlo runs of all units
 * @param runDays  the simulated days of all runs
 * @param bytes    the estimated bytes written
 */
public record BatchSize(long runs, long runDays, long bytes) {
    /** The most runs one batch holds (runs are numbered with an {@code int}). */
    public static final long MAX_RUNS = Integer.MAX_VALUE;

    /** Estimated bytes of compressed time series per recorded row (a run of T days records T + 1 rows). */
    static final long BYTES_PER_ROW = 230;
    /** Estimated bytes of {@code kpis.csv} per run. */
    static final long KPI_BYTES_PER_RUN = 850;
    /** Estimated simulated days per second on one thread (a conservative figure; grids differ). */
    static final long RUN_DAYS_PER_SECOND_PER_THREAD = 10_000;

    /** The size of the units' runs (with saturating arithmetic: a huge request is still measured, not wrapped). */
    public static BatchSize of(List<RunUnit> units) {
        return of(units, TimeSeriesSelection.ALL);
    }

    /** The size of the units' runs when only the selected runs of each unit keep their time series. */
    public static BatchSize of(List<RunUnit> units, TimeSeriesSelection timeseries) {
        long runs = 0;
        long runDays = 0;
        long bytes = 0;
        for (RunUnit u : units) {
            runs = saturatedAdd(runs, u.runs());
            runDays = saturatedAdd(runDays, saturatedMultiply(u.runs(), u.days() + 1L));
            bytes = saturatedAdd(bytes, saturatedAdd(saturatedMultiply(saturatedMultiply(
                    timeseries.keptOf(u.runs()), u.days() + 1L),
                    BYTES_PER_ROW), saturatedMultiply(u.runs(), KPI_BYTES_PER_RUN)));
        }
        return new BatchSize(runs, runDays, bytes);
    }

    /** Whether the runs fit one batch. */
    public boolean fitsOneBatch() {
        return runs <= MAX_RUNS;
    }

    /** The estimated wall time on a number of threads. */
    public Duration time(int threads) {
        return Duration.ofSeconds(runDays / (RUN_DAYS_PER_SECOND_PER_THREAD * Math.max(1, threads)));
    }

    /** Bytes for people: "1.2 GB", "830 MB", "12 kB". */
    public static String human(long bytes) {
        String[] units = {"bytes", "kB", "MB", "GB", "TB", "PB", "EB"};
        double v = bytes;
        int i = 0;
        while (v >= 1000 && i < units.length - 1) {
            v /= 1000;
            i++;
        }
        return i == 0 ? bytes + " bytes" : String.format(java.util.Locale.ROOT, "%.1f %s", v, units[i]);
    }
}
