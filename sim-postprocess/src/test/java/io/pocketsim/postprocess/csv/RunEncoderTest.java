package io.pocketsim.postprocess.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.io.ByteStreams;
import io.pocketsim.core.engine.RunResult;
import io.pocketsim.core.random.RunIdentity;
import io.pocketsim.core.random.SeedDerivation;
import io.pocketsim.postprocess.gzip.GzipMembersInputStream;
import io.pocketsim.postprocess.result.ExperimentMetadata;
import io.pocketsim.postprocess.store.WriteMode;
import io.pocketsim.postprocess.store.testutils.InMemoryResultStore;
import io.pocketsim.postprocess.store.testutils.ToyRuns;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

class RunEncoderTest {
    private static final List<String> COLUMNS = List.of("a", "b", "c", "d", "e", "f");

    /** The rows as the writer printed them before encoding moved to the workers: Commons CSV, cell by cell. */
    private static String printedCellByCell(ExperimentMetadata md, RunResult run) throws IOException {
        StringBuilder sb = new StringBuilder();
        CSVPrinter ts = new CSVPrinter(sb, ResultCsv.WRITE);
        for (int t = 0; t < run.rows().length; t++) {
            ts.print(md.name());
            ts.print(Integer.toString(md.pointIndex()));
            ts.print(Integer.toString(run.identity().runIndex()));
            ts.print(Long.toString(run.seed()));
            ts.print(Integer.toString(t));
            for (double v : run.rows()[t]) {
                ts.print(CsvNumbers.format(v));
            }
            ts.println();
        }
        return sb.toString();
    }

    /**
     * A run of arbitrary doubles: any bit pattern, specials, integers, subnormals, and cells that repeat the cell
     * above (the encoder copies those bytes instead of formatting again; 0.0 and -0.0 must stay apart).
     */
    private static RunResult arbitraryRun(ExperimentMetadata md, int runIndex, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] rows = new double[md.timesteps() + 1][COLUMNS.size()];
        for (int t = 0; t < rows.length; t++) {
            double[] row = rows[t];
            for (int c = 0; c < row.length; c++) {
                double above = t == 0 ? 0.0 : rows[t - 1][c];
                row[c] = switch (r.nextInt(7)) {
                    case 0 -> Double.longBitsToDouble(r.nextLong());
                    case 1 -> DoubleGen.SPECIAL.get(r.nextInt(DoubleGen.SPECIAL.size()));
                    case 2 -> (double) r.nextLong(-(1L << 60), 1L << 60);
                    case 3 -> r.nextDouble() * 1e16;
                    case 4 -> above;
                    case 5 -> -above;
                    default -> Math.floor(r.nextDouble() * 1e9);
                };
            }
        }
        RunIdentity id = new RunIdentity(md.seedExperiment(), md.pointIndex(), runIndex);
        return new RunResult(id, SeedDerivation.runSeed(md.rootSeed(), id), COLUMNS, rows, List.of("m"),
                new double[] {r.nextDouble()});
    }

    private static String gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return new String(ByteStreams.toByteArray(in), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldEncodeRowsAsTheSameTextAsCommonsCsvCellByCell() throws IOException {
        ExperimentMetadata md = ToyRuns.gridPoint("network_viability_ag3_", 17, 40, 30);
        RunEncoder encoder = RunEncoder.of(md);
        for (int run = 1; run <= 40; run++) {
            RunResult r = arbitraryRun(md, run, 1000L + run);
            assertThat(gunzip(encoder.encode(r).timeseries())).isEqualTo(printedCellByCell(md, r));
        }
        RunResult toy = ToyRuns.run(md, 3);
        assertThat(gunzip(encoder.encode(toy).timeseries())).isEqualTo(printedCellByCell(md, toy));
    }

    @Test
    void shouldEncodeTheKpiRowWithIdentityParametersAndMetrics() {
        ExperimentMetadata md = ToyRuns.metadata("Base", 2, 3);
        RunResult r = ToyRuns.run(md, 2);
        String row = new String(RunEncoder.of(md).encode(r).kpiRow(), StandardCharsets.UTF_8);
        assertThat(row).isEqualTo("Base,1,2," + r.seed() + ",1.0E-4,fast,outage;price_drop,,12,"
                + CsvNumbers.format(r.metrics()[0]) + "," + CsvNumbers.format(r.metrics()[1]) + "\r\n");
    }

    @Test
    void shouldGiveTheSameBytesOnAnyThread() throws Exception {
        ExperimentMetadata md = ToyRuns.metadata("Base", 16, 50);
        RunEncoder encoder = RunEncoder.of(md);
        List<byte[]> here = new ArrayList<>();
        for (int run = 1; run <= 16; run++) {
            here.add(encoder.encode(arbitraryRun(md, run, run)).timeseries());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> there = new ArrayList<>();
            for (int run = 16; run >= 1; run--) {
                int i = run;
                there.add(0, pool.submit(() -> encoder.encode(arbitraryRun(md, i, i)).timeseries()));
            }
            for (int i = 0; i < 16; i++) {
                assertThat(there.get(i).get()).isEqualTo(here.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldWriteTheSameFilesFromEncodedRunsAsFromPlainRuns() throws IOException {
        ExperimentMetadata md = ToyRuns.metadata("Base", 5, 20);
        InMemoryResultStore plain = new InMemoryResultStore();
        ToyRuns.write(plain, md, WriteMode.CREATE);
        InMemoryResultStore encoded = new InMemoryResultStore();
        try (ExperimentWriter w = ExperimentWriter.open(encoded, md, WriteMode.CREATE)) {
            RunEncoder encoder = RunEncoder.of(md);
            ToyRuns.runs(md).forEach(r -> w.write(encoder.encode(r)));
            w.commit();
        }
        for (String file : List.of("timeseries.csv.gz", "kpis.csv")) {
            assertThat(encoded.raw("Base", file).orElseThrow()).isEqualTo(plain.raw("Base", file).orElseThrow());
        }
        // one member for the header, one per run; read back as one CSV text
        byte[] gz = plain.raw("Base", "timeseries.csv.gz").orElseThrow();
        try (InputStream in = new GzipMembersInputStream(new ByteArrayInputStream(gz), 512)) {
            String text = new String(ByteStreams.toByteArray(in), StandardCharsets.UTF_8);
            assertThat(text.split("\r\n", -1)).hasSize(1 + 5 * 21 + 1);
            assertThat(text).startsWith("experiment,point,run,seed,timestep,alpha,beta,gamma\r\nBase,1,1,");
        }
    }

    @Test
    void shouldRefuseARunEncodedForAnotherExperiment() {
        ExperimentMetadata md = ToyRuns.metadata("Base", 2, 3);
        ExperimentMetadata other = ToyRuns.metadata("Other", 2, 3);
        InMemoryResultStore store = new InMemoryResultStore();
        try (ExperimentWriter w = ExperimentWriter.open(store, md, WriteMode.CREATE)) {
            EncodedRun wrong = RunEncoder.of(other).encode(ToyRuns.run(md, 1));
            assertThatThrownBy(() -> w.write(wrong)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Other").hasMessageContaining("\"Base\"");
            assertThat(w.runsWritten()).isZero();
            assertThat(w.encoder()).isEqualTo(RunEncoder.of(md));
        }
    }
}
