package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pocketsim.postprocess.store.ExperimentLockedException;
import io.pocketsim.postprocess.store.ExperimentUpload;
import io.pocketsim.postprocess.store.LocalResultStore;
import io.pocketsim.postprocess.store.WriteMode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes writing one store: one writer per experiment, the store ends consistent, the loser says so. */
class ConcurrentWritersIT {
    @TempDir
    Path dir;

    private static Path grid(Path dir) {
        return Cli.write(dir.resolve("six.json"), "{\"grids\": [{\"name\": \"six_\", \"model\": \"pocket\", "
                + "\"stateSet\": \"Base\", \"parameterSet\": \"Base\", \"runs\": 2, \"days\": 40, "
                + "\"environmental\": {\"application_max_number\": [5, 10, 20, 40, 80, 100]}}]}");
    }

    @Test
    void shouldLetOneOfTwoWritersWithDifferentSeedsWinAndTellTheOther() throws Exception {
        Path grid = grid(dir);
        Path store = dir.resolve("store");
        ChildCli a = ChildCli.start(dir, "a", Map.of(), "run", "-g", grid, "-e", "six_", "-s", "1", "-t", "1",
                "-o", store);
        ChildCli b = ChildCli.start(dir, "b", Map.of(), "run", "-g", grid, "-e", "six_", "-s", "2", "-t", "1",
                "-o", store);
        int codeA = a.waitFor();
        int codeB = b.waitFor();

        assertThat(codeA == 0 && codeB == 0).as("both cannot complete the grid with different seeds:\n" + a + "\n"
                + b).isFalse();
        ChildCli loser = codeA != 0 ? a : b;
        assertThat(loser.err()).as(loser.toString()).containsPattern("six_[1-6]")
                .containsPattern("another writer|made from other inputs");
        Set<Long> seeds = new HashSet<>();
        LocalResultStore s = new LocalResultStore(store);
        for (String name : s.list("six_")) {
            seeds.add(s.manifest(name).metadata().rootSeed());
        }
        assertThat(seeds).as("the complete experiments all come from one writer").hasSizeLessThanOrEqualTo(1);
        if (codeA == 0 || codeB == 0) {
            assertThat(s.list("six_")).as("the winner completed the grid").hasSize(6);
        }
    }

    @Test
    void shouldRefuseToWriteAnExperimentAnotherProcessHoldsAndNameIt() throws Exception {
        Path grid = TestGrids.sweep3(dir);
        Path store = dir.resolve("store");
        LocalResultStore here = new LocalResultStore(store);
        int code;
        ChildCli child;
        try (ExperimentUpload held = here.create("sweep3_2", WriteMode.CREATE)) {
            child = ChildCli.start(dir, "child", Map.of(), "run", "-g", grid, "-e", "sweep3_", "-d", "3", "-n", "1",
                    "-t", "1", "-o", store);
            code = child.waitFor();
        }

        assertThat(code).as(child.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(child.err()).contains("sweep3_2").contains("another writer").contains("run again");
        assertThat(here.list("sweep3_")).as("what it completed before the conflict stays complete")
                .containsExactly("sweep3_1");
        assertThat(store.resolve("sweep3_3").resolve("manifest.json")).as("it stopped at the conflict")
                .doesNotExist();

        // the same build as the first child (a process on this class path may report another software version)
        ChildCli again = ChildCli.start(dir, "again", Map.of(), "run", "-g", grid, "-e", "sweep3_", "-d", "3", "-n",
                "1", "-t", "1", "-o", store);
        assertThat(again.waitFor()).as(again.toString()).isZero();
        assertThat(again.out()).contains("1 already complete (skipped)");
    }

    @Test
    void shouldHoldTheLockUntilTheUploadEnds() {
        LocalResultStore store = new LocalResultStore(dir.resolve("s"));
        try (ExperimentUpload first = store.create("Base", WriteMode.CREATE)) {
            assertThatThrownBy(() -> store.create("Base", WriteMode.OVERWRITE))
                    .isInstanceOf(ExperimentLockedException.class).hasMessageContaining("Base")
                    .hasMessageContaining("another writer");
            try (ExperimentUpload other = store.create("Other", WriteMode.CREATE)) {
                assertThat(other).as("other experiments are free").isNotNull();
            }
        }
        try (ExperimentUpload again = store.create("Base", WriteMode.CREATE)) {
            assertThat(again).isNotNull();
        }
    }
}
