package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code psuu --kpi-table FILE} on a KPI table in the original's format (cloud-and-psuu.md §1.4: an unnamed pandas
 * index column, {@code KPI 8}, {@code KPI 11}, {@code kpi_c_pre}, {@code kpi_c_post}, {@code param_*}, the spelling
 * {@code net_mint_rate_cummulative}), built here by hand: {@code --scoring original} gives the original's pass
 * rates, per-constellation scores and tie set; the default gives ours.
 *
 * <p>The table: the network_failures_service scenario, 4 constellations (slash_fraction_downtime x
 * max_chains_servicer), 2 environments x 5 runs = 10 rows each. Per constellation (index 1..4): rows with KPI 8 above
 * 1e6 (slashing): 0, 1, 0, 0; rows with KPI 11 above 0.1 (ours, jailing): 0, 0, 5, 0 (never above the original's
 * 1e6); rows with post/pre Gini above 0.8 (load balancing, failing everywhere): 5, 3, 8, 0.
 */
class PsuuOriginalScoringTest {
    @TempDir
    Path dir;

    private static final double[][] PROTOCOL = {{1e-10, 1}, {1e-10, 20}, {0.1, 1}, {0.1, 20}};
    private static final int[] SLASHED = {0, 1, 0, 0};
    private static final int[] JAILED = {0, 0, 5, 0};
    private static final int[] BALANCED = {5, 3, 8, 0};

    private Path originalTable() {
        StringBuilder csv = new StringBuilder(",KPI 8,KPI 11,kpi_c_pre,kpi_c_post,net_mint_rate_cummulative,"
                + "param_slash_fraction_downtime,param_max_chains_servicer,param_servicer_service_density_starting,"
                + "param_event\n");
        int index = 0;
        for (int c = 0; c < 4; c++) {
            for (int row = 0; row < 10; row++) {
                double density = row < 5 ? 0.1 : 0.5;
                csv.append(String.format(Locale.ROOT, "%d,%s,%s,1.0,%s,0.01,%s,%s,%s,service_shutdown_random_t1%n",
                        index++, row < SLASHED[c] ? "2000000.0" : "0.0", row < JAILED[c] ? "0.5" : "0.01",
                        row < BALANCED[c] ? "0.9" : "0.5", PROTOCOL[c][0] == 0.1 ? "0.1" : "1e-10",
                        PROTOCOL[c][1] == 1 ? "1" : "20", density));
            }
        }
        return Cli.write(dir.resolve("simulation_data").resolve("svc_ag1_.csv"), csv.toString());
    }

    private Cli.Result psuu(Path to, String... extra) {
        Path grid = TestGrids.serviceFamily(dir, "svc", 5, 10);
        List<Object> args = new ArrayList<>(List.of("psuu", "svc_ag1_", "-g", grid, "--kpi-table", originalTable(),
                "--to", to, "--bootstrap", "0"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray());
    }

    private static List<String[]> scores(Path to) throws IOException {
        return Files.readAllLines(to.resolve("scores.csv")).stream().skip(1).map(l -> l.split(",")).toList();
    }

    private static int column(Path to, String name) throws IOException {
        return List.of(Files.readAllLines(to.resolve("scores.csv")).get(0).split(",")).indexOf(name);
    }

    @Test
    void shouldScoreWithTheOriginalsRules() throws IOException {
        Path to = dir.resolve("original");
        Cli.Result r = psuu(to, "--scoring", "original");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode best = new ObjectMapper().readTree(to.resolve("best.json").toFile());
        // the jailing test always passes at the original's 1e6; load balancing fails everywhere
        assertThat(best.get("passRates").get("servicer_slashing_cost").asDouble()).isEqualTo(0.75);
        assertThat(best.get("passRates").get("servicer_jailing_cost").asDouble()).isEqualTo(1.0);
        assertThat(best.get("passRates").get("network_load_balancing").asDouble()).isEqualTo(0.0);
        // astype(int): the backed-off soft scores truncate to 0, so the score is the number passed
        int score = column(to, "score");
        assertThat(scores(to)).extracting(row -> row[score]).containsExactly("2", "1", "2", "2");
        // 'not p': the slashing soft score is 1 only where no row is above the floor
        int slashingSoft = column(to, "servicer_slashing_cost_soft");
        assertThat(scores(to)).extracting(row -> row[slashingSoft]).containsExactly("1", "0", "1", "1");
        // the tie the original broke at random: constellations 1, 3 and 4
        assertThat(best.get("tie").get("count").asInt()).isEqualTo(3);
        assertThat(best.get("tie").get("constellations").toString()).isEqualTo("[1,3,4]");
        assertThat(best.get("tieBreak").asText()).isEqualTo("random");
        assertThat(best.get("constellation").asInt()).isIn(1, 3, 4);
        assertThat(r.out()).contains("tie: 3 of 4 at score 2 (1, 3, 4), broken by random");
    }

    @Test
    void shouldDrawTheRandomTieBreakFromTheSeed() throws IOException {
        Set<Integer> chosen = new HashSet<>();
        for (int seed = 1; seed <= 8; seed++) {
            Path to = dir.resolve("seed" + seed);
            assertThat(psuu(to, "--scoring", "original", "--seed", Integer.toString(seed)).exitCode()).isZero();
            int c = new ObjectMapper().readTree(to.resolve("best.json").toFile()).get("constellation").asInt();
            Path again = dir.resolve("again" + seed);
            assertThat(psuu(again, "--scoring", "original", "--seed", Integer.toString(seed)).exitCode()).isZero();
            assertThat(Files.readString(again.resolve("best.json"))).isEqualTo(Files.readString(to.resolve("best.json")));
            chosen.add(c);
        }
        // uniform among the three tied: eight seeds reach more than one of them
        assertThat(chosen).isSubsetOf(1, 3, 4).hasSizeGreaterThan(1);
    }

    @Test
    void shouldScoreWithOurRulesByDefault() throws IOException {
        Path to = dir.resolve("ours");
        Cli.Result r = psuu(to);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode best = new ObjectMapper().readTree(to.resolve("best.json").toFile());
        assertThat(best.get("passRates").get("servicer_jailing_cost").asDouble()).isEqualTo(0.75);
        // the backed-off load-balancing shares count: 1+1+0.5, 0+1+0.3, 1+0+0.8, 1+1+0
        int score = column(to, "score");
        assertThat(scores(to)).extracting(row -> Double.parseDouble(row[score]))
                .containsExactly(2.5, 1.3, 1.8, 2.0);
        int slashingSoft = column(to, "servicer_slashing_cost_soft");
        assertThat(scores(to)).extracting(row -> Double.parseDouble(row[slashingSoft]))
                .containsExactly(1.0, 0.9, 1.0, 1.0);
        assertThat(best.get("constellation").asInt()).isEqualTo(1);
        assertThat(best.get("tie").get("count").asInt()).isEqualTo(1);
        assertThat(best.get("scoring").asText()).isEqualTo("ours");
        assertThat(r.out()).contains("no tie");
    }

    @Test
    void shouldBreakTheOriginalsTieByMarginWhenAsked() throws IOException {
        Path to = dir.resolve("margin");
        assertThat(psuu(to, "--scoring", "original", "--tie-break", "margin").exitCode()).isZero();
        JsonNode best = new ObjectMapper().readTree(to.resolve("best.json").toFile());
        // margins (slashing 0.1 - p, jailing 0.1 - 0, balancing p - 0.9): 1: (0.1+0.1-0.4)/3, 3: (0.1+0.1-0.1)/3,
        // 4: (0.1+0.1-0.9)/3, so constellation 3 clears or misses its thresholds by the most
        assertThat(best.get("constellation").asInt()).isEqualTo(3);
        assertThat(best.get("tie").get("count").asInt()).isEqualTo(3);
    }
}
