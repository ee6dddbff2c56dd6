package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.postprocess.store.LocalResultStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures name their cause and get the right exit code; a signal says what is complete and how to resume. */
class FailureCausesIT {
    @TempDir
    Path dir;

    @Test
    void shouldRefuseRunsThatOverflowABatchNamingTheOptionAndTheLimit() {
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("run", "-e", "network_viability_ag1_", "--runs", "1000000", "-o", out);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--runs").contains("2147483647").contains("3456 experiment(s)")
                .doesNotContain("ArithmeticException");
        assertThat(out).doesNotExist();
    }

    @Test
    void shouldRefuseARunThatCannotFitOnTheDiskBeforeWriting() {
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("run", "-e", "Base", "--runs", "1000000000", "-o", out);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--runs").contains("TB").contains("free under");
        assertThat(Cli.filesUnder(out)).as("nothing written").isEmpty();
    }

    @Test
    void shouldCallAnOutputTheSystemRefusesBadInputWithTheReason() {
        Cli.Result r = Cli.run("run", "-d", "2", "-o", "/proc/x");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--out").contains("/proc/x").containsPattern("cannot be (written|created): .+");
    }

    @Test
    void shouldNameTheOperatingSystemsReasonWhenTheDiskIsFull() throws Exception {
        Path unshare = Path.of("/usr/bin/unshare");
        Assumptions.assumeTrue(Files.isExecutable(unshare), "unshare is absent: FailuresTest covers the message");
        Path mount = Files.createDirectories(dir.resolve("small"));
        // a 16 MB file system of its own, in a user and mount namespace (no privileges needed where allowed); once
        // the run has started writing (so after its free-space check), the rest of the space is filled
        String script = "mount -t tmpfs -o size=16m tmpfs \"$0\" || exit 99; \"$@\" & pid=$!; "
                + "while [ ! -d \"$0/store/Base\" ] && kill -0 $pid 2>/dev/null; do sleep 0.05; done; "
                + "dd if=/dev/zero of=\"$0/filler\" bs=64k 2>/dev/null; wait $pid";
        List<String> wrapper = List.of(unshare.toString(), "--user", "--map-root-user", "--mount", "sh", "-c",
                script, mount.toString());
        ChildCli full = ChildCli.wrapped(dir, "full", wrapper, "run", "--runs", "400", "--days", "100", "-t", "1",
                "-o", mount.resolve("store"));
        int code = full.waitFor();
        Assumptions.assumeTrue(code != 99, "no mount namespace here: " + full.err());

        assertThat(code).as(full.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(full.err()).contains("No space left on device").contains("Base");
    }

    @Test
    void shouldSayWhatIsCompleteAndHowToResumeWhenStoppedBySignalAndLogProgress() throws Exception {
        Path grid = Cli.write(dir.resolve("slow.json"), "{\"grids\": [{\"name\": \"slow_\", \"model\": \"pocket\", "
                + "\"stateSet\": \"Base\", \"parameterSet\": \"Base\", \"runs\": 50, \"days\": 365, "
                + "\"environmental\": {\"application_max_number\": [5, 10, 20, 40, 60, 80, 100, 120]}}]}");
        Path store = dir.resolve("store");
        Object[] args = {"run", "-g", grid, "-e", "slow_", "-t", "1", "-o", store};
        ChildCli child = ChildCli.start(dir, "slow", Map.of("POCKETSIM_PROGRESS_SECONDS", "1"), args);
        LocalResultStore s = new LocalResultStore(store);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && child.process().isAlive()
                && (s.list("slow_").isEmpty() || !child.err().contains("ETA"))) {
            Thread.sleep(100);
        }
        assertThat(child.process().isAlive()).as("still running when signalled: " + child).isTrue();
        child.process().destroy(); // SIGTERM
        int code = child.waitFor();

        assertThat(code).isNotZero();
        assertThat(child.err()).as(child.toString()).contains("stopped by a signal")
                .containsPattern("[1-9][0-9]* experiment\\(s\\) completed by this run are complete")
                .contains("run the same command again to resume")
                .containsPattern("pocketsim run: [0-9]+/400 runs \\([0-9.]+%\\), [0-9.]+ runs/s, ETA ");
        int completeBefore = s.list("slow_").size();

        ChildCli again = ChildCli.start(dir, "again", Map.of(), args);
        assertThat(again.waitFor()).as(again.toString()).isZero();
        assertThat(again.out()).contains(completeBefore + " already complete (skipped)");
        assertThat(s.list("slow_")).hasSize(8);
    }
}
