package io.pocketsim.postprocess.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.postprocess.result.ResultNames;
import io.pocketsim.postprocess.store.testutils.ResultStoreContractTest;
import io.pocketsim.postprocess.store.testutils.ToyRuns;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalResultStoreIT extends ResultStoreContractTest {
    @TempDir
    Path root;

    @Override
    protected ResultStore newStore() {
        return new LocalResultStore(root.resolve("results"));
    }

    private Path file(String experiment, String file) {
        return root.resolve("results").resolve(experiment).resolve(file);
    }

    @Override
    protected byte[] readRaw(String experiment, String file) throws IOException {
        return Files.readAllBytes(file(experiment, file));
    }

    @Override
    protected void writeRaw(String experiment, String file, byte[] bytes) throws IOException {
        Files.write(file(experiment, file), bytes);
    }

    @Override
    protected void deleteRaw(String experiment, String file) throws IOException {
        Files.delete(file(experiment, file));
    }

    @Test
    void shouldLayOutOneFolderPerExperimentWithNoTemporaryFilesLeft() throws IOException {
        ToyRuns.write(store, ToyRuns.metadata("Base", 2, 3), io.pocketsim.postprocess.store.WriteMode.CREATE);

        try (Stream<Path> files = Files.list(root.resolve("results").resolve("Base"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(ResultNames.KPIS, ResultNames.MANIFEST, ResultNames.TIMESERIES);
        }
    }

    @Test
    void shouldWriteUnderAHiddenTemporaryNameUntilTheFileIsClosed() throws IOException {
        try (ExperimentUpload up = store.create("Base", WriteMode.CREATE)) {
            OutputStream out = up.file("a.txt");
            out.write(new byte[] {1, 2});
            out.flush();
            Path dir = root.resolve("results").resolve("Base");
            assertThat(Files.exists(dir.resolve("a.txt"))).isFalse();
            assertThat(list(dir)).singleElement().asString().startsWith(".a.txt.").endsWith(".tmp");

            out.close();

            assertThat(list(dir)).containsExactly("a.txt");
        }
    }

    @Test
    void shouldRemoveTemporaryFilesOfAnAbortedUpload() throws IOException {
        try (ExperimentUpload up = store.create("Base", WriteMode.CREATE)) {
            up.file("a.txt").write(new byte[] {1, 2});
        }

        assertThat(list(root.resolve("results").resolve("Base"))).isEmpty();
        assertThat(store.status("Base").state()).isEqualTo(ResultState.ABSENT);
    }

    @Test
    void shouldClearLeftoversOfACrashedWriteWhenTheExperimentIsWrittenAgain() throws IOException {
        // Given: a crash left a temporary file and a stray data file behind
        Path dir = root.resolve("results").resolve("Base");
        Files.createDirectories(dir);
        Files.write(dir.resolve(".kpis.csv.123.tmp"), new byte[] {9});
        Files.write(dir.resolve("stale.csv"), new byte[] {9});
        assertThat(store.status("Base").state()).isEqualTo(ResultState.INCOMPLETE);

        // When
        ToyRuns.write(store, ToyRuns.metadata("Base", 1, 2), WriteMode.CREATE);

        // Then
        assertThat(list(dir)).containsExactlyInAnyOrder(ResultNames.KPIS, ResultNames.MANIFEST,
                ResultNames.TIMESERIES);
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
