package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pocketsim kpis} stacks a grid's per-run KPI tables, and refuses or marks an incomplete grid. */
class KpisCommandTest {
    private static final String GRID = """
            { "name": "tiny_", "model": "pocket", "stateSet": "Base", "parameterSet": "Base", "runs": 2, "days": 4,
              "environmental": { "servicer_max_number": [20, 30, 40] } }
            """;

    @TempDir
    Path dir;

    private Path gridFile;
    private Path store;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int pocketsim(String... args) {
        CommandLine cl = PocketsimCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @BeforeEach
    void runTheGrid() throws IOException {
        gridFile = Files.writeString(dir.resolve("tiny.json"), GRID, StandardCharsets.UTF_8);
        store = dir.resolve("results");
        assertThat(pocketsim("run", "-g", gridFile.toString(), "-e", "tiny_", "--threads", "1",
                "--out", store.toString())).isZero();
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    @Test
    void shouldStackEveryPointsRowsUnderOneHeaderInPointOrder() throws IOException {
        Path csv = dir.resolve("tiny.csv");
        assertThat(pocketsim("kpis", "-g", gridFile.toString(), "tiny_", "--out", store.toString(),
                "--to", csv.toString())).isZero();

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String header = Files.readAllLines(store.resolve("tiny_1/kpis.csv"), StandardCharsets.UTF_8).get(0);
        assertThat(lines).hasSize(1 + 3 * 2);
        assertThat(lines.get(0)).isEqualTo(header);
        for (int point = 1; point <= 3; point++) {
            List<String> rows = Files.readAllLines(store.resolve("tiny_" + point + "/kpis.csv"),
                    StandardCharsets.UTF_8);
            assertThat(lines.subList(1 + 2 * (point - 1), 1 + 2 * point)).isEqualTo(rows.subList(1, 3));
        }
        assertThat(err.toString()).contains("6 row(s) of 3 experiment(s)");
    }

    @Test
    void shouldRefuseAnIncompleteGridAndWriteNothing() throws IOException {
        Files.delete(store.resolve("tiny_2/manifest.json"));
        Path csv = dir.resolve("tiny.csv");

        assertThat(pocketsim("kpis", "-g", gridFile.toString(), "tiny_", "--out", store.toString(),
                "--to", csv.toString())).isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(err.toString()).contains("1 of 3").contains("tiny_2").contains("--partial");
        assertThat(csv).doesNotExist();
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void shouldWriteTheCompleteOnesWhenAskedForAPartialTable() throws IOException {
        Files.delete(store.resolve("tiny_2/manifest.json"));

        assertThat(pocketsim("kpis", "-g", gridFile.toString(), "tiny_", "--out", store.toString(),
                "--partial")).isZero();

        assertThat(out.toString().lines()).hasSize(1 + 2 * 2).noneMatch(l -> l.startsWith("tiny_2,"));
        assertThat(err.toString()).contains("1 incomplete left out");
    }

    @Test
    void shouldRefuseACorruptTableInsteadOfUsingIt() throws IOException {
        Path kpis = store.resolve("tiny_3/kpis.csv");
        Files.writeString(kpis, Files.readString(kpis, StandardCharsets.UTF_8).replace(",2,", ",9,"),
                StandardCharsets.UTF_8);
        Path csv = dir.resolve("tiny.csv");

        int code = pocketsim("kpis", "-g", gridFile.toString(), "tiny_", "--out", store.toString(),
                "--to", csv.toString());

        assertThat(code).isNotZero();
        assertThat(csv).doesNotExist();
        assertThat(err.toString()).contains("tiny_3");
    }
}
