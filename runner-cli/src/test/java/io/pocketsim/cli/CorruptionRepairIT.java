package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A same-size corruption of a complete experiment is found by {@code run}'s check and repaired; readers name it. */
class CorruptionRepairIT {
    @TempDir
    Path out;

    private Cli.Result run(Object... extra) {
        Object[] base = {"run", "--runs", "2", "--days", "5", "--threads", "1", "--out", out};
        Object[] all = new Object[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return Cli.run(all);
    }

    /** Changes one digit of the last data row of kpis.csv: same size, different bytes. */
    private Path flipOneDigit() throws IOException {
        Path kpis = out.resolve("Base").resolve("kpis.csv");
        byte[] b = Files.readAllBytes(kpis);
        for (int i = b.length - 1; i >= 0; i--) {
            if (b[i] >= '0' && b[i] <= '9') {
                b[i] = (byte) (b[i] == '9' ? '8' : b[i] + 1);
                Files.write(kpis, b);
                return kpis;
            }
        }
        throw new AssertionError("no digit in " + kpis);
    }

    @Test
    void shouldRepairASameSizeCorruptionOnTheNextRun() throws IOException {
        assertThat(run().exitCode()).isZero();
        Path kpis = out.resolve("Base").resolve("kpis.csv");
        byte[] good = Files.readAllBytes(kpis);
        flipOneDigit();
        assertThat(Files.readAllBytes(kpis)).hasSameSizeAs(good).isNotEqualTo(good);

        Cli.Result r = run();

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).contains("repaired corrupt experiment Base").contains("kpis.csv").contains("SHA-256");
        assertThat(r.out()).doesNotContain("already complete");
        assertThat(Files.readAllBytes(kpis)).as("re-run with the same inputs: the same bytes").isEqualTo(good);
    }

    @Test
    void shouldSkipWithoutReadingWhenAskedForAQuickCheckAndReadersThenNameTheRepair() throws IOException {
        assertThat(run().exitCode()).isZero();
        flipOneDigit();

        Cli.Result quick = run("--verify", "quick");
        assertThat(quick.exitCode()).as(quick.toString()).isZero();
        assertThat(quick.out()).contains("1 already complete (skipped)");

        Cli.Result kpis = Cli.run("kpis", "Base", "-o", out);
        assertThat(kpis.exitCode()).as(kpis.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(kpis.err()).contains("experiment \"Base\" is corrupt").contains("kpis.csv")
                .contains("pocketsim run -e Base -o " + out);

        assertThat(run().exitCode()).as("the default full check repairs it").isZero();
        assertThat(Cli.run("kpis", "Base", "-o", out).exitCode()).isZero();
    }

    @Test
    void shouldRefuseAnUnknownVerifyMode() {
        Cli.Result r = run("--verify", "sometimes");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--verify").contains("full, quick");
    }

    @Test
    void shouldNameACorruptGridPointAndItsRepairWhenScoring() throws IOException {
        Path grid = TestGrids.serviceFamily(out, "bad", 2, 8);
        Path store = out.resolve("store");
        Cli.Result r = Cli.run("run", "-g", grid, "-e", "bad_ag1_", "-t", "1", "-o", store);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Path kpis = store.resolve("bad_ag1_3").resolve("kpis.csv");
        byte[] b = Files.readAllBytes(kpis);
        int i = b.length - 2;
        while (b[i] < '0' || b[i] > '9') {
            i--;
        }
        b[i] = (byte) (b[i] == '9' ? '8' : b[i] + 1);
        Files.write(kpis, b);

        Cli.Result psuu = Cli.run("psuu", "-g", grid, "-e", "bad_ag1_", "-o", store, "--to", out.resolve("p"));

        assertThat(psuu.exitCode()).as(psuu.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(psuu.err()).contains("experiment \"bad_ag1_3\" is corrupt").contains("SHA-256")
                .contains("pocketsim run -e bad_ag1_3 -o " + store);
        assertThat(out.resolve("p")).doesNotExist();
    }
}
