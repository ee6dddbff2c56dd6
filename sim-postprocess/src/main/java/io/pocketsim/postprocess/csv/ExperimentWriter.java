package io.pocketsim.postprocess.csv;

import com.google.common.hash.HashingOutputStream;
import com.google.common.hash.Hashing;
import com.google.common.io.CountingOutputStream;
import io.pocketsim.core.engine.RunResult;
import io.pocketsim.core.random.RunIdentity;
import io.pocketsim.core.random.SeedDerivation;
import io.pocketsim.postprocess.result.ExperimentMetadata;
import io.pocketsim.postprocess.result.Manifest;
import io.pocketsim.postprocess.result.ManifestFile;
import io.pocketsim.postprocess.result.ResultNames;
import io.pocketsim.postprocess.result.RunSeed;
import io.pocketsim.postprocess.store.ExperimentUpload;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.store.WriteMode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Writes one experiment's runs into a store as they arrive: each {@link RunResult} becomes its rows of
 * {@code timeseries.csv.gz} and its row of {@code kpis.csv} and is then forgotten, so memory does not grow with
 * the number of runs. {@link #commit()} finishes both files and writes the manifest; closing without a commit
 * leaves the experiment incomplete.
 *
 * <p>Runs must arrive in run order 1..runs with the metadata's seed identity (as {@code MonteCarloExecutor}
 * delivers them), all with the same columns and T + 1 rows.
 *
 * <p>A run can arrive as it is ({@link #accept(RunResult)}: encoded here, on the calling thread) or already
 * encoded by {@link #encoder()} on a worker thread ({@link #write(EncodedRun)}), which keeps the calling thread
 * free of number formatting and compression. Both give the same bytes. {@code timeseries.csv.gz} is a sequence of
 * gzip members: the header row, then one member per run; decompressed, it is one CSV text. Only the runs the
 * metadata's {@link io.pocketsim.postprocess.result.TimeSeriesSelection} keeps are in it; with none kept the file is
 * not written at all. {@code kpis.csv} always has every run.
 */
public final class ExperimentWriter implements Consumer<RunResult>, AutoCloseable {
    /** Identity columns that start every row of {@code timeseries.csv.gz}. */
    public static final List<String> TIMESERIES_IDENTITY = List.of("experiment", "point", "run", "seed", "timestep");
    /** Identity columns that start every row of {@code kpis.csv}. */
    public static final List<String> KPI_IDENTITY = List.of("experiment", "point", "run", "seed");

    private static final int BUFFER_BYTES = 1 << 16;

    private final ExperimentUpload upload;
    private final ExperimentMetadata metadata;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final Instant startedAt;
    private final long startNanos;
    private final List<RunSeed> seeds = new ArrayList<>();
    private final TableFile timeseries;
    private final TableFile kpis;
    private final RunEncoder encoder;
    private List<String> columns;
    private List<String> metricColumns;
    private boolean committed;
    private boolean closed;

    private ExperimentWriter(ExperimentUpload upload, ExperimentMetadata metadata, Clock clock, LongSupplier nanoTime) {
        this.upload = upload;
        this.metadata = metadata;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.startedAt = clock.instant();
        this.startNanos = nanoTime.getAsLong();
        this.encoder = RunEncoder.of(metadata);
        // with no run's time series kept there is no time-series file at all, and the manifest lists none
        this.timeseries = metadata.timeseries().keptOf(metadata.runs()) == 0 ? null
                : new TableFile(ResultNames.TIMESERIES, upload.file(ResultNames.TIMESERIES));
        this.kpis = new TableFile(ResultNames.KPIS, upload.file(ResultNames.KPIS));
    }

    /**
     * Starts writing an experiment into a store (see {@link ResultStore#create}).
     *
     * @throws io.pocketsim.postprocess.store.ExperimentExistsException if it is complete and mode is CREATE
     */
    public static ExperimentWriter open(ResultStore store, ExperimentMetadata metadata, WriteMode mode) {
        // bad parameter values must fail before the store removes anything an overwrite would replace
        metadata.parameters().asMap().forEach(ParameterCells::format);
        return open(store.create(metadata.name(), mode), metadata, Clock.systemUTC(), System::nanoTime);
    }

    /**
     * Starts writing an experiment into an upload, with the clocks given (for tests).
     *
     * @param clock    gives the start and end times recorded in the manifest
     * @param nanoTime a monotonic clock for the wall time
     */
    public static ExperimentWriter open(ExperimentUpload upload, ExperimentMetadata metadata, Clock clock,
                                        LongSupplier nanoTime) {
        try {
            return new ExperimentWriter(upload, metadata, clock, nanoTime);
        } catch (RuntimeException e) {
            upload.close();
            throw e;
        }
    }

    /** The metadata being written. */
    public ExperimentMetadata metadata() {
        return metadata;
    }

    /** Runs written so far. */
    public int runsWritten() {
        return seeds.size();
    }

    /**
     * Writes one run.
     *
     * @throws IllegalArgumentException if the run does not belong here (identity, order, seed, shape)
     * @throws IllegalStateException    if the writer is committed or closed
     */
    @Override
    public void accept(RunResult run) {
        requireOpen();
        // write checks the run
        write(encoder.encode(run));
    }

    /** The encoder of this experiment's runs, for encoding them on other threads (see {@link #write}). */
    public RunEncoder encoder() {
        return encoder;
    }

    /**
     * Writes one run encoded by this experiment's {@link #encoder()} (or an equal one).
     *
     * @throws IllegalArgumentException if the run does not belong here (identity, order, seed, shape, encoder)
     * @throws IllegalStateException    if the writer is committed or closed
     */
    public void write(EncodedRun encoded) {
        requireOpen();
        RunResult run = encoded.run();
        if (!encoder.equals(encoded.encoder())) {
            throw new IllegalArgumentException("run " + run.identity().runIndex() + " was encoded by "
                    + encoded.encoder() + ", not by the encoder of experiment \"" + metadata.name() + "\"");
        }
        check(run);
        try {
            if (columns == null) {
                start(run);
            }
            if (encoder.keepsTimeSeries(run.identity().runIndex())) {
                timeseries.out.write(encoded.timeseries());
                timeseries.rows += run.rows().length;
            }
            kpis.out.write(encoded.kpiRow());
            kpis.rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write run " + run.identity().runIndex() + " of experiment \""
                    + metadata.name() + "\"", e);
        }
        seeds.add(new RunSeed(run.identity().runIndex(), run.seed()));
    }

    /**
     * Finishes the files and writes the manifest, which completes the experiment.
     *
     * @return the manifest written
     * @throws IllegalStateException if fewer runs than the metadata's were written
     */
    public Manifest commit() {
        requireOpen();
        if (seeds.size() != metadata.runs()) {
            throw new IllegalStateException("experiment \"" + metadata.name() + "\" expects " + metadata.runs()
                    + " runs; " + seeds.size() + " were written");
        }
        try {
            List<ManifestFile> files = new ArrayList<>(2);
            if (timeseries != null) {
                files.add(timeseries.finish());
            }
            files.add(kpis.finish());
            Instant finishedAt = clock.instant();
            if (finishedAt.isBefore(startedAt)) {
                finishedAt = startedAt;
            }
            double wall = Math.max(0, nanoTime.getAsLong() - startNanos) / 1e9;
            Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, metadata, seeds, startedAt, finishedAt, wall,
                    files);
            upload.commit(manifest);
            committed = true;
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish experiment \"" + metadata.name() + "\"", e);
        }
    }

    /** Ends writing; without a commit the experiment is left incomplete. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!committed) {
            // the upload discards the files first, so closing the streams places nothing
            upload.close();
            if (timeseries != null) {
                timeseries.abandon();
            }
            kpis.abandon();
        } else {
            upload.close();
        }
    }

    private void requireOpen() {
        if (committed || closed) {
            throw new IllegalStateException("writer of experiment \"" + metadata.name() + "\" is "
                    + (committed ? "committed" : "closed"));
        }
    }

    private void check(RunResult run) {
        RunIdentity id = run.identity();
        int expected = seeds.size() + 1;
        if (!id.experiment().equals(metadata.seedExperiment()) || id.pointIndex() != metadata.pointIndex()
                || id.runIndex() != expected) {
            throw new IllegalArgumentException("run identity " + id + " is not the next run of experiment \""
                    + metadata.name() + "\"; expected (" + metadata.seedExperiment() + ", point "
                    + metadata.pointIndex() + ", run " + expected + ")");
        }
        if (expected > metadata.runs()) {
            throw new IllegalArgumentException("run " + expected + " exceeds the " + metadata.runs()
                    + " runs of experiment \"" + metadata.name() + "\"");
        }
        if (metadata.seedDerivation().equals(SeedDerivation.VERSION)) {
            long derived = SeedDerivation.runSeed(metadata.rootSeed(), id);
            if (derived != run.seed()) {
                throw new IllegalArgumentException("seed of run " + id + " is " + run.seed() + ", but root seed "
                        + metadata.rootSeed() + " derives " + derived);
            }
        }
        if (run.rows().length != metadata.timesteps() + 1) {
            throw new IllegalArgumentException("run " + id.runIndex() + " has " + run.rows().length
                    + " rows; timesteps " + metadata.timesteps() + " needs " + (metadata.timesteps() + 1));
        }
        if (columns != null && !columns.equals(run.columns())) {
            throw new IllegalArgumentException("run " + id.runIndex() + " records columns " + run.columns()
                    + "; earlier runs recorded " + columns);
        }
        if (metricColumns != null && !metricColumns.equals(run.metricColumns())) {
            throw new IllegalArgumentException("run " + id.runIndex() + " has metric columns "
                    + run.metricColumns() + "; earlier runs had " + metricColumns);
        }
        for (int t = 0; t < run.rows().length; t++) {
            if (run.rows()[t].length != run.columns().size()) {
                throw new IllegalArgumentException("run " + id.runIndex() + " row " + t + " has "
                        + run.rows()[t].length + " values for " + run.columns().size() + " columns");
            }
        }
        if (run.metrics().length != run.metricColumns().size()) {
            throw new IllegalArgumentException("run " + id.runIndex() + " has " + run.metrics().length
                    + " metric values for " + run.metricColumns().size() + " metric columns");
        }
    }

    private void start(RunResult first) throws IOException {
        List<String> tsHeader = new ArrayList<>(TIMESERIES_IDENTITY);
        tsHeader.addAll(first.columns());
        List<String> kpiHeader = new ArrayList<>(KPI_IDENTITY);
        metadata.parameters().names().forEach(n -> kpiHeader.add(ParameterCells.column(n)));
        kpiHeader.addAll(first.metricColumns());
        requireDistinct(ResultNames.TIMESERIES, tsHeader);
        requireDistinct(ResultNames.KPIS, kpiHeader);
        if (timeseries != null) {
            timeseries.out.write(encoder.compressedHeader(tsHeader));
        }
        kpis.out.write(RunEncoder.header(kpiHeader));
        columns = List.copyOf(first.columns());
        metricColumns = List.copyOf(first.metricColumns());
    }

    private static void requireDistinct(String file, List<String> header) {
        Set<String> seen = new HashSet<>();
        for (String h : header) {
            if (!seen.add(h)) {
                throw new IllegalArgumentException(file + " would have two columns named \"" + h
                        + "\"; recorded and metric column names must differ from the identity and param_ columns");
            }
        }
    }

    /** One file on its way to the store, hashed and counted as stored; the writer appends encoded bytes. */
    private static final class TableFile {
        private final String name;
        private final OutputStream target;
        private final CountingOutputStream counted;
        private final HashingOutputStream hashed;
        private final OutputStream out;
        private long rows;

        TableFile(String name, OutputStream target) {
            this.name = name;
            this.target = target;
            this.counted = new CountingOutputStream(new BufferedOutputStream(target, BUFFER_BYTES));
            this.hashed = new HashingOutputStream(Hashing.sha256(), counted);
            this.out = hashed;
        }

        ManifestFile finish() throws IOException {
            // closing the stream closes the store's stream, placing the file
            out.close();
            return new ManifestFile(name, counted.getCount(), hashed.hash().toString(), rows);
        }

        void abandon() {
            try {
                out.close();
            } catch (IOException | RuntimeException e) {
                // the upload is aborted: the store refuses further bytes, and nothing of this file is kept
            }
            try {
                target.close();
            } catch (IOException e) {
                // as above
            }
        }
    }
}
