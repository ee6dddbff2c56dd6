package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ObjectArrays;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pocketsim psuu} refuses what it cannot score honestly, exit 2, and then writes nothing. */
class PsuuCommandIT {
    @TempDir
    Path dir;

    private Path grid;
    private Path store;
    private Path to;

    @BeforeEach
    void setUp() {
        grid = TestGrids.serviceFamily(dir, "part", 2, 8);
        store = dir.resolve("results");
        to = dir.resolve("psuu-out");
    }

    private void runGrid(Object... extra) {
        Object[] base = {"run", "-g", grid, "-e", "part_ag1_", "-t", "2", "-o", store};
        Cli.Result r = Cli.run(ObjectArrays.concat(base, extra, Object.class));
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    private Cli.Result psuu(Object... extra) {
        Object[] base = {"psuu", "-g", grid, "-e", "part_ag1_", "-o", store, "--to", to};
        return Cli.run(ObjectArrays.concat(base, extra, Object.class));
    }

    private void assertRefused(Cli.Result r, String... expected) {
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).startsWith("pocketsim: ").contains(expected);
        assertThat(to).doesNotExist();
    }

    @Test
    void shouldRefuseAGridWithMissingExperimentsAndSayHowMany() throws IOException {
        runGrid();
        Files.delete(store.resolve("part_ag1_3").resolve("manifest.json"));
        Files.delete(store.resolve("part_ag1_7").resolve("manifest.json"));

        assertRefused(psuu(), "grid part_ag1_: 2 of 8 experiments are missing or incomplete", "part_ag1_3, part_ag1_7",
                "pocketsim run -e part_ag1_", "--partial");
    }

    @Test
    void shouldScoreTheCompleteExperimentsWhenIncompleteIsAllowed() throws IOException {
        runGrid();
        Files.delete(store.resolve("part_ag1_3").resolve("manifest.json"));

        Cli.Result r = psuu("--partial");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("1 missing, allowed");
        JsonNode best = new ObjectMapper().readTree(to.resolve("best.json").toFile());
        assertThat(best.get("rows").asInt()).isEqualTo(14);
        assertThat(best.get("incompletePoints").asInt()).isEqualTo(1);
        List<String> scores = Files.readAllLines(to.resolve("scores.csv"));
        int rowsColumn = List.of(scores.get(0).split(",")).indexOf("rows");
        assertThat(scores.subList(1, scores.size()).stream()
                .mapToInt(line -> Integer.parseInt(line.split(",")[rowsColumn])).sum()).isEqualTo(14);
    }

    @Test
    void shouldRefuseAnEmptyStoreEvenWhenIncompleteIsAllowed() throws IOException {
        Files.createDirectories(store);
        // --allow-incomplete is the other name of --partial (the AdaptiveStep API's word)

        assertRefused(psuu("--allow-incomplete"), "8 of 8 experiments are missing");
    }

    @Test
    void shouldRefusePointsStoredWithFewerRunsThanTheGridDefines() {
        runGrid("--runs", "1");

        assertRefused(psuu(), "cannot score grid part_ag1_", "8 rows, expected 8 points x 2 runs = 16");
    }

    @Test
    void shouldRefusePointsMadeFromOtherParametersEvenWithPartial() throws IOException {
        runGrid("--set", "servicer_max_number=7");

        assertRefused(psuu(), "8 of 8 experiments", "made from other parameters",
                "part_ag1_1 (servicer_max_number)", "--overwrite");
        assertRefused(psuu("--partial"), "made from other parameters");
    }

    @Test
    void shouldRefuseAPointWhoseGridFileWasEditedAfterItsRun() throws IOException {
        runGrid();
        // the same grid name, another environmental value: point 2's stored results no longer belong to it
        Files.writeString(grid, Files.readString(grid).replace("[0.1, 0.5]", "[0.1, 0.6]"));

        assertRefused(psuu(), "made from other parameters", "part_ag1_2 (servicer_service_density_starting)");
    }

    @Test
    void shouldRefuseAGridWithoutAScenario() {
        Path sweep = TestGrids.sweep3(dir);
        assertThat(Cli.run("run", "-g", sweep, "-e", "sweep3_", "-d", "3", "-n", "1", "-o", store).exitCode())
                .isZero();

        assertRefused(Cli.run("psuu", "-g", sweep, "-e", "sweep3_", "-o", store, "--to", to),
                "grid sweep3_ has no family or scenario");
    }

    @Test
    void shouldRefuseAnUnknownGridWithTheClosestName() {
        assertRefused(Cli.run("psuu", "-g", grid, "-e", "part_ag_1", "-o", store, "--to", to),
                "'--experiment'", "did you mean part_ag1_?");
    }

    @Test
    void shouldRefuseAMissingOrBadPsuuConfig() {
        runGrid();

        assertRefused(psuu("--psuu-config", dir.resolve("nope.json")), "'--psuu-config'", "no such file");
        assertRefused(psuu("--psuu-config", Cli.write(dir.resolve("bad.json"), "{\"kpis\": 1}")),
                "'--psuu-config'", "bad.json");
    }

    @Test
    void shouldRefuseAnOutputDirectoryUnderARegularFile() {
        Path file = Cli.write(dir.resolve("plain"), "x");
        to = file.resolve("psuu");

        Cli.Result r = psuu();

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("'--to'").contains("not a writable directory");
    }

    @Test
    void shouldRefuseAStoreThatDoesNotExist() {
        assertRefused(psuu(), "'--out'", "no such directory");
    }
}
