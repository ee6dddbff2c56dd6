package io.pocketsim.postprocess.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.Hashing;
import com.google.common.io.ByteStreams;
import io.pocketsim.core.engine.RunResult;
import io.pocketsim.core.random.RunIdentity;
import io.pocketsim.core.random.SeedDerivation;
import io.pocketsim.postprocess.result.ExperimentMetadata;
import io.pocketsim.postprocess.result.Manifest;
import io.pocketsim.postprocess.result.ManifestFile;
import io.pocketsim.postprocess.result.ResultNames;
import io.pocketsim.postprocess.result.TimeSeriesSelection;
import io.pocketsim.postprocess.store.ResultState;
import io.pocketsim.postprocess.store.WriteMode;
import io.pocketsim.postprocess.store.testutils.InMemoryResultStore;
import io.pocketsim.postprocess.store.testutils.ToyRuns;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExperimentWriterTest {
    private static final Instant START = Instant.parse("2026-02-03T04:05:06Z");

    private InMemoryResultStore store;
    private ExperimentMetadata md;
    private Manifest manifest;

    @BeforeEach
    void writeToyExperiment() {
        store = new InMemoryResultStore();
        md = ToyRuns.metadata("Base", 3, 4);
        AtomicLong nanos = new AtomicLong(1_000_000_000L);
        // each reading of the monotonic clock advances it by 0.75 s
        try (ExperimentWriter w = ExperimentWriter.open(store.create("Base", WriteMode.CREATE), md,
                Clock.fixed(START, ZoneOffset.UTC), () -> nanos.getAndAdd(750_000_000L))) {
            ToyRuns.runs(md).forEach(w);
            manifest = w.commit();
        }
    }

    private byte[] raw(String file) {
        return store.raw("Base", file).orElseThrow();
    }

    /** Parses with plain Commons CSV defaults (no project code), as any generic reader would. */
    private static List<CSVRecord> parseGenerically(Reader reader) throws IOException {
        try (CSVParser p = CSVFormat.DEFAULT.parse(reader)) {
            return p.getRecords();
        }
    }

    @Test
    void shouldWriteOneKpiRowPerRunWithIdentityParametersAndMetrics() throws IOException {
        List<CSVRecord> rows = parseGenerically(new InputStreamReader(new ByteArrayInputStream(raw("kpis.csv")),
                StandardCharsets.UTF_8));

        assertThat(rows.get(0).toList()).containsExactly("experiment", "point", "run", "seed", "param_fee",
                "param_mode", "param_events", "param_cap", "param_count", "alpha_sum", "beta_last");
        assertThat(rows).hasSize(1 + 3);
        for (int r = 1; r <= 3; r++) {
            CSVRecord row = rows.get(r);
            long seed = SeedDerivation.runSeed(42L, new RunIdentity("Base", 1, r));
            double alphaSum = 0;
            for (int t = 0; t <= 4; t++) {
                alphaSum += ToyRuns.alpha(r, t);
            }
            assertThat(row.toList()).containsExactly("Base", "1", Integer.toString(r), Long.toString(seed),
                    "1.0E-4", "fast", "outage;price_drop", "", "12",
                    CsvNumbers.format(alphaSum), Double.toString(1.0 / (r + 4)));
        }
    }

    @Test
    void shouldWriteOneTimeSeriesRowPerRunAndTimestepThatReadsBackExactly() throws IOException {
        List<CSVRecord> rows = parseGenerically(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(raw("timeseries.csv.gz"))), StandardCharsets.UTF_8));

        assertThat(rows.get(0).toList()).containsExactly("experiment", "point", "run", "seed", "timestep",
                "alpha", "beta", "gamma");
        assertThat(rows).hasSize(1 + 3 * 5);
        int i = 1;
        for (int r = 1; r <= 3; r++) {
            for (int t = 0; t <= 4; t++) {
                CSVRecord row = rows.get(i++);
                assertThat(row.get(2)).isEqualTo(Integer.toString(r));
                assertThat(row.get(4)).isEqualTo(Integer.toString(t));
                assertThat(CsvNumbers.parse(row.get(5))).isEqualTo(ToyRuns.alpha(r, t));
                assertThat(DoubleGen.same(CsvNumbers.parse(row.get(6)), ToyRuns.beta(r, t))).isTrue();
                assertThat(DoubleGen.same(CsvNumbers.parse(row.get(7)), ToyRuns.gamma(r, t))).isTrue();
            }
        }
        assertThat(rows.get(1).get(6)).as("NaN at t = 0 is the empty cell").isEmpty();
        assertThat(rows.get(1).get(7)).as("negative zero keeps its sign").isEqualTo("-0.0");
        assertThat(rows.get(2).get(7)).as("subnormal").isEqualTo("1.0E-310");
    }

    @Test
    void shouldRecordSizesChecksumsAndRowCountsOfTheStoredBytes() {
        assertThat(manifest.files()).extracting(ManifestFile::name)
                .containsExactly(ResultNames.TIMESERIES, ResultNames.KPIS);
        for (ManifestFile f : manifest.files()) {
            byte[] bytes = raw(f.name());
            assertThat(f.bytes()).isEqualTo(bytes.length);
            assertThat(f.sha256()).isEqualTo(Hashing.sha256().hashBytes(bytes).toString());
        }
        assertThat(manifest.file(ResultNames.TIMESERIES).orElseThrow().rows()).isEqualTo(15L);
        assertThat(manifest.file(ResultNames.KPIS).orElseThrow().rows()).isEqualTo(3L);
        assertThat(store.status("Base").state()).isEqualTo(ResultState.COMPLETE);
    }

    @Test
    void shouldRecordSeedsTimesAndMetadataInTheManifest() throws IOException {
        JsonNode json = new ObjectMapper().readTree(raw(ResultNames.MANIFEST));

        for (int r = 1; r <= 3; r++) {
            assertThat(json.get("runSeeds").get(r - 1).get("seed").longValue())
                    .isEqualTo(SeedDerivation.runSeed(42L, new RunIdentity("Base", 1, r)));
        }
        assertThat(json.get("startedAt").textValue()).isEqualTo("2026-02-03T04:05:06Z");
        assertThat(json.get("finishedAt").textValue()).isEqualTo("2026-02-03T04:05:06Z");
        assertThat(json.get("wallTimeSeconds").doubleValue()).isEqualTo(0.75);
        assertThat(json.get("provenance").get("priceModel").textValue()).isEqualTo("none: toy values");
        assertThat(json.get("parameters").get("fee").doubleValue()).isEqualTo(0.0001);
        assertThat(manifest.metadata()).isEqualTo(md);
    }

    @Test
    void shouldBeReadableByTheStoreWithVerification() throws IOException {
        try (InputStream in = store.open("Base", ResultNames.KPIS)) {
            assertThat(ByteStreams.toByteArray(in)).isEqualTo(raw(ResultNames.KPIS));
        }
    }

    @Test
    void shouldWriteNoTimeSeriesFileWhenNoneIsKept() {
        ExperimentMetadata none = ToyRuns.metadata("kpisOnly", 3, 4).withTimeSeries(TimeSeriesSelection.NONE);
        Manifest m = ToyRuns.write(store, none, WriteMode.CREATE);

        assertThat(m.files()).extracting(ManifestFile::name).containsExactly(ResultNames.KPIS);
        assertThat(store.raw("kpisOnly", ResultNames.TIMESERIES)).isEmpty();
        assertThat(store.raw("kpisOnly", ResultNames.KPIS).orElseThrow()).isEqualTo(withAllKept("kpisOnly", ResultNames.KPIS));
        assertThat(store.status("kpisOnly").state()).isEqualTo(ResultState.COMPLETE);
        assertThat(m.metadata().timeseries()).isEqualTo(TimeSeriesSelection.NONE);
        assertThatThrownBy(() -> store.open("kpisOnly", ResultNames.TIMESERIES))
                .hasMessageContaining("was stored without time series");
    }

    @Test
    void shouldKeepTheTimeSeriesOfTheFirstRunsOnlyAndEveryKpiRow() throws IOException {
        ExperimentMetadata two = ToyRuns.metadata("firstTwo", 3, 4).withTimeSeries(TimeSeriesSelection.firstRuns(2));
        Manifest m = ToyRuns.write(store, two, WriteMode.CREATE);

        List<CSVRecord> rows = parseGenerically(new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(
                store.raw("firstTwo", ResultNames.TIMESERIES).orElseThrow())), StandardCharsets.UTF_8));
        List<CSVRecord> all = parseGenerically(new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(
                withAllKept("firstTwo", ResultNames.TIMESERIES))), StandardCharsets.UTF_8));
        // the same header and rows as the full file's first two runs
        assertThat(rows).hasSize(1 + 2 * 5);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).toList()).isEqualTo(all.get(i).toList());
        }
        assertThat(m.file(ResultNames.TIMESERIES).orElseThrow().rows()).isEqualTo(10L);
        assertThat(m.file(ResultNames.KPIS).orElseThrow().rows()).isEqualTo(3L);
        assertThat(store.raw("firstTwo", ResultNames.KPIS).orElseThrow()).isEqualTo(withAllKept("firstTwo", ResultNames.KPIS));
    }

    /** A file of the same toy experiment with every time series kept, written into another store. */
    private static byte[] withAllKept(String name, String file) {
        InMemoryResultStore other = new InMemoryResultStore();
        ToyRuns.write(other, ToyRuns.metadata(name, 3, 4), WriteMode.CREATE);
        return other.raw(name, file).orElseThrow();
    }

    @Test
    void shouldRejectRunsOutOfOrder() {
        ExperimentMetadata other = ToyRuns.metadata("other", 3, 4);
        try (ExperimentWriter w = ExperimentWriter.open(store, other, WriteMode.CREATE)) {
            assertThatThrownBy(() -> w.accept(ToyRuns.run(other, 2)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("expected (other, point 1, run 1)");
        }
        assertThat(store.status("other").state()).isNotEqualTo(ResultState.COMPLETE);
    }

    @Test
    void shouldRejectARunOfAnotherExperimentOrWithAWrongSeed() {
        ExperimentMetadata other = ToyRuns.metadata("other", 3, 4);
        RunResult good = ToyRuns.run(other, 1);
        RunResult wrongSeed = new RunResult(good.identity(), good.seed() + 1, good.columns(), good.rows(),
                good.metricColumns(), good.metrics());
        try (ExperimentWriter w = ExperimentWriter.open(store, other, WriteMode.CREATE)) {
            assertThatThrownBy(() -> w.accept(ToyRuns.run(md, 1))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> w.accept(wrongSeed)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("root seed 42 derives");
        }
    }

    @Test
    void shouldRejectARunWithTheWrongNumberOfRows() {
        ExperimentMetadata longer = ToyRuns.metadata("other", 1, 5);
        try (ExperimentWriter w = ExperimentWriter.open(store, longer, WriteMode.CREATE)) {
            assertThatThrownBy(() -> w.accept(ToyRuns.run(ToyRuns.metadata("other", 1, 4), 1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 5 rows");
        }
    }

    @Test
    void shouldRejectRecordedColumnsThatClashWithIdentityColumns() {
        ExperimentMetadata other = ToyRuns.metadata("other", 1, 1);
        RunResult good = ToyRuns.run(other, 1);
        RunResult clash = new RunResult(good.identity(), good.seed(), List.of("alpha", "run", "gamma"), good.rows(),
                good.metricColumns(), good.metrics());
        try (ExperimentWriter w = ExperimentWriter.open(store, other, WriteMode.CREATE)) {
            assertThatThrownBy(() -> w.accept(clash)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"run\"");
        }
    }

    @Test
    void shouldRefuseToCommitBeforeEveryRunIsWritten() {
        ExperimentMetadata other = ToyRuns.metadata("other", 3, 4);
        try (ExperimentWriter w = ExperimentWriter.open(store, other, WriteMode.CREATE)) {
            w.accept(ToyRuns.run(other, 1));
            assertThatThrownBy(w::commit).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("expects 3 runs; 1 were written");
        }
        assertThat(store.status("other").state()).isNotEqualTo(ResultState.COMPLETE);
    }

    @Test
    void shouldRoundTripArbitraryDoublesThroughTheFilesAndTheReader() {
        // each generated list becomes one row of a one-run experiment; reading it back must give the same bits
        org.quicktheories.QuickTheory.qt().withFixedSeed(7L).withExamples(100)
                .forAll(org.quicktheories.generators.SourceDSL.lists().of(DoubleGen.interesting()).ofSize(3))
                .checkAssert(values -> {
                    InMemoryResultStore s = new InMemoryResultStore();
                    ExperimentMetadata m = ToyRuns.metadata("prop", 1, 1);
                    RunIdentity id = new RunIdentity("prop", 1, 1);
                    double[] row = values.stream().mapToDouble(Double::doubleValue).toArray();
                    RunResult run = new RunResult(id, SeedDerivation.runSeed(42L, id), ToyRuns.COLUMNS,
                            new double[][] {row, row}, List.of("m"), new double[] {row[0]});
                    try (ExperimentWriter w = ExperimentWriter.open(s, m, WriteMode.CREATE)) {
                        w.accept(run);
                        w.commit();
                    }
                    List<double[]> back = new ArrayList<>();
                    TimeSeriesReader.forEachRow(s, "prop", (r, seed, t, v) -> back.add(v.clone()));
                    assertThat(back).hasSize(2);
                    for (double[] b : back) {
                        for (int c = 0; c < 3; c++) {
                            assertThat(DoubleGen.same(b[c], row[c])).as("%s read back as %s", row[c], b[c]).isTrue();
                        }
                    }
                    double m0 = KpiTables.read(s, "prop").number(0, "m");
                    assertThat(DoubleGen.same(m0, row[0])).isTrue();
                });
    }
}
