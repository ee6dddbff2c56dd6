package io.pocketsim.cloud.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.hash.Hashing;
import com.google.common.io.ByteStreams;
import io.pocketsim.postprocess.csv.ExperimentWriter;
import io.pocketsim.postprocess.result.ExperimentMetadata;
import io.pocketsim.postprocess.result.Manifest;
import io.pocketsim.postprocess.result.ManifestFile;
import io.pocketsim.postprocess.result.ResultNames;
import io.pocketsim.postprocess.result.RunSeed;
import io.pocketsim.postprocess.store.CorruptResultException;
import io.pocketsim.postprocess.store.ExperimentCheck;
import io.pocketsim.postprocess.store.ExperimentExistsException;
import io.pocketsim.postprocess.store.ExperimentUpload;
import io.pocketsim.postprocess.store.ResultState;
import io.pocketsim.postprocess.store.Verification;
import io.pocketsim.postprocess.store.WriteMode;
import io.pocketsim.postprocess.store.testutils.ToyRuns;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * What the S3 store does beyond the shared contract, on S3Proxy in this JVM: paginated scans, the conditional
 * commit under a race, a writer killed before its manifest, large files in parts, retried faults and a persistent
 * access error.
 */
class S3ResultStoreBehaviourIT {
    private static S3ProxyServer server;
    private static S3Client raw;

    @BeforeAll
    static void startServer() {
        server = S3ProxyServer.start();
        raw = server.rawClient();
    }

    @AfterAll
    static void stopServer() throws Exception {
        raw.close();
        server.close();
    }

    private static S3Location newLocation() {
        return new S3Location(server.newBucket(raw), "results/");
    }

    private static S3ResultStore store(S3Location location, S3StoreSettings settings, ExecutionInterceptor... hooks) {
        return S3ResultStore.open(location, settings, S3ProxyServer.hooks(hooks));
    }

    private static List<String> keys(S3Location location) {
        return raw.listObjectsV2Paginator(b -> b.bucket(location.bucket())).contents().stream().map(S3Object::key)
                .sorted().toList();
    }

    @Test
    void shouldScanAcrossListingPagesWithOneListRequestPerPageAndNoHeads() {
        S3Location location = newLocation();
        RequestCounter counter = new RequestCounter();
        try (S3ResultStore store = store(location, server.settings().with(d -> d.listPageSize = 7), counter)) {
            for (int i = 1; i <= 12; i++) {
                ToyRuns.write(store, ToyRuns.gridPoint("grid_ag1_", i, 1, 2), WriteMode.CREATE);
            }
            counter.reset();

            List<ExperimentCheck.Result> scan = store.scan("grid_ag1_");

            // 36 keys in pages of 7: 6 listings; one manifest read per experiment; nothing per data file
            assertThat(scan).hasSize(12).allSatisfy(r -> assertThat(r.status().isComplete()).isTrue());
            assertThat(scan.get(11).status().experiment()).isEqualTo("grid_ag1_12");
            assertThat(counter.count("ListObjectsV2")).isEqualTo(6);
            assertThat(counter.count("GetObject")).isEqualTo(12);
            assertThat(counter.count("HeadObject")).isZero();
            assertThat(counter.total()).isEqualTo(18);
        }
    }

    @Test
    void shouldLetOnlyOneOfTwoRacingWritersCompleteAnExperimentAndTellTheOther() throws Exception {
        S3Location location = newLocation();
        ExperimentMetadata md = ToyRuns.metadata("Base", 2, 3);
        CyclicBarrier bothWritten = new CyclicBarrier(2);
        // both writers have written every data file before either commits; the commits then follow each other
        // (S3Proxy's in-memory backend checks If-None-Match without a lock, so truly simultaneous commits would
        // test S3Proxy, not the store; Amazon S3 decides them atomically)
        Semaphore commitTurn = new Semaphore(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (S3ResultStore a = store(location, server.settings()); S3ResultStore b = store(location, server.settings())) {
            List<ExperimentUpload> uploads = List.of(a.create("Base", WriteMode.CREATE),
                    b.create("Base", WriteMode.CREATE));
            List<Future<String>> outcomes = new ArrayList<>();
            for (ExperimentUpload up : uploads) {
                outcomes.add(threads.submit(() -> {
                    try (up) {
                        Manifest m = writeToyFiles(up, md);
                        bothWritten.await(30, TimeUnit.SECONDS);
                        commitTurn.acquire();
                        try {
                            up.commit(m);
                        } finally {
                            commitTurn.release();
                        }
                        return "committed";
                    } catch (ExperimentExistsException e) {
                        return e.getMessage();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }

            assertThat(results).containsOnlyOnce("committed");
            assertThat(results).anySatisfy(r -> assertThat(r).contains("\"Base\"").contains("already complete")
                    .contains("another writer"));
            assertThat(a.status("Base", Verification.FULL).state()).isEqualTo(ResultState.COMPLETE);
            assertThat(keys(location)).containsExactly("results/Base/kpis.csv", "results/Base/manifest.json",
                    "results/Base/series.csv");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void shouldLeaveAWriterKilledBeforeItsManifestIncompleteAndLetTheNextRunReplaceIt() throws Exception {
        S3Location location = newLocation();
        ExperimentMetadata md = ToyRuns.metadata("Base", 3, 4);
        try (S3ResultStore store = store(location, server.settings())) {
            // a writer that dies after its data files: neither commit nor close ever runs
            ExperimentWriter killed = ExperimentWriter.open(store, md, WriteMode.CREATE);
            killed.accept(ToyRuns.run(md, 1));
            ExperimentUpload up = store.create("Other", WriteMode.CREATE);
            writeToyFiles(up, ToyRuns.metadata("Other", 1, 1));

            assertThat(store.status("Other").state()).isEqualTo(ResultState.INCOMPLETE);
            assertThat(store.scan("")).extracting(r -> r.status().state()).containsOnly(ResultState.INCOMPLETE);
            assertThat(store.list("")).isEmpty();

            // the next run writes it again without --overwrite
            Manifest m = ToyRuns.write(store, ToyRuns.metadata("Other", 1, 1), WriteMode.CREATE);
            assertThat(store.status("Other").state()).isEqualTo(ResultState.COMPLETE);
            assertThat(store.manifest("Other")).isEqualTo(m);
        }
    }

    @Test
    void shouldNameTheExperimentAndFileOfACorruptedObjectOnRead() {
        S3Location location = newLocation();
        try (S3ResultStore store = store(location, server.settings())) {
            ToyRuns.write(store, ToyRuns.metadata("Base", 2, 3), WriteMode.CREATE);
            S3RawAccess access = new S3RawAccess(raw, location);
            byte[] series = access.read("Base", ResultNames.TIMESERIES);
            access.write("Base", ResultNames.TIMESERIES, ToyRuns.flipByte(series, series.length / 2));

            assertThatThrownBy(() -> {
                try (InputStream in = store.open("Base", ResultNames.TIMESERIES)) {
                    ByteStreams.exhaust(in);
                }
            }).isInstanceOf(CorruptResultException.class).hasMessageContaining("\"Base\"")
                    .hasMessageContaining(ResultNames.TIMESERIES).hasMessageContaining("SHA-256");
        }
    }

    @Test
    void shouldUploadALargeFileInPartsOfBoundedSize() throws Exception {
        S3Location location = newLocation();
        RequestCounter counter = new RequestCounter();
        byte[] big = new byte[2 * S3ResultStore.PART_SIZE + 12345];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 131 + (i >>> 9));
        }
        try (S3ResultStore store = store(location, server.settings(), counter)) {
            try (ExperimentUpload up = store.create("big", WriteMode.CREATE)) {
                try (OutputStream out = up.file("data.bin")) {
                    for (int off = 0; off < big.length; off += 100_000) {
                        out.write(big, off, Math.min(100_000, big.length - off));
                    }
                }
                up.commit(manifest("big", List.of(new ManifestFile("data.bin", big.length,
                        Hashing.sha256().hashBytes(big).toString(), null))));
            }

            assertThat(counter.count("UploadPart")).isEqualTo(3);
            assertThat(counter.count("CompleteMultipartUpload")).isEqualTo(1);
            assertThat(counter.count("PutObject")).isEqualTo(1); // the manifest
            try (InputStream in = store.open("big", "data.bin")) {
                assertThat(ByteStreams.toByteArray(in)).isEqualTo(big);
            }
        }
    }

    @Test
    void shouldRetryTransientErrorsOfPutGetAndListAndStoreEverythingOnce() {
        S3Location location = newLocation();
        FaultInjector slowDown = FaultInjector.firstAttempt(503, "SlowDown", "PutObject", "GetObject",
                "ListObjectsV2");
        RequestCounter counter = new RequestCounter();
        try (S3ResultStore store = store(location, server.settings(), counter, slowDown)) {
            Manifest m = ToyRuns.write(store, ToyRuns.metadata("Base", 2, 3), WriteMode.CREATE);

            assertThat(store.status("Base", Verification.FULL).state()).isEqualTo(ResultState.COMPLETE);
            assertThat(store.scan("")).singleElement().satisfies(r -> assertThat(r.manifest()).isEqualTo(m));
            assertThat(slowDown.injected("PutObject")).isEqualTo(3);
            assertThat(slowDown.injected("GetObject")).isPositive();
            assertThat(slowDown.injected("ListObjectsV2")).isPositive();
            assertThat(keys(location)).containsExactly("results/Base/kpis.csv", "results/Base/manifest.json",
                    "results/Base/timeseries.csv.gz");
        }
        FaultInjector internal = FaultInjector.firstAttempt(500, "InternalError", "GetObject", "ListObjectsV2");
        try (S3ResultStore store = store(location, server.settings(), internal)) {
            assertThat(store.list("")).containsExactly("Base");
            assertThat(internal.injected("ListObjectsV2")).isEqualTo(1);
        }
    }

    @Test
    void shouldFailWithOneClearLineOnAPersistentAccessDenied() {
        S3Location location = newLocation();
        try (S3ResultStore writer = store(location, server.settings())) {
            ToyRuns.write(writer, ToyRuns.metadata("Base", 1, 2), WriteMode.CREATE);
        }
        FaultInjector denied = FaultInjector.always(403, "AccessDenied", "GetObject", "ListObjectsV2");
        try (S3ResultStore store = store(location, server.settings().with(d -> d.maxAttempts = 3), denied)) {
            assertThatThrownBy(() -> store.scan("")).isInstanceOf(S3StoreException.class)
                    .hasMessageContaining("access denied").hasMessageContaining(location.bucket())
                    .hasMessageContaining("prefix \"results/\"").hasMessageContaining("region us-east-1")
                    .hasMessageContaining("s3:ListBucket").hasMessageNotContaining("\n");
            assertThatThrownBy(() -> store.status("Base")).isInstanceOf(S3StoreException.class)
                    .hasMessageContaining("access denied");
            // not retried: a 403 does not get better
            assertThat(denied.injected("ListObjectsV2")).isEqualTo(1);
        }
    }

    private static Manifest writeToyFiles(ExperimentUpload up, ExperimentMetadata md) throws Exception {
        byte[] kpis = "a,b\r\n1,2\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] series = ("t,x\r\n0,1\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (OutputStream out = up.file(ResultNames.KPIS)) {
            out.write(kpis);
        }
        try (OutputStream out = up.file("series.csv")) {
            out.write(series);
        }
        return manifest(md.name(), List.of(entry("series.csv", series), entry(ResultNames.KPIS, kpis)));
    }

    private static ManifestFile entry(String name, byte[] bytes) {
        return new ManifestFile(name, bytes.length, Hashing.sha256().hashBytes(bytes).toString(), null);
    }

    private static Manifest manifest(String experiment, List<ManifestFile> files) {
        ExperimentMetadata md = ToyRuns.metadata(experiment, 1, 1);
        Instant t = Instant.parse("2026-01-02T03:04:05Z");
        return new Manifest(Manifest.FORMAT_VERSION, md, List.of(new RunSeed(1, ToyRuns.run(md, 1).seed())), t,
                t.plusSeconds(1), 1.0, files);
    }
}
