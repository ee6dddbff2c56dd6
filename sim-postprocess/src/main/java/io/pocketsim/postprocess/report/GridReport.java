package io.pocketsim.postprocess.report;

import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.experiments.grid.GridDefinition;
import io.pocketsim.postprocess.csv.KpiTables;
import io.pocketsim.postprocess.csv.ParameterCells;
import io.pocketsim.postprocess.psuu.AdaptiveStep;
import io.pocketsim.postprocess.psuu.ConstellationScore;
import io.pocketsim.postprocess.psuu.Inequality;
import io.pocketsim.postprocess.psuu.Psuu;
import io.pocketsim.postprocess.psuu.PsuuConfig;
import io.pocketsim.postprocess.psuu.PsuuScores;
import io.pocketsim.postprocess.psuu.TableKpiRows;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.table.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The report of one stored grid, read from its per-run KPI tables only (never the time series): the threshold
 * pass share of every protocol constellation (heat map), the score ranking with the chosen best, the impact of each
 * swept parameter on each KPI (box plots per value), and the next grid's brackets (PSuU's {@link AdaptiveStep},
 * which asks sim-experiments' next-grid rule). The PSuU parts need a grid with a scenario (an adaptive grid).
 */
public final class GridReport {
    /** At most this many rows of the ranking are shown in the page; the CSV has them all. */
    static final int RANKING_ROWS = 20;

    private GridReport() {
    }

    /**
     * Builds the report from the grid's complete points in the store (the others are counted as missing).
     *
     * @throws IllegalArgumentException if no point of the grid is complete in the store
     */
    public static Report build(ResultStore store, Grid grid, PsuuConfig config) {
        Set<String> stored = new HashSet<>(store.list(grid.name()));
        List<String> complete = grid.pointNames().stream().filter(stored::contains).toList();
        if (complete.isEmpty()) {
            throw new IllegalArgumentException("grid " + grid.name() + ": none of its " + grid.size()
                    + " points is complete in the store");
        }
        Table kpis = KpiTables.readAll(store, complete);
        GridDefinition def = grid.definition();
        Report.Builder report = new Report.Builder("Grid " + grid.name(), String.format(Locale.ROOT,
                "%d of %d point(s) complete, %d KPI row(s)%s", complete.size(), grid.size(), kpis.rowCount(),
                def.description() == null || def.description().isBlank() ? "" : ". " + def.description()));
        report.section("overview", "Overview", overview(grid, complete.size(), kpis));

        PsuuScores scores = null;
        String why = null;
        TableKpiRows rows = new TableKpiRows(kpis);
        try {
            // a report shows what is stored, complete or not (psuu refuses incomplete tables; here they are noted)
            scores = AdaptiveStep.score(grid, rows, config, true);
        } catch (IllegalArgumentException e) {
            why = e.getMessage();
        }
        if (scores != null) {
            report.section("pass-rates", "Threshold pass rates per protocol constellation", passRates(scores, report));
            report.section("ranking", "Score ranking", ranking(scores, report));
        } else {
            report.section("pass-rates", "Threshold pass rates per protocol constellation",
                    List.of(new Paragraph("Not scored: " + why)));
        }
        report.section("impact", "Impact of each swept parameter on each KPI", impact(grid, kpis, report));
        report.section("next-grid", "Next grid", nextGrid(grid, rows, config, scores));
        return report.build();
    }

    private static List<Block> overview(Grid grid, int complete, Table kpis) {
        GridDefinition def = grid.definition();
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of("grid", grid.name()));
        if (def.adaptive()) {
            facts.add(List.of("family, iteration", def.family() + ", ag" + def.iteration()));
        }
        facts.add(List.of("PSuU scenario", def.scenarioOrFamily() == null ? "none" : def.scenarioOrFamily()));
        facts.add(List.of("points", complete + " of " + grid.size() + " complete in the store"));
        facts.add(List.of("runs per point (definition)", Integer.toString(def.runs())));
        long expected = (long) grid.size() * def.runs();
        facts.add(List.of("KPI rows read", kpis.rowCount() + (kpis.rowCount() == expected ? ""
                : " (the grid defines " + expected + " = " + grid.size() + " points x " + def.runs()
                + " runs; scores below are of the rows stored)")));
        List<List<String>> swept = new ArrayList<>();
        for (String k : grid.sweptKeys()) {
            swept.add(List.of(k, def.protocol().containsKey(k) ? "protocol" : "environmental",
                    String.join(", ", grid.values(k).stream().map(Numbers::show).toList())));
        }
        return List.of(HtmlTable.of("grid-facts", "The grid", List.of("what", "value"), facts),
                HtmlTable.of("swept", "Swept parameters", List.of("parameter", "kind", "values"), swept));
    }

    private static String label(ConstellationScore c) {
        return "#" + c.index();
    }

    private static List<Block> passRates(PsuuScores scores, Report.Builder report) {
        List<String> ineqs = scores.scenario().inequalityNames();
        List<ConstellationScore> cs = scores.constellations();
        double[][] values = new double[ineqs.size()][cs.size()];
        List<List<String>> csvRows = new ArrayList<>();
        for (int y = 0; y < cs.size(); y++) {
            ConstellationScore c = cs.get(y);
            for (int x = 0; x < ineqs.size(); x++) {
                Inequality.Outcome o = c.outcomes().get(x);
                values[x][y] = o.soft();
                csvRows.add(List.of(Integer.toString(c.index()), ineqs.get(x), Boolean.toString(o.pass()),
                        Numbers.csv(o.soft())));
            }
        }
        String csv = report.csv(new CsvFile("pass-rates.csv", List.of("constellation", "inequality", "pass",
                "share_in_bounds"), csvRows));
        List<String> ys = cs.stream().map(GridReport::label).toList();
        String svg = Charts.heatMap("Share of runs within each threshold", "protocol constellation",
                "", ys, ineqs, values);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Figure("heatmap", "Threshold pass share per constellation", "Each cell: the share of the "
                + "constellation's runs (all environments) whose KPI lies within the inequality's bounds, the soft "
                + "score PSuU uses (" + scores.scenario().name() + " scenario). The constellations' protocol values "
                + "are in the table below and in " + csv + ".", svg, csv, false));
        List<List<String>> rates = new ArrayList<>();
        scores.passRates().forEach((k, v) -> rates.add(List.of(k, String.format(Locale.ROOT, "%.1f%%", 100 * v),
                scores.backedOff().contains(k) ? "yes: no constellation passes, its soft score counts" : "no")));
        blocks.add(HtmlTable.of("inequality-pass-rates", "Share of constellations passing each inequality",
                List.of("inequality", "constellations passing", "backed off"), rates));
        return blocks;
    }

    private static List<Block> ranking(PsuuScores scores, Report.Builder report) {
        List<ConstellationScore> ranked = new ArrayList<>(scores.constellations());
        ranked.sort(Psuu.BEST_FIRST);
        List<String> protocol = scores.scenario().protocol();
        List<String> header = new ArrayList<>(List.of("rank", "constellation"));
        header.addAll(protocol);
        header.addAll(List.of("inequalities passed", "score", "soft total", "KPI rows"));
        List<List<String>> shown = new ArrayList<>();
        List<List<String>> csvRows = new ArrayList<>();
        double[] s = new double[ranked.size()];
        int bestAt = 0;
        for (int r = 0; r < ranked.size(); r++) {
            ConstellationScore c = ranked.get(r);
            s[r] = c.score();
            if (c.index() == scores.best().index()) {
                bestAt = r;
            }
            List<String> row = new ArrayList<>(List.of(Integer.toString(r + 1), label(c)));
            List<String> csvRow = new ArrayList<>(List.of(Integer.toString(r + 1), Integer.toString(c.index())));
            for (String p : protocol) {
                row.add(Numbers.show(c.protocol().get(p)));
                csvRow.add(ParameterCells.format(p, c.protocol().get(p)));
            }
            row.addAll(List.of(c.passed() + " of " + c.outcomes().size(), Numbers.show(c.score()),
                    Numbers.show(c.softTotal()), Integer.toString(c.rows())));
            csvRow.addAll(List.of(Integer.toString(c.passed()), Numbers.csv(c.score()), Numbers.csv(c.softTotal()),
                    Integer.toString(c.rows()), Boolean.toString(c.index() == scores.best().index())));
            if (r < RANKING_ROWS) {
                shown.add(row);
            }
            csvRows.add(csvRow);
        }
        List<String> csvHeader = new ArrayList<>(List.of("rank", "constellation"));
        protocol.forEach(p -> csvHeader.add(ParameterCells.column(p)));
        csvHeader.addAll(List.of("passed", "score", "soft_total", "rows", "best"));
        String csv = report.csv(new CsvFile("ranking.csv", csvHeader, csvRows));
        String svg = Charts.ranking("Scores in rank order", s, bestAt);
        ConstellationScore best = scores.best();
        return List.of(
                new Paragraph("Best: constellation #" + best.index() + " with score " + Numbers.show(best.score())
                        + " (soft total " + Numbers.show(best.softTotal()) + "): " + describe(best.protocol())
                        + ". Ranking: highest score, then highest soft total, then lowest index."),
                new Figure("ranking-chart", "Scores in rank order", "Every constellation's score (one point "
                        + "per constellation, best first); the chosen best is the diamond.", svg, csv, false),
                new HtmlTable("ranking-table", "Top " + Math.min(RANKING_ROWS, ranked.size()) + " of "
                        + ranked.size() + " constellations (best highlighted)", header, shown, Set.of(bestAt < RANKING_ROWS
                        ? bestAt : -1), csv));
    }

    private static String describe(Map<String, Object> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((k, v) -> parts.add(k + " = " + Numbers.show(v)));
        return String.join(", ", parts);
    }

    private static List<Block> impact(Grid grid, Table kpis, Report.Builder report) {
        List<String> metrics = KpiColumns.metrics(kpis);
        List<String> swept = grid.sweptKeys().stream()
                .filter(k -> kpis.hasColumn(ParameterCells.column(k))).toList();
        List<String> header = new ArrayList<>(List.of("experiment", "run"));
        swept.forEach(k -> header.add(ParameterCells.column(k)));
        header.addAll(metrics);
        List<List<String>> csvRows = new ArrayList<>();
        TableKpiRows rows = new TableKpiRows(kpis);
        List<String> experiments = kpis.texts("experiment");
        long[] runs = kpis.longs("run");
        Map<String, String[]> labels = new LinkedHashMap<>();
        for (String k : swept) {
            String[] l = new String[kpis.rowCount()];
            for (int r = 0; r < l.length; r++) {
                l[r] = Numbers.show(rows.value(ParameterCells.column(k), r));
            }
            labels.put(k, l);
        }
        for (int r = 0; r < kpis.rowCount(); r++) {
            List<String> row = new ArrayList<>(List.of(experiments.get(r), Long.toString(runs[r])));
            for (String k : swept) {
                row.add(ParameterCells.format(k, rows.value(ParameterCells.column(k), r)));
            }
            for (String m : metrics) {
                row.add(Numbers.csv(kpis.number(r, m)));
            }
            csvRows.add(row);
        }
        String csv = report.csv(new CsvFile("impact.csv", header, csvRows));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("For each KPI and each swept parameter: the KPI's distribution over all runs of "
                + "the points with each value of the parameter (box: quartiles and median; whiskers: 1.5 IQR; outliers not drawn). A "
                + "parameter whose boxes differ moves the KPI. Data: " + csv + " (one row per run)."));
        int n = 0;
        List<String> empty = new ArrayList<>();
        for (String m : metrics) {
            double[] v = kpis.numbers(m);
            if (java.util.Arrays.stream(v).noneMatch(Double::isFinite)) {
                empty.add(m);
                continue;
            }
            for (String k : swept) {
                Map<String, double[]> groups = new LinkedHashMap<>();
                String[] l = labels.get(k);
                for (Object value : grid.values(k)) {
                    String name = Numbers.show(value);
                    groups.put(name, filter(v, l, name));
                }
                String svg = Charts.boxes(m, k, m, groups, Charts.SMALL, Charts.SMALL_HEIGHT);
                if (svg != null) {
                    n++;
                    blocks.add(new Figure("impact-" + n, m + " by " + k, "KPI " + m + " over the runs with each value "
                            + "of " + k + ".", svg, csv, true));
                }
            }
        }
        if (!empty.isEmpty()) {
            blocks.add(1, new Paragraph("No run has a value for " + String.join(", ", empty) + ", so they are not "
                    + "drawn."));
        }
        return blocks;
    }

    private static double[] filter(double[] values, String[] labels, String keep) {
        int count = 0;
        for (String l : labels) {
            if (l.equals(keep)) {
                count++;
            }
        }
        double[] out = new double[count];
        int i = 0;
        for (int r = 0; r < values.length; r++) {
            if (labels[r].equals(keep)) {
                out[i++] = values[r];
            }
        }
        return out;
    }

    private static List<Block> nextGrid(Grid grid, TableKpiRows rows, PsuuConfig config, PsuuScores scores) {
        if (scores == null) {
            return List.of(new Paragraph("No next grid: the grid was not scored (see above)."));
        }
        GridDefinition next;
        try {
            next = AdaptiveStep.compute(grid, rows, config, true).next();
        } catch (IllegalArgumentException e) {
            return List.of(new Paragraph("No next grid: " + e.getMessage()));
        }
        List<List<String>> table = new ArrayList<>();
        Map<String, Object> best = scores.best().protocol();
        grid.definition().protocol().forEach((k, bracket) -> table.add(List.of(k,
                String.join(", ", bracket.stream().map(Numbers::show).toList()), Numbers.show(best.get(k)),
                String.join(", ", next.protocol().get(k).stream().map(Numbers::show).toList()))));
        return List.of(new Paragraph("The next grid " + next.name() + " halves each protocol bracket toward the best "
                        + "constellation (docs/adaptive-grid.md); environmental parameters stay as they are. "
                        + "pocketsim psuu writes it as a grid file."),
                HtmlTable.of("next-brackets", "Protocol brackets: this grid, best value, next grid " + next.name(),
                        List.of("parameter", "this grid", "best", "next grid"), table));
    }
}
