package io.pocketsim.postprocess.store.testutils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.hash.Hashing;
import com.google.common.io.ByteStreams;
import io.pocketsim.postprocess.csv.ExperimentWriter;
import io.pocketsim.postprocess.result.ExperimentMetadata;
import io.pocketsim.postprocess.result.Manifest;
import io.pocketsim.postprocess.result.ManifestFile;
import io.pocketsim.postprocess.result.ManifestJson;
import io.pocketsim.postprocess.result.ResultNames;
import io.pocketsim.postprocess.result.RunSeed;
import io.pocketsim.postprocess.store.CorruptResultException;
import io.pocketsim.postprocess.store.ExperimentCheck;
import io.pocketsim.postprocess.store.ExperimentExistsException;
import io.pocketsim.postprocess.store.ExperimentUpload;
import io.pocketsim.postprocess.store.ResultNotFoundException;
import io.pocketsim.postprocess.store.ResultState;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.store.Verification;
import io.pocketsim.postprocess.store.WriteMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ResultStore} must show. A store's test extends this class and says how to make a
 * fresh, empty store and how to reach its raw bytes (to damage them as a disk or a bucket could).
 */
public abstract class ResultStoreContractTest {
    protected ResultStore store;

    /** A fresh, empty store. */
    protected abstract ResultStore newStore() throws IOException;

    /** The stored bytes of a file of an experiment (the manifest included), bypassing the store's rules. */
    protected abstract byte[] readRaw(String experiment, String file) throws IOException;

    /** Replaces the stored bytes of a file, bypassing the store's rules. */
    protected abstract void writeRaw(String experiment, String file, byte[] bytes) throws IOException;

    /** Removes a stored file, bypassing the store's rules. */
    protected abstract void deleteRaw(String experiment, String file) throws IOException;

    @BeforeEach
    void createStore() throws IOException {
        store = newStore();
    }

    // --- round trip ---

    @Test
    void shouldRoundTripAnExperimentWrittenByTheWriter() throws IOException {
        // Given
        ExperimentMetadata md = ToyRuns.metadata("Base", 3, 4);

        // When
        Manifest written = ToyRuns.write(store, md, WriteMode.CREATE);

        // Then
        assertThat(store.status("Base").state()).isEqualTo(ResultState.COMPLETE);
        assertThat(store.status("Base", Verification.QUICK).state()).isEqualTo(ResultState.COMPLETE);
        assertThat(store.manifest("Base")).isEqualTo(written);
        assertThat(written.files()).extracting(ManifestFile::name)
                .containsExactly(ResultNames.TIMESERIES, ResultNames.KPIS);
        String kpis = new String(readAll("Base", ResultNames.KPIS), StandardCharsets.UTF_8);
        assertThat(kpis.split("\r\n")).hasSize(1 + 3);
        String series = new String(gunzip(readAll("Base", ResultNames.TIMESERIES)), StandardCharsets.UTF_8);
        assertThat(series.split("\r\n")).hasSize(1 + 3 * 5);
        assertThat(readAll("Base", ResultNames.KPIS)).isEqualTo(readRaw("Base", ResultNames.KPIS));
    }

    @Test
    void shouldRoundTripFilesOfAnyContentThroughARawUpload() throws IOException {
        // Given
        byte[] data = new byte[70_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 + 7);
        }

        // When
        commitRaw("blob_1", Map.of("data.bin", data, "empty.txt", new byte[0]));

        // Then
        assertThat(store.status("blob_1").state()).isEqualTo(ResultState.COMPLETE);
        assertThat(readAll("blob_1", "data.bin")).isEqualTo(data);
        assertThat(readAll("blob_1", "empty.txt")).isEmpty();
    }

    @Test
    void shouldReportAbsentForAnExperimentNeverWritten() {
        assertThat(store.status("nothing_here").state()).isEqualTo(ResultState.ABSENT);
        assertThat(store.list("")).isEmpty();
        assertThatThrownBy(() -> store.manifest("nothing_here")).isInstanceOf(ResultNotFoundException.class)
                .hasMessageContaining("nothing_here").hasMessageContaining("ABSENT");
        assertThatThrownBy(() -> store.open("nothing_here", ResultNames.KPIS))
                .isInstanceOf(ResultNotFoundException.class);
    }

    @Test
    void shouldRefuseAFileTheManifestDoesNotList() {
        ToyRuns.write(store, ToyRuns.metadata("Base", 1, 2), WriteMode.CREATE);

        assertThatThrownBy(() -> store.open("Base", "other.csv")).isInstanceOf(ResultNotFoundException.class)
                .hasMessageContaining("other.csv");
    }

    @Test
    void shouldRejectInvalidNames() {
        for (String bad : List.of("", "../escape", "a/b", ".hidden", "with space")) {
            assertThatThrownBy(() -> store.create(bad, WriteMode.CREATE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("experiment name");
        }
        try (ExperimentUpload up = store.create("names", WriteMode.CREATE)) {
            assertThatThrownBy(() -> up.file(ResultNames.MANIFEST)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("reserved");
            assertThatThrownBy(() -> up.file("../x")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    // --- listing ---

    @Test
    void shouldListOnlyCompleteExperimentsUnderThePrefixInNaturalOrder() {
        // Given
        for (int i : new int[] {10, 2, 1}) {
            ToyRuns.write(store, ToyRuns.gridPoint("grid_ag1_", i, 1, 2), WriteMode.CREATE);
        }
        ToyRuns.write(store, ToyRuns.metadata("other_1", 1, 2), WriteMode.CREATE);
        ExperimentMetadata unfinished = ToyRuns.gridPoint("grid_ag1_", 3, 2, 2);
        try (ExperimentWriter w = ExperimentWriter.open(store, unfinished, WriteMode.CREATE)) {
            w.accept(ToyRuns.run(unfinished, 1));
        }
        writeRawUploadWithoutCommit("grid_ag1_4");

        // Then
        assertThat(store.list("grid_ag1_")).containsExactly("grid_ag1_1", "grid_ag1_2", "grid_ag1_10");
        assertThat(store.list("")).containsExactly("grid_ag1_1", "grid_ag1_2", "grid_ag1_10", "other_1");
        assertThat(store.list("grid_ag2_")).isEmpty();
        assertThat(store.status("grid_ag1_4").state()).isEqualTo(ResultState.INCOMPLETE);
    }

    @Test
    void shouldScanEveryStoredExperimentUnderThePrefixWithItsStateAndManifest() throws IOException {
        // Given: complete, incomplete and corrupt points of a grid, and another grid
        Manifest first = ToyRuns.write(store, ToyRuns.gridPoint("grid_ag1_", 1, 1, 2), WriteMode.CREATE);
        ToyRuns.write(store, ToyRuns.gridPoint("grid_ag1_", 10, 1, 2), WriteMode.CREATE);
        ToyRuns.write(store, ToyRuns.gridPoint("grid_ag1_", 3, 1, 2), WriteMode.CREATE);
        deleteRaw("grid_ag1_3", ResultNames.KPIS);
        writeRawUploadWithoutCommit("grid_ag1_2");
        ToyRuns.write(store, ToyRuns.gridPoint("grid_ag2_", 1, 1, 2), WriteMode.CREATE);

        // When
        List<ExperimentCheck.Result> scan = store.scan("grid_ag1_");

        // Then: natural order, absent points not listed, the manifest only with a complete one
        assertThat(scan).extracting(r -> r.status().experiment())
                .containsExactly("grid_ag1_1", "grid_ag1_2", "grid_ag1_3", "grid_ag1_10");
        assertThat(scan).extracting(r -> r.status().state()).containsExactly(ResultState.COMPLETE,
                ResultState.INCOMPLETE, ResultState.CORRUPT, ResultState.COMPLETE);
        assertThat(scan.get(0).manifest()).isEqualTo(first);
        assertThat(scan.get(1).manifest()).isNull();
        assertThat(scan.get(2).status().reason()).contains(ResultNames.KPIS).contains("missing");
        Map<String, ExperimentCheck.Result> states = store.states(List.of("grid_ag1_4", "grid_ag1_1"));
        assertThat(states.keySet()).containsExactly("grid_ag1_4", "grid_ag1_1");
        assertThat(states.get("grid_ag1_4").status().state()).isEqualTo(ResultState.ABSENT);
        assertThat(states.get("grid_ag1_1").manifest()).isEqualTo(first);
    }

    @Test
    void shouldOpenAFileThroughAManifestFromAScanAndVerifyIt() throws IOException {
        Manifest m = ToyRuns.write(store, ToyRuns.metadata("Base", 2, 3), WriteMode.CREATE);
        byte[] kpis = readRaw("Base", ResultNames.KPIS);
        try (InputStream in = store.open(m, ResultNames.KPIS)) {
            assertThat(ByteStreams.toByteArray(in)).isEqualTo(kpis);
        }

        writeRaw("Base", ResultNames.KPIS, ToyRuns.flipByte(kpis, 1));

        assertThatThrownBy(() -> {
            try (InputStream in = store.open(m, ResultNames.KPIS)) {
                ByteStreams.exhaust(in);
            }
        }).isInstanceOf(CorruptResultException.class).hasMessageContaining("\"Base\"")
                .hasMessageContaining(ResultNames.KPIS);
        assertThatThrownBy(() -> store.open(m, "other.csv")).isInstanceOf(ResultNotFoundException.class);
    }

    // --- overwrite rules ---

    @Test
    void shouldRefuseToOverwriteACompleteExperimentWithoutTheFlag() throws IOException {
        // Given
        ExperimentMetadata md = ToyRuns.metadata("Base", 2, 3);
        Manifest first = ToyRuns.write(store, md, WriteMode.CREATE);
        byte[] kpis = readRaw("Base", ResultNames.KPIS);

        // When / Then
        assertThatThrownBy(() -> store.create("Base", WriteMode.CREATE))
                .isInstanceOf(ExperimentExistsException.class)
                .hasMessageContaining("\"Base\"").hasMessageContaining("OVERWRITE");
        assertThat(store.status("Base").state()).isEqualTo(ResultState.COMPLETE);
        assertThat(store.manifest("Base")).isEqualTo(first);
        assertThat(readAll("Base", ResultNames.KPIS)).isEqualTo(kpis);
    }

    @Test
    void shouldReplaceACompleteExperimentWhenAskedToOverwrite() {
        // Given
        ToyRuns.write(store, ToyRuns.metadata("Base", 2, 3), WriteMode.CREATE);

        // When
        Manifest second = ToyRuns.write(store, ToyRuns.metadata("Base", 4, 3), WriteMode.OVERWRITE);

        // Then
        assertThat(store.status("Base").state()).isEqualTo(ResultState.COMPLETE);
        assertThat(store.manifest("Base")).isEqualTo(second);
        assertThat(store.manifest("Base").metadata().runs()).isEqualTo(4);
    }

    @Test
    void shouldRemoveTheOldManifestAsSoonAsAnOverwriteStarts() {
        // Given
        ToyRuns.write(store, ToyRuns.metadata("Base", 2, 3), WriteMode.CREATE);

        // When: an overwrite starts and then dies before committing
        try (ExperimentUpload up = store.create("Base", WriteMode.OVERWRITE)) {
            assertThat(up).isNotNull();
            // Then: the old experiment is no longer complete, even while the new one is being written
            assertThat(store.status("Base").state()).isNotEqualTo(ResultState.COMPLETE);
            assertThat(store.list("")).doesNotContain("Base");
        }
        assertThat(store.status("Base").state()).isIn(ResultState.ABSENT, ResultState.INCOMPLETE);
        assertThatThrownBy(() -> store.open("Base", ResultNames.KPIS)).isInstanceOf(ResultNotFoundException.class);
    }

    @Test
    void shouldRewriteACorruptExperimentWithoutTheFlag() throws IOException {
        // Given
        ToyRuns.write(store, ToyRuns.metadata("Base", 2, 3), WriteMode.CREATE);
        deleteRaw("Base", ResultNames.KPIS);

        // When
        ToyRuns.write(store, ToyRuns.metadata("Base", 2, 3), WriteMode.CREATE);

        // Then
        assertThat(store.status("Base").state()).isEqualTo(ResultState.COMPLETE);
    }

    // --- interrupted writes ---

    @Test
    void shouldLeaveTheExperimentIncompleteWhenTheWriterIsClosedWithoutCommit() {
        // Given
        ExperimentMetadata md = ToyRuns.metadata("Base", 3, 3);

        // When
        try (ExperimentWriter w = ExperimentWriter.open(store, md, WriteMode.CREATE)) {
            w.accept(ToyRuns.run(md, 1));
            w.accept(ToyRuns.run(md, 2));
            w.accept(ToyRuns.run(md, 3));
        }

        // Then
        assertThat(store.status("Base").state()).isIn(ResultState.ABSENT, ResultState.INCOMPLETE);
        assertThat(store.list("")).isEmpty();
        assertThatThrownBy(() -> store.manifest("Base")).isInstanceOf(ResultNotFoundException.class);
    }

    @Test
    void shouldLeaveTheExperimentIncompleteWhenWritingFailsMidway() {
        // Given: a complete experiment being overwritten, and a run stream that breaks after one run
        ExperimentMetadata md = ToyRuns.metadata("Base", 3, 3);
        ToyRuns.write(store, md, WriteMode.CREATE);

        // When
        assertThatThrownBy(() -> {
            try (ExperimentWriter w = ExperimentWriter.open(store, md, WriteMode.OVERWRITE)) {
                w.accept(ToyRuns.run(md, 1));
                throw new IllegalStateException("simulated crash in run 2");
            }
        }).hasMessageContaining("simulated crash");

        // Then
        assertThat(store.status("Base").state()).isIn(ResultState.ABSENT, ResultState.INCOMPLETE);
        assertThat(store.list("")).isEmpty();
    }

    @Test
    void shouldKeepFilesClosedBeforeAnAbortButReportTheExperimentIncomplete() {
        writeRawUploadWithoutCommit("partial");

        assertThat(store.status("partial"))
                .satisfies(s -> assertThat(s.state()).isEqualTo(ResultState.INCOMPLETE))
                .satisfies(s -> assertThat(s.reason()).contains("manifest"));
        assertThatThrownBy(() -> store.open("partial", "a.txt")).isInstanceOf(ResultNotFoundException.class)
                .hasMessageContaining("INCOMPLETE");
    }

    @Test
    void shouldRefuseACommitWhoseManifestDoesNotMatchTheFilesWritten() throws IOException {
        ExperimentMetadata md = ToyRuns.metadata("mismatch", 1, 1);
        try (ExperimentUpload up = store.create("mismatch", WriteMode.CREATE)) {
            try (OutputStream out = up.file("a.txt")) {
                out.write(new byte[] {1, 2, 3});
            }
            Manifest wrongSize = manifest(md, List.of(new ManifestFile("a.txt", 4, sha256(new byte[4]), null)));
            assertThatThrownBy(() -> up.commit(wrongSize)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("a.txt");
            Manifest extraFile = manifest(md, List.of(entry("a.txt", new byte[] {1, 2, 3}),
                    entry("b.txt", new byte[0])));
            assertThatThrownBy(() -> up.commit(extraFile)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("b.txt");
        }
        assertThat(store.status("mismatch").state()).isEqualTo(ResultState.INCOMPLETE);
    }

    @Test
    void shouldRefuseACommitWhileAFileIsOpen() {
        ExperimentMetadata md = ToyRuns.metadata("open_file", 1, 1);
        try (ExperimentUpload up = store.create("open_file", WriteMode.CREATE)) {
            up.file("a.txt");
            assertThatThrownBy(() -> up.commit(manifest(md, List.of(entry("a.txt", new byte[0])))))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("a.txt");
        }
        assertThat(store.status("open_file").state()).isNotEqualTo(ResultState.COMPLETE);
    }

    // --- corruption ---

    @Test
    void shouldDetectATruncatedTimeSeries() throws IOException {
        // Given: the file loses its tail, the manifest is unchanged
        ToyRuns.write(store, ToyRuns.metadata("Base", 3, 20), WriteMode.CREATE);
        byte[] gz = readRaw("Base", ResultNames.TIMESERIES);
        writeRaw("Base", ResultNames.TIMESERIES, Arrays.copyOf(gz, gz.length / 2));

        // Then
        assertCorrupt("Base", Verification.QUICK, ResultNames.TIMESERIES, "bytes");
        assertThat(store.list("")).isEmpty();
        assertThatThrownBy(() -> store.open("Base", ResultNames.KPIS)).isInstanceOf(CorruptResultException.class);
        assertThatThrownBy(() -> store.manifest("Base")).isInstanceOf(CorruptResultException.class)
                .hasMessageContaining(ResultNames.TIMESERIES);
    }

    @Test
    void shouldDetectAGzipThatDoesNotDecompressEvenWhenTheManifestMatchesItsBytes() throws IOException {
        // Given: a writer bug stored a cut gzip stream and recorded its (wrong) bytes faithfully
        ToyRuns.write(store, ToyRuns.metadata("Base", 3, 20), WriteMode.CREATE);
        byte[] gz = readRaw("Base", ResultNames.TIMESERIES);
        byte[] cut = Arrays.copyOf(gz, gz.length - 12);
        writeRaw("Base", ResultNames.TIMESERIES, cut);
        rewriteManifestEntry("Base", ResultNames.TIMESERIES, cut);

        // Then: the quick check cannot see it, the full check and any reader can
        assertThat(store.status("Base", Verification.QUICK).state()).isEqualTo(ResultState.COMPLETE);
        assertCorrupt("Base", Verification.FULL, ResultNames.TIMESERIES, "decompress");
        assertThatThrownBy(() -> gunzip(readAll("Base", ResultNames.TIMESERIES))).isInstanceOf(IOException.class);
    }

    @Test
    void shouldDetectAChecksumMismatch() throws IOException {
        // Given: one byte changed, size unchanged
        ToyRuns.write(store, ToyRuns.metadata("Base", 2, 3), WriteMode.CREATE);
        byte[] kpis = readRaw("Base", ResultNames.KPIS);
        writeRaw("Base", ResultNames.KPIS, ToyRuns.flipByte(kpis, kpis.length - 3));

        // Then
        assertThat(store.status("Base", Verification.QUICK).state()).isEqualTo(ResultState.COMPLETE);
        assertCorrupt("Base", Verification.FULL, ResultNames.KPIS, "SHA-256");
        assertThatThrownBy(() -> readAll("Base", ResultNames.KPIS)).isInstanceOf(CorruptResultException.class)
                .hasMessageContaining("SHA-256").hasMessageContaining(ResultNames.KPIS);
    }

    @Test
    void shouldDetectAMissingFile() throws IOException {
        ToyRuns.write(store, ToyRuns.metadata("Base", 2, 3), WriteMode.CREATE);
        deleteRaw("Base", ResultNames.KPIS);

        assertCorrupt("Base", Verification.QUICK, ResultNames.KPIS, "missing");
        assertThat(store.list("")).isEmpty();
        assertThatThrownBy(() -> store.open("Base", ResultNames.TIMESERIES))
                .isInstanceOf(CorruptResultException.class).hasMessageContaining("missing");
    }

    @Test
    void shouldDetectAGarbageManifest() throws IOException {
        ToyRuns.write(store, ToyRuns.metadata("Base", 2, 3), WriteMode.CREATE);
        writeRaw("Base", ResultNames.MANIFEST, "{\"formatVersion\": 1, \"experi".getBytes(StandardCharsets.UTF_8));

        assertCorrupt("Base", Verification.QUICK, "manifest.json", "invalid");
        assertThat(store.list("")).isEmpty();
        assertThatThrownBy(() -> store.open("Base", ResultNames.KPIS)).isInstanceOf(CorruptResultException.class);
    }

    @Test
    void shouldDetectAManifestOfAnotherExperiment() throws IOException {
        ToyRuns.write(store, ToyRuns.metadata("one", 1, 2), WriteMode.CREATE);
        ToyRuns.write(store, ToyRuns.metadata("two", 1, 2), WriteMode.CREATE);
        writeRaw("two", ResultNames.MANIFEST, readRaw("one", ResultNames.MANIFEST));

        assertCorrupt("two", Verification.QUICK, "manifest.json", "\"one\"");
        assertThat(store.list("")).containsExactly("one");
    }

    @Test
    void shouldDetectARowCountThatDiffersFromTheManifest() throws IOException {
        // Given: a consistent checksum, but the manifest claims one more row than the table has
        ToyRuns.write(store, ToyRuns.metadata("Base", 2, 3), WriteMode.CREATE);
        Manifest m = ManifestJson.read(readRaw("Base", ResultNames.MANIFEST));
        List<ManifestFile> files = new ArrayList<>();
        for (ManifestFile f : m.files()) {
            files.add(f.name().equals(ResultNames.KPIS)
                    ? new ManifestFile(f.name(), f.bytes(), f.sha256(), f.rows() + 1) : f);
        }
        writeRaw("Base", ResultNames.MANIFEST, ManifestJson.write(withFiles(m, files)));

        assertCorrupt("Base", Verification.FULL, ResultNames.KPIS, "rows");
    }

    // --- delete ---

    @Test
    void shouldDeleteAnExperiment() {
        ToyRuns.write(store, ToyRuns.metadata("Base", 1, 2), WriteMode.CREATE);
        writeRawUploadWithoutCommit("partial");

        store.delete("Base");
        store.delete("partial");
        store.delete("never_written");

        assertThat(store.status("Base").state()).isEqualTo(ResultState.ABSENT);
        assertThat(store.status("partial").state()).isEqualTo(ResultState.ABSENT);
        assertThat(store.list("")).isEmpty();
    }

    // --- helpers ---

    protected void assertCorrupt(String experiment, Verification v, String file, String reasonPart) {
        assertThat(store.status(experiment, v)).satisfies(s -> {
            assertThat(s.state()).isEqualTo(ResultState.CORRUPT);
            assertThat(s.reason()).contains(file).contains(reasonPart);
        });
        assertThat(store.status(experiment, Verification.FULL).state()).isEqualTo(ResultState.CORRUPT);
    }

    protected byte[] readAll(String experiment, String file) {
        try (InputStream in = store.open(experiment, file)) {
            return ByteStreams.toByteArray(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return ByteStreams.toByteArray(in);
        }
    }

    protected static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(raw);
        }
        return bytes.toByteArray();
    }

    protected static String sha256(byte[] bytes) {
        return Hashing.sha256().hashBytes(bytes).toString();
    }

    protected static ManifestFile entry(String name, byte[] bytes) {
        return new ManifestFile(name, bytes.length, sha256(bytes), null);
    }

    /** A manifest for the given files, with seeds and times filled in plausibly. */
    protected static Manifest manifest(ExperimentMetadata md, List<ManifestFile> files) {
        List<RunSeed> seeds = new ArrayList<>();
        for (int r = 1; r <= md.runs(); r++) {
            seeds.add(new RunSeed(r, ToyRuns.run(md, r).seed()));
        }
        Instant t = Instant.parse("2026-01-02T03:04:05Z");
        return new Manifest(Manifest.FORMAT_VERSION, md, seeds, t, t.plusSeconds(1), 1.0, files);
    }

    protected static Manifest withFiles(Manifest m, List<ManifestFile> files) {
        return new Manifest(m.formatVersion(), m.metadata(), m.runSeeds(), m.startedAt(), m.finishedAt(),
                m.wallTimeSeconds(), files);
    }

    /** Writes files through an upload and commits a manifest that matches them. */
    protected void commitRaw(String experiment, Map<String, byte[]> files) throws IOException {
        ExperimentMetadata md = ToyRuns.metadata(experiment, 1, 1);
        List<ManifestFile> entries = new ArrayList<>();
        try (ExperimentUpload up = store.create(experiment, WriteMode.CREATE)) {
            for (Map.Entry<String, byte[]> f : new LinkedHashMap<>(files).entrySet()) {
                try (OutputStream out = up.file(f.getKey())) {
                    out.write(f.getValue());
                }
                entries.add(entry(f.getKey(), f.getValue()));
            }
            up.commit(manifest(md, entries));
        }
    }

    /** Places one file of an experiment and closes the upload without committing. */
    protected void writeRawUploadWithoutCommit(String experiment) {
        try (ExperimentUpload up = store.create(experiment, WriteMode.CREATE)) {
            try (OutputStream out = up.file("a.txt")) {
                out.write(new byte[] {1, 2, 3});
            }
            up.file("b.txt").write(4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rewriteManifestEntry(String experiment, String file, byte[] content) throws IOException {
        Manifest m = ManifestJson.read(readRaw(experiment, ResultNames.MANIFEST));
        List<ManifestFile> files = new ArrayList<>();
        for (ManifestFile f : m.files()) {
            files.add(f.name().equals(file)
                    ? new ManifestFile(f.name(), content.length, sha256(content), f.rows()) : f);
        }
        writeRaw(experiment, ResultNames.MANIFEST, ManifestJson.write(withFiles(m, files)));
    }
}
