package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.pocketsim.experiments.catalog.ExperimentCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input to {@code pocketsim run}: exit code 2, one message naming the option (and for files the file, the key and
 * what is allowed), and nothing written to the output directory. Every case fails before a run starts, so the output
 * directory (which does not exist beforehand) must still not exist.
 */
class RunBadInputTest {
    private static final String GRID_HEAD = "\"model\": \"pocket\", \"stateSet\": \"Base\", \"parameterSet\": \"Base\", "
            + "\"days\": 5";

    @TempDir
    Path dir;

    private Path out;

    @BeforeEach
    void setUp() {
        out = dir.resolve("results");
    }

    /** Runs with small defaults for the options the test does not give itself (picocli refuses repeats). */
    private Cli.Result run(Object... args) {
        List<Object> all = new ArrayList<>(List.of("run", "--out", out));
        List<String> given = Stream.of(args).map(String::valueOf).toList();
        if (!given.contains("--days") && !given.contains("-d")) {
            all.addAll(List.of("--days", "2"));
        }
        if (!given.contains("--threads") && !given.contains("-t")) {
            all.addAll(List.of("--threads", "1"));
        }
        all.addAll(List.of(args));
        return Cli.run(all.toArray());
    }

    private void assertBadInputNothingWritten(Cli.Result r, String option) {
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).as(r.toString()).startsWith("pocketsim: ").contains("'" + option + "'");
        assertThat(r.err().lines().count()).as("one message, no stack trace: " + r.err()).isEqualTo(1);
        // Files.exists, not AssertJ's doesNotExist: under a regular file neither exists nor notExists holds
        assertThat(Files.exists(out)).as("the output directory exists").isFalse();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void shouldNameTheClosestAndTheKnownExperimentsForAnUnknownOne() {
        Cli.Result r = run("--experiment", "Bsae");

        assertBadInputNothingWritten(r, "--experiment");
        assertThat(r.err()).contains("\"Bsae\"").contains("did you mean Base?")
                .contains("network_viability (ag1..ag6)").contains("test1").contains("BaseEvent").contains("Test");
    }

    @Test
    void shouldSuggestTheGridForAMisspeltGrid() {
        Cli.Result r = run("--experiment", "network_viablity_ag3_");

        assertBadInputNothingWritten(r, "--experiment");
        assertThat(r.err()).contains("did you mean network_viability_ag3_?");
    }

    @Test
    void shouldGiveTheValidRangeForAPointBeyondTheGrid() {
        Cli.Result r = run("--experiment", "network_failures_service_ag1_49");

        assertBadInputNothingWritten(r, "--experiment");
        assertThat(r.err()).contains("network_failures_service_ag1_1..network_failures_service_ag1_48");
    }

    @Test
    void shouldRefuseAnyUnknownNameListingTheKnownOnes() {
        ExperimentCatalog catalog = ExperimentCatalog.builtIn();
        qt().withFixedSeed(20261201L).withExamples(25)
                .forAll(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 14))
                .assuming(name -> catalog.experiment(name).isEmpty() && catalog.grid(name).isEmpty())
                .checkAssert(name -> {
                    Cli.Result r = run("-e", name);
                    assertBadInputNothingWritten(r, "--experiment");
                    // a suggestion only when some name is close; the known names are always listed
                    assertThat(r.err()).contains("\"" + name + "\"").contains("allowed: families gateway_viability_sweep")
                            .contains("experiments: [test1, Base, BaseDynamic, BaseEvent]");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"--runs", "--days", "--threads", "-n", "-d", "-t"})
    void shouldRefuseNonPositiveCounts(String option) {
        String longName = switch (option) {
            case "-n" -> "--runs";
            case "-d" -> "--days";
            case "-t" -> "--threads";
            default -> option;
        };
        qt().withFixedSeed(7L).withExamples(15).forAll(integers().between(Integer.MIN_VALUE, 0))
                .checkAssert(n -> {
                    // the option given last wins in picocli, so the value under test overrides run()'s defaults
                    Cli.Result r = run(option, n);
                    assertBadInputNothingWritten(r, longName);
                    assertThat(r.err()).contains(": " + n + " (must be a positive whole number)");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"some", "runs:0", "runs:-1", "runs:two", ""})
    void shouldRefuseAnUnknownTimeSeriesChoice(String value) {
        Cli.Result r = run("--timeseries", value);

        assertBadInputNothingWritten(r, "--timeseries");
        assertThat(r.err()).contains("all, none or runs:N");
    }

    @Test
    void shouldRefuseACountThatIsNotANumber() {
        Cli.Result r = run("--runs", "many");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--runs").contains("many");
        assertThat(out).doesNotExist();
    }

    @Test
    void shouldRefuseAnOutputDirectoryUnderARegularFile() throws Exception {
        // permission bits do not stop root (the build runs as root), a regular file in the path does
        Path file = Cli.write(dir.resolve("plain-file"), "not a directory");
        out = file.resolve("results");

        Cli.Result r = run();

        assertBadInputNothingWritten(r, "--out");
        assertThat(r.err()).contains("plain-file").contains("not a writable directory");
        assertThat(Files.readString(file)).isEqualTo("not a directory");
    }

    @Test
    void shouldRefuseAnOutputDirectoryThatIsARegularFile() throws Exception {
        out = Cli.write(dir.resolve("results"), "x");

        Cli.Result r = run();

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("'--out'").contains("exists and is not a directory");
        assertThat(Files.readString(out)).isEqualTo("x");
    }

    static Stream<Arguments> badGridFiles() {
        return Stream.of(
                Arguments.of("unknown-parameter.json",
                        "{\"grids\": [{\"name\": \"g1\", " + GRID_HEAD + ", \"runs\": 1, "
                                + "\"environmental\": {\"aplication_max_number\": [5, 20]}}]}",
                        new String[] {"environmental.aplication_max_number", "unknown parameter",
                                "did you mean application_max_number?"}),
                Arguments.of("wrong-type.json",
                        "{\"grids\": [{\"name\": \"g1\", " + GRID_HEAD + ", \"runs\": \"three\", "
                                + "\"environmental\": {\"application_max_number\": [5, 20]}}]}",
                        new String[] {"runs", "wrong type string \"three\"", "allowed: a whole number >= 1"}),
                Arguments.of("wrong-value-type.json",
                        "{\"grids\": [{\"name\": \"g1\", " + GRID_HEAD + ", \"runs\": 1, "
                                + "\"environmental\": {\"application_max_number\": [5, \"many\"]}}]}",
                        new String[] {"environmental.application_max_number[1]", "\"many\"",
                                "allowed: a whole number >= 1"}),
                Arguments.of("empty-list.json",
                        "{\"grids\": [{\"name\": \"g1\", " + GRID_HEAD + ", \"runs\": 1, "
                                + "\"environmental\": {\"application_max_number\": []}}]}",
                        new String[] {"environmental.application_max_number", "empty value list",
                                "allowed: a list of at least one value"}),
                Arguments.of("duplicate-name.json",
                        "{\"experiments\": [{\"name\": \"Base\", " + GRID_HEAD + ", \"runs\": 1}]}",
                        new String[] {"experiments[0] (Base)", "duplicate name", "allowed: a name used by no other"}),
                Arguments.of("out-of-range.json",
                        "{\"grids\": [{\"name\": \"g1\", " + GRID_HEAD + ", \"runs\": 1, "
                                + "\"environmental\": {\"dao_allocation\": [0.1, 2.5]}}]}",
                        new String[] {"environmental.dao_allocation[1]", "invalid value 2.5",
                                "allowed: a number in [0, 1]"}),
                Arguments.of("protocol-three-values.json",
                        "{\"grids\": [{\"name\": \"f_ag1_\", \"family\": \"f\", \"iteration\": 1, " + GRID_HEAD
                                + ", \"runs\": 1, \"protocol\": {\"gateway_fee_per_relay\": [1, 2, 3]}}]}",
                        new String[] {"protocol.gateway_fee_per_relay", "allowed: exactly 2 values"}),
                Arguments.of("malformed.json", "{\"grids\": [",
                        new String[] {"line ", "malformed JSON", "allowed: a JSON object"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badGridFiles")
    void shouldNameTheFileTheKeyAndWhatIsAllowedForABadGridFile(String name, String json, String[] expected) {
        Path file = Cli.write(dir.resolve(name), json);

        Cli.Result r = run("--grid-file", file, "--experiment", "Base");

        assertBadInputNothingWritten(r, "--grid-file");
        assertThat(r.err()).contains(file.toString()).contains(expected);
    }

    @Test
    void shouldRefuseAMissingGridFile() {
        Cli.Result r = run("-g", dir.resolve("nope.json"));

        assertBadInputNothingWritten(r, "--grid-file");
        assertThat(r.err()).contains("nope.json").contains("no such file");
    }

    @Test
    void shouldRefuseAGridFileThatIsADirectory() {
        Cli.Result r = run("-g", dir);

        assertBadInputNothingWritten(r, "--grid-file");
    }

    static Stream<Arguments> badPriceHistories() {
        return Stream.of(
                Arguments.of("header.csv", "a,b\n1,2\n", "expected columns Date and Adj Close"),
                Arguments.of("empty.csv", "", "empty file"),
                Arguments.of("not-a-number.csv", "Date,Adj Close\n2020-01-01,1.0\n2020-01-02,abc\n",
                        "line 3 column Adj Close: not a number: 'abc'"),
                Arguments.of("too-short.csv", "Date,Adj Close\n2020-01-01,1.0\n", "too few rows"),
                Arguments.of("bad-return.csv", "return\n0.01\nx\n", "line 3 column return: not a number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPriceHistories")
    void shouldNameTheFileAndTheProblemForABadPriceHistory(String name, String csv, String expected) {
        Path file = Cli.write(dir.resolve(name), csv);

        Cli.Result r = run("--price-history", file);

        assertBadInputNothingWritten(r, "--price-history");
        assertThat(r.err()).contains(name).contains(expected);
    }

    @Test
    void shouldRefuseAMissingPriceHistory() {
        Cli.Result r = run("-p", dir.resolve("prices.csv"));

        assertBadInputNothingWritten(r, "--price-history");
        assertThat(r.err()).contains("prices.csv").contains("no such file");
    }

    @Test
    void shouldRefuseAnUnknownOption() {
        Cli.Result r = run("--thread", "2");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--thread").contains("--threads").contains("pocketsim run --help");
        assertThat(out).doesNotExist();
    }
}
