package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.postprocess.store.LocalResultStore;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A container task logs each experiment when it is complete in the store, not at the end: killed part-way, its log
 * already names what it finished, and exactly those experiments are complete.
 */
class TaskLogIT {
    @TempDir
    Path dir;

    @Test
    void shouldLogEachExperimentAsItCompletesNotAtTheEnd() throws Exception {
        Path grid = Cli.write(dir.resolve("slow.json"), "{\"grids\": [{\"name\": \"slow_\", \"model\": \"pocket\", "
                + "\"stateSet\": \"Base\", \"parameterSet\": \"Base\", \"runs\": 40, \"days\": 365, "
                + "\"environmental\": {\"application_max_number\": [5, 10, 20, 40, 60, 80, 100, 120]}}]}");
        Path store = dir.resolve("store");
        ChildCli task = ChildCli.start(dir, "task", Map.of(), "task", "-g", grid, "-t", "1", "-o", store, "slow_");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && task.process().isAlive() && !task.out().contains("slow_2: complete")) {
            Thread.sleep(50);
        }
        assertThat(task.process().isAlive()).as("still running after logging two experiments: " + task).isTrue();
        task.process().destroyForcibly();
        task.waitFor();

        assertThat(task.out()).contains("slow_1: complete (1 of 8, ").contains("slow_2: complete (2 of 8, ")
                .doesNotContain("pocketsim task: 8/8");
        LocalResultStore s = new LocalResultStore(store);
        java.util.List<String> complete = s.list("slow_");
        long logged = task.out().lines().filter(l -> l.matches("slow_[0-9]+: complete \\(.*")).count();
        for (int i = 1; i <= logged; i++) {
            assertThat(complete).as("what the task logged is complete in the store").contains("slow_" + i);
        }
        // the kill may fall between a commit and its log line, never more than one experiment behind
        assertThat(complete.size() - logged).isBetween(0L, 1L);
        assertThat(complete).hasSizeLessThan(8);
    }
}
