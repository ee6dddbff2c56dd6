package io.pocketsim.postprocess.csv;

import io.pocketsim.core.engine.RunResult;
import io.pocketsim.postprocess.gzip.GzipMember;
import io.pocketsim.postprocess.result.ExperimentMetadata;
import io.pocketsim.postprocess.result.TimeSeriesSelection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVPrinter;

/**
 * Turns one run into the bytes it adds to an experiment's files: its {@code timeseries.csv.gz} rows as one
 * compressed gzip member and its {@code kpis.csv} row. Encoding is the expensive part of writing (number
 * formatting and deflate); an encoder is immutable and thread-safe, so worker threads encode their own runs in
 * parallel and the {@link ExperimentWriter} on the consuming thread only appends bytes.
 *
 * <p>The bytes depend on the run and on the experiment's name, point index and parameters only, never on the
 * thread or the order of encoding, so the files are the same for any number of threads.
 */
public final class RunEncoder {
    /**
     * The deflate level of {@code timeseries.csv.gz}. Level 1 costs about a quarter of the CPU time of zlib's
     * default level 6 for files about a tenth larger (docs/performance.md); the CPU is better spent on runs.
     */
    public static final int DEFLATE_LEVEL = 1;

    /** Room for one row of a typical model (about 500 bytes); the buffer grows as needed. */
    private static final int ROW_BYTES_GUESS = 512;

    private final String experiment;
    private final int pointIndex;
    private final List<String> paramCells;
    private final int level;
    private final TimeSeriesSelection timeseries;

    private RunEncoder(String experiment, int pointIndex, List<String> paramCells, int level,
                       TimeSeriesSelection timeseries) {
        this.experiment = experiment;
        this.pointIndex = pointIndex;
        this.paramCells = List.copyOf(paramCells);
        this.level = level;
        this.timeseries = timeseries;
    }

    /**
     * The encoder of an experiment's runs: its result name, point index, parameter cells and which runs keep their
     * time series.
     *
     * @throws IllegalArgumentException if a parameter value has no cell form (see {@link ParameterCells})
     */
    public static RunEncoder of(ExperimentMetadata metadata) {
        List<String> cells = new ArrayList<>();
        metadata.parameters().asMap().forEach((k, v) -> cells.add(ParameterCells.format(k, v)));
        return new RunEncoder(metadata.name(), metadata.pointIndex(), cells, DEFLATE_LEVEL, metadata.timeseries());
    }

    /**
     * Encodes one run; call from any thread. A run whose time series is not kept gets no time-series bytes (an empty
     * array), and costs no formatting or compression.
     */
    public EncodedRun encode(RunResult run) {
        // the identity cells that start both the time-series rows and the KPI row
        List<String> identity = List.of(experiment, Integer.toString(pointIndex),
                Integer.toString(run.identity().runIndex()), Long.toString(run.seed()));
        byte[] member = timeseries.keeps(run.identity().runIndex()) ? timeSeries(run, identity) : new byte[0];
        List<String> kpi = new ArrayList<>(identity.size() + paramCells.size() + run.metrics().length);
        kpi.addAll(identity);
        kpi.addAll(paramCells);
        for (double v : run.metrics()) {
            kpi.add(CsvNumbers.format(v));
        }
        return new EncodedRun(run, this, member, printed(kpi, true));
    }

    /** Whether runs with this index (1-based) keep their time series. */
    public boolean keepsTimeSeries(int runIndex) {
        return timeseries.keeps(runIndex);
    }

    /** The run's time-series rows as one gzip member. */
    private byte[] timeSeries(RunResult run, List<String> identity) {
        byte[] prefix = printed(identity, false);
        double[][] rows = run.rows();
        int width = rows.length == 0 ? 0 : rows[0].length;
        CsvBytes out = new CsvBytes(rows.length * Math.max(ROW_BYTES_GUESS, prefix.length + 20 * width));
        // many columns keep their value from one day to the next (fees, multipliers, counts): such a cell copies the
        // bytes written for the same value in its column before, since formatting a double is the dear part
        long[] lastBits = new long[width];
        int[] lastStart = new int[width];
        int[] lastLength = new int[width];
        for (int t = 0; t < rows.length; t++) {
            out.raw(prefix).comma().integer(t);
            double[] row = rows[t];
            for (int c = 0; c < width; c++) {
                out.comma();
                long bits = Double.doubleToRawLongBits(row[c]);
                if (t > 0 && bits == lastBits[c]) {
                    out.repeat(lastStart[c], lastLength[c]);
                } else {
                    int start = out.size();
                    out.number(row[c]);
                    lastBits[c] = bits;
                    lastStart[c] = start;
                    lastLength[c] = out.size() - start;
                }
            }
            out.endRecord();
        }
        return GzipMember.compress(out.array(), 0, out.size(), level);
    }

    /** The header row of a file as one gzip member, for the time series. */
    byte[] compressedHeader(List<String> header) {
        byte[] text = printed(header, true);
        return GzipMember.compress(text, 0, text.length, level);
    }

    /** The header row of a file, uncompressed. */
    static byte[] header(List<String> header) {
        return printed(header, true);
    }

    /** Cells as Commons CSV prints them in the result dialect (quoted where needed), with or without CRLF. */
    private static byte[] printed(List<String> cells, boolean endRecord) {
        StringBuilder sb = new StringBuilder();
        try {
            CSVPrinter printer = new CSVPrinter(sb, ResultCsv.WRITE);
            for (String c : cells) {
                printer.print(c);
            }
            if (endRecord) {
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunEncoder e && experiment.equals(e.experiment) && pointIndex == e.pointIndex
                && paramCells.equals(e.paramCells) && level == e.level && timeseries.equals(e.timeseries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(experiment, pointIndex, paramCells, level, timeseries);
    }

    @Override
    public String toString() {
        return "RunEncoder[" + experiment + ", point " + pointIndex + ", deflate level " + level + ", time series " + timeseries
                + "]";
    }
}
