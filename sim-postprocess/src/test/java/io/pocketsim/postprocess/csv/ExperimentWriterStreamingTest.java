package io.pocketsim.postprocess.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.io.CountingOutputStream;
import io.pocketsim.core.engine.RunResult;
import io.pocketsim.postprocess.result.ExperimentMetadata;
import io.pocketsim.postprocess.result.Manifest;
import io.pocketsim.postprocess.result.ManifestFile;
import io.pocketsim.postprocess.store.ExperimentUpload;
import io.pocketsim.postprocess.store.testutils.ToyRuns;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExperimentWriterStreamingTest {
    private static final int RUNS = 10_000;

    /** An upload that only counts the bytes it receives. */
    private static final class CountingUpload implements ExperimentUpload {
        final Map<String, CountingOutputStream> files = new LinkedHashMap<>();
        Manifest committed;

        @Override
        public OutputStream file(String name) {
            CountingOutputStream out = new CountingOutputStream(OutputStream.nullOutputStream());
            files.put(name, out);
            return out;
        }

        @Override
        public void commit(Manifest manifest) {
            committed = manifest;
        }

        @Override
        public void close() {
        }

        long received() {
            return files.values().stream().mapToLong(CountingOutputStream::getCount).sum();
        }
    }

    @Test
    void shouldPassRunsOnToTheStoreAsTheyArriveAndRetainNone() {
        // Given
        ExperimentMetadata md = ToyRuns.metadata("many", RUNS, 3);
        CountingUpload upload = new CountingUpload();
        List<WeakReference<RunResult>> delivered = new ArrayList<>();
        long[] receivedAt = new long[RUNS / 1000 + 1];

        // When
        try (ExperimentWriter w = ExperimentWriter.open(upload, md, Clock.systemUTC(), System::nanoTime)) {
            for (int r = 1; r <= RUNS; r++) {
                RunResult run = ToyRuns.run(md, r);
                w.accept(run);
                delivered.add(new WeakReference<>(run));
                if (r % 1000 == 0) {
                    receivedAt[r / 1000] = upload.received();
                }
            }
            long beforeCommit = upload.received();
            Manifest m = w.commit();

            // Then: bytes reached the store during the runs, not only at commit
            for (int k = 2; k < receivedAt.length; k++) {
                assertThat(receivedAt[k]).as("bytes received after %d runs", k * 1000)
                        .isGreaterThan(receivedAt[k - 1]);
            }
            long total = m.files().stream().mapToLong(ManifestFile::bytes).sum();
            // only the buffers (per file: 64 Ki chars, the encoder's 8 KiB, 64 KiB of bytes; plus the deflater's
            // window) may hold bytes back until commit
            assertThat(total - beforeCommit).isLessThan(2L * (2 * 65_536 + 8_192) + 32_768);
            assertThat(total).isGreaterThan(4 * (total - beforeCommit));
            assertThat(upload.received()).isEqualTo(total);
            assertThat(m.file("kpis.csv").orElseThrow().rows()).isEqualTo(RUNS);
            assertThat(m.file("timeseries.csv.gz").orElseThrow().rows()).isEqualTo(RUNS * 4L);
            assertThat(m.runSeeds()).hasSize(RUNS);
        }

        // Then: the writer kept no reference to any run
        assertThat(collected(delivered)).isEqualTo(RUNS);
    }

    private static int collected(List<WeakReference<RunResult>> refs) {
        int cleared = 0;
        for (int attempt = 0; attempt < 20; attempt++) {
            System.gc();
            cleared = (int) refs.stream().filter(r -> r.get() == null).count();
            if (cleared == refs.size()) {
                break;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return cleared;
    }
}
