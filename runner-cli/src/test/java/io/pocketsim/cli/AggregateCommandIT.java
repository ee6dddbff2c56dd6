package io.pocketsim.cli;

import io.pocketsim.testsupport.External;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pocketsim.postprocess.aggregate.DistributionCsv;
import io.pocketsim.postprocess.aggregate.DistributionRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pocketsim aggregate} against statistics computed here, naively, from the stored time series. */
class AggregateCommandIT {
    private static final int RUNS = 7;
    private static final int DAYS = 12;

    @TempDir
    static Path store;

    @TempDir
    Path dir;

    @BeforeAll
    static void runBase() {
        Cli.Result r = Cli.run("run", "-n", RUNS, "-d", DAYS, "-t", "2", "-o", store);
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    private static Path reference() {
        return External.requireShared("reference/test1-distribution.csv");
    }

    /** Values of one column per timestep, straight from the gzip file (numbers only: no quoting to handle). */
    private static Map<Integer, List<Double>> column(String name) throws IOException {
        Map<Integer, List<Double>> out = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(store.resolve("Base").resolve("timeseries.csv.gz"))), StandardCharsets.UTF_8))) {
            List<String> header = Arrays.asList(r.readLine().split(",", -1));
            int c = header.indexOf(name);
            int t = header.indexOf("timestep");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] cells = line.split(",", -1);
                List<Double> values = out.computeIfAbsent(Integer.parseInt(cells[t]), k -> new ArrayList<>());
                if (!cells[c].isEmpty()) {
                    values.add(Double.parseDouble(cells[c]));
                }
            }
        }
        return out;
    }

    /** numpy's default percentile (linear interpolation, Hyndman-Fan type 7). */
    private static double percentile(List<Double> values, double p) {
        double[] s = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double h = (s.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    private List<DistributionRow> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            return DistributionCsv.read(r);
        }
    }

    @Test
    void shouldWriteTheReferenceLayoutWithStatisticsOfEveryRecordedColumn() throws IOException {
        Path to = dir.resolve("base.csv");

        Cli.Result r = Cli.run("aggregate", "Base", "-o", store, "--to", to);

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(Files.readAllLines(to).get(0)).isEqualTo(Files.readAllLines(reference()).get(0));
        List<DistributionRow> rows = read(to);
        long variables = rows.stream().map(DistributionRow::variable).distinct().count();
        assertThat(variables).isGreaterThan(30);
        assertThat(rows).hasSize((int) ((DAYS + 1) * variables));
        assertThat(r.out()).contains(rows.size() + " rows");
        for (String v : List.of("floating_supply", "n_servicers", "pokt_price_oracle", "total_relays")) {
            Map<Integer, List<Double>> values = column(v);
            assertThat(values).hasSize(DAYS + 1);
            for (DistributionRow row : rows.stream().filter(x -> x.variable().equals(v)).toList()) {
                List<Double> xs = values.get(row.timestep());
                assertThat(row.n()).as(v + " n at " + row.timestep()).isEqualTo(xs.size());
                if (xs.size() < 2) {
                    continue;  // the missing-value cells are checked by the aggregator's own tests
                }
                double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                double var = xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / (xs.size() - 1);
                double tol = 1e-9 * Math.max(1, Math.abs(mean));
                assertThat(row.mean()).as(v + " mean at " + row.timestep()).isCloseTo(mean, within(tol));
                assertThat(row.std()).as(v + " std at " + row.timestep()).isCloseTo(Math.sqrt(var), within(tol));
                assertThat(row.p5()).as(v + " p5").isCloseTo(percentile(xs, 0.05), within(tol));
                assertThat(row.p50()).as(v + " p50").isCloseTo(percentile(xs, 0.5), within(tol));
                assertThat(row.p95()).as(v + " p95").isCloseTo(percentile(xs, 0.95), within(tol));
            }
        }
        assertThat(Cli.filesUnder(dir)).as("no temporary file left").containsExactly("base.csv");
    }

    @Test
    void shouldAggregateOnlyTheChosenVariablesInTheOrderGiven() throws IOException {
        Path to = dir.resolve("two.csv");

        Cli.Result r = Cli.run("aggregate", "-o", store, "-e", "Base", "-v", "n_servicers", "-v", "floating_supply",
                "--to", to);

        assertThat(r.exitCode()).as(r.toString()).isZero();
        List<DistributionRow> rows = read(to);
        assertThat(rows).hasSize(2 * (DAYS + 1));
        assertThat(rows.subList(0, 2)).extracting(DistributionRow::variable)
                .containsExactly("n_servicers", "floating_supply");
        assertThat(rows).allSatisfy(x -> assertThat(x.n()).isEqualTo(RUNS));
    }

    @Test
    void shouldWriteToStandardOutputForADash() throws IOException {
        Path file = dir.resolve("file.csv");
        assertThat(Cli.run("aggregate", "-o", store, "-e", "Base", "-v", "n_gateways", "--to", file).exitCode())
                .isZero();

        Cli.Result r = Cli.run("aggregate", "-o", store, "-e", "Base", "-v", "n_gateways", "--to", "-");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo(Files.readString(file));
        assertThat(Cli.filesUnder(dir)).containsExactly("file.csv");
    }

    @Test
    void shouldRefuseAnUnknownVariableNamingTheClosestAndWriteNothing() {
        Cli.Result r = Cli.run("aggregate", "-o", store, "-e", "Base", "-v", "floating_suply", "--to",
                dir.resolve("x.csv"));

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("'--variable'").contains("floating_suply")
                .contains("did you mean floating_supply?");
        assertThat(Cli.filesUnder(dir)).isEmpty();
    }

    @Test
    void shouldRefuseAnExperimentThatIsNotInTheStore() {
        Cli.Result r = Cli.run("aggregate", "-o", store, "-e", "Bsae", "--to", dir.resolve("x.csv"));

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("'--experiment'").contains("Bsae").contains("not in the store")
                .contains("allowed: one of its").contains("did you mean Base?");
        assertThat(Cli.filesUnder(dir)).isEmpty();
    }

    @Test
    void shouldRefuseAStoreDirectoryThatDoesNotExist() {
        Cli.Result r = Cli.run("aggregate", "-o", dir.resolve("nowhere"), "-e", "Base", "--to", dir.resolve("x.csv"));

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("'--out'").contains("no such directory");
        assertThat(Cli.filesUnder(dir)).isEmpty();
    }

    @Test
    void shouldRefuseAnOutputFileUnderARegularFile() {
        Path file = Cli.write(dir.resolve("plain"), "x");

        Cli.Result r = Cli.run("aggregate", "-o", store, "-e", "Base", "--to", file.resolve("x.csv"));

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("'--to'");
        assertThat(Cli.filesUnder(dir)).containsExactly("plain");
    }

    @Test
    void shouldRefuseAFolderThatDoesNotExistBeforeReadingAnything() {
        Cli.Result r = Cli.run("aggregate", "Base", "-o", store, "--to", dir.resolve("no").resolve("x.csv"));

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("'--to'").contains("its folder does not exist");
        assertThat(dir.resolve("no")).doesNotExist();
    }

    @Test
    void shouldRefuseTwoDifferentNames() {
        Cli.Result r = Cli.run("aggregate", "Base", "-e", "test1", "-o", store, "--to", dir.resolve("x.csv"));

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("NAME Base").contains("--experiment test1");
        assertThat(Cli.filesUnder(dir)).isEmpty();
    }

    @Test
    void shouldRequireTheExperimentOption() {
        Cli.Result r = Cli.run("aggregate", "-o", store);

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--experiment");
    }
}
