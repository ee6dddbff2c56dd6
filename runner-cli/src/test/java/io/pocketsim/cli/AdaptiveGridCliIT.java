package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.grid.Grid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adaptive-grid loop through the CLI only: a user's iteration-1 grid file is run locally, scored, its next grid
 * written, and that next grid run and scored in turn. Checked against the documented rules (docs/adaptive-grid.md),
 * computed here from the files the commands wrote, not against numbers copied from a run.
 */
class AdaptiveGridCliIT {
    private static final List<String> PROTOCOL = List.of("slash_fraction_downtime", "max_chains_servicer");
    private static final List<String> INEQUALITIES = List.of("servicer_slashing_cost", "servicer_jailing_cost",
            "network_load_balancing");
    private static final int RUNS = 2;
    private static final int DAYS = 20;

    @TempDir
    Path dir;

    /** One row of scores.csv by column name. */
    private record ScoreRow(Map<String, String> cells) {
        double number(String c) {
            return Double.parseDouble(cells.get(c));
        }

        boolean bool(String c) {
            return Boolean.parseBoolean(cells.get(c));
        }
    }

    private static List<ScoreRow> readScores(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        List<ScoreRow> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), cells[i]);
            }
            rows.add(new ScoreRow(m));
        }
        return rows;
    }

    private static void assertOk(Cli.Result r) {
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    @Test
    void shouldRunScoreAndRunTheNextGridAndBisectTowardTheBestPoint() throws IOException {
        Path ag1File = TestGrids.serviceFamily(dir, "e2e", RUNS, DAYS);
        Path store = dir.resolve("results");
        Grid ag1 = ExperimentCatalog.load(ag1File).grid("e2e_ag1_").orElseThrow();
        assertThat(ag1.size()).isEqualTo(8);

        assertOk(Cli.run("run", "-g", ag1File, "-e", "e2e_ag1_", "-t", "2", "-o", store));
        Path step1 = dir.resolve("psuu1");
        Cli.Result scored = Cli.run("psuu", "e2e_ag1_", "-g", ag1File, "-o", store, "--to", step1);
        assertOk(scored);
        assertThat(Cli.filesUnder(step1)).containsExactly("best.json", "e2e_ag2_.json", "scores.csv");
        assertThat(scored.out()).contains("pocketsim run -g " + step1.resolve("e2e_ag2_.json") + " -e e2e_ag2_");

        Map<String, Double> best1 = checkScores(step1, ag1, "e2e_ag2_");
        Path ag2File = step1.resolve("e2e_ag2_.json");
        // the next grid's file loads on its own, without the parent's file
        Grid ag2 = ExperimentCatalog.load(ag2File).grid("e2e_ag2_").orElseThrow();
        checkNextGrid(ag1, best1, ag2, 2);

        assertOk(Cli.run("run", "-g", ag2File, "-e", "e2e_ag2_", "-t", "2", "-o", store));
        for (int i = 1; i <= ag2.size(); i++) {
            assertThat(store.resolve("e2e_ag2_" + i).resolve("manifest.json")).exists();
            List<String> kpis = Files.readAllLines(store.resolve("e2e_ag2_" + i).resolve("kpis.csv"));
            assertThat(kpis).hasSize(1 + RUNS);
            List<String> header = Arrays.asList(kpis.get(0).split(","));
            for (String p : PROTOCOL) {
                double v = Double.parseDouble(kpis.get(1).split(",")[header.indexOf("param_" + p)]);
                assertThat(ag2.values(p)).as("point " + i + " " + p).contains(v);
            }
        }
        assertThat(store.resolve("e2e_ag2_" + (ag2.size() + 1))).doesNotExist();

        Path step2 = dir.resolve("psuu2");
        assertOk(Cli.run("psuu", "-g", ag2File, "-e", "e2e_ag2_", "-o", store, "--to", step2));
        Map<String, Double> best2 = checkScores(step2, ag2, "e2e_ag3_");
        Grid ag3 = ExperimentCatalog.load(step2.resolve("e2e_ag3_.json")).grid("e2e_ag3_").orElseThrow();
        checkNextGrid(ag2, best2, ag3, 3);
        for (String p : PROTOCOL) {
            double width1 = width(ag1, p);
            assertThat(width(ag3, p)).as(p + " after two steps").isCloseTo(width1 / 4, within(1e-12 * width1));
        }
    }

    /** Checks scores.csv and best.json of a step against the scoring rules; returns the best point. */
    private static Map<String, Double> checkScores(Path step, Grid grid, String nextName) throws IOException {
        List<ScoreRow> rows = readScores(step.resolve("scores.csv"));
        assertThat(rows).hasSize(4);
        for (int i = 0; i < rows.size(); i++) {
            ScoreRow r = rows.get(i);
            assertThat(r.number("constellation")).isEqualTo(i + 1);
            // every constellation pools 2 environments x RUNS runs
            assertThat(r.number("rows")).isEqualTo(2 * RUNS);
        }
        // the score: 1 per inequality passed, its soft score for an inequality that no constellation passes
        double bestScore = Double.NEGATIVE_INFINITY;
        for (ScoreRow r : rows) {
            double score = 0;
            double soft = 0;
            for (String q : INEQUALITIES) {
                boolean backedOff = rows.stream().noneMatch(x -> x.bool(q + "_success"));
                score += r.bool(q + "_success") ? 1 : backedOff ? r.number(q + "_soft") : 0;
                soft += r.number(q + "_soft");
                assertThat(r.number(q + "_soft")).isBetween(0.0, 1.0);
            }
            assertThat(r.number("score")).isCloseTo(score, within(1e-12));
            assertThat(r.number("soft_total")).isCloseTo(soft, within(1e-12));
            bestScore = Math.max(bestScore, r.number("score"));
        }
        // the best: highest score, then highest soft total, then lowest index
        double top = bestScore;
        double bestSoft = rows.stream().filter(r -> r.number("score") == top)
                .mapToDouble(r -> r.number("soft_total")).max().orElseThrow();
        ScoreRow expectedBest = rows.stream()
                .filter(r -> r.number("score") == top && r.number("soft_total") == bestSoft).findFirst().orElseThrow();
        assertThat(rows.stream().filter(r -> r.bool("best")).toList()).containsExactly(expectedBest);

        JsonNode json = new ObjectMapper().readTree(step.resolve("best.json").toFile());
        assertThat(json.get("grid").asText()).isEqualTo(grid.name());
        assertThat(json.get("nextGrid").asText()).isEqualTo(nextName);
        assertThat(json.get("constellation").asDouble()).isEqualTo(expectedBest.number("constellation"));
        Map<String, Double> best = new LinkedHashMap<>();
        for (String p : PROTOCOL) {
            best.put(p, expectedBest.number("param_" + p));
            assertThat(json.get("best").get(p).asDouble()).isEqualTo(best.get(p));
        }
        return best;
    }

    /** Checks the bisection rule, names, sizes and what is carried from parent to next. */
    private static void checkNextGrid(Grid parent, Map<String, Double> best, Grid next, int iteration) {
        assertThat(next.name()).isEqualTo("e2e_ag" + iteration + "_");
        assertThat(next.definition().family()).isEqualTo("e2e");
        assertThat(next.definition().iteration()).isEqualTo(iteration);
        assertThat(next.size()).isEqualTo(parent.size());
        assertThat(next.pointNames()).first().isEqualTo("e2e_ag" + iteration + "_1");
        assertThat(next.pointNames()).last().isEqualTo("e2e_ag" + iteration + "_" + parent.size());
        for (String p : PROTOCOL) {
            double lb = Math.min(num(parent.values(p).get(0)), num(parent.values(p).get(1)));
            double ub = Math.max(num(parent.values(p).get(0)), num(parent.values(p).get(1)));
            double mid = (lb + ub) / 2;
            double b = best.get(p);
            assertThat(b).as(p + " best is a bracket end").isIn(lb, ub);
            List<Double> expected = b == lb ? List.of(lb, mid) : List.of(mid, ub);
            assertThat(next.values(p)).as(p).containsExactlyElementsOf(expected);
            // halved up to rounding: mid is rounded, so ub - mid need not be exactly (ub - lb) / 2
            assertThat(width(next, p)).isCloseTo(width(parent, p) / 2, within(1e-12 * width(parent, p)));
        }
        assertThat(next.definition().environmental()).isEqualTo(parent.definition().environmental());
        assertThat(next.definition().fixed()).isEqualTo(parent.definition().fixed());
        assertThat(next.definition().scenario()).isEqualTo("network_failures_service");
        assertThat(next.definition().runs()).isEqualTo(RUNS);
        assertThat(next.definition().days()).isEqualTo(DAYS);
        assertThat(next.definition().provenance().parent()).isEqualTo(parent.name());
        assertThat(next.definition().provenance().best()).containsOnlyKeys(PROTOCOL);
    }

    private static double width(Grid g, String p) {
        return Math.abs(num(g.values(p).get(1)) - num(g.values(p).get(0)));
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }
}
