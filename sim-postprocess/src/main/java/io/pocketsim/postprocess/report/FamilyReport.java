package io.pocketsim.postprocess.report;

import io.pocketsim.postprocess.csv.KpiTables;
import io.pocketsim.postprocess.csv.ParameterCells;
import io.pocketsim.postprocess.psuu.ConstellationScore;
import io.pocketsim.postprocess.psuu.Psuu;
import io.pocketsim.postprocess.psuu.PsuuScores;
import io.pocketsim.postprocess.psuu.ScenarioConfig;
import io.pocketsim.postprocess.psuu.TableKpiRows;
import io.pocketsim.postprocess.store.ResultStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The report of an adaptive study: how each protocol parameter's bracket narrowed from iteration to iteration, the
 * best point's path, and a per-iteration summary. Each iteration is scored from its stored KPI rows with the study's
 * scenario ({@link Psuu}); its brackets are the protocol values found in those rows. One iteration's KPI table is in
 * memory at a time.
 */
public final class FamilyReport {
    private FamilyReport() {
    }

    /** What one iteration came to. */
    private record Outcome(StudyIterations.Iteration iteration, int rows, List<List<Object>> brackets,
                           PsuuScores scores) {
    }

    /**
     * Builds the report.
     *
     * @throws IllegalArgumentException if the study has no iteration, or an iteration's rows cannot be scored with
     *                                  the scenario (e.g. a protocol column is missing)
     */
    public static Report build(ResultStore store, StudyIterations study, ScenarioConfig scenario) {
        if (study.iterations().isEmpty()) {
            throw new IllegalArgumentException("study " + study.family() + ": no iteration (" + study.family()
                    + "_ag1_, ...) has a complete point in the store");
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (StudyIterations.Iteration it : study.iterations()) {
            TableKpiRows rows = new TableKpiRows(KpiTables.readAll(store, it.experiments()));
            PsuuScores scores;
            try {
                scores = Psuu.score(scenario, rows);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("iteration " + it.grid() + ": " + e.getMessage(), e);
            }
            List<List<Object>> brackets = new ArrayList<>();
            for (String p : scenario.protocol()) {
                Set<Object> values = new TreeSet<>(FamilyReport::compare);
                for (int r = 0; r < rows.size(); r++) {
                    Object v = rows.value(ParameterCells.column(p), r);
                    values.add(v instanceof Number n ? (Object) n.doubleValue() : v);
                }
                brackets.add(new ArrayList<>(values));
            }
            outcomes.add(new Outcome(it, rows.size(), brackets, scores));
        }
        Outcome last = outcomes.get(outcomes.size() - 1);
        Report.Builder report = new Report.Builder("Adaptive study " + study.family(), String.format(Locale.ROOT,
                "%d iteration(s) in the store (%s to %s), scored with scenario %s", outcomes.size(),
                outcomes.get(0).iteration().grid(), last.iteration().grid(), scenario.name()));
        report.section("summary", "Per-iteration summary", summary(outcomes, scenario, report));
        report.section("brackets", "How the brackets narrowed", brackets(outcomes, scenario, report));
        report.section("best-path", "The best point's path", bestPath(outcomes, scenario, report));
        return report.build();
    }

    private static int compare(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return Double.compare(x, y);
        }
        return Objects.toString(a).compareTo(Objects.toString(b));
    }

    private static List<Block> summary(List<Outcome> outcomes, ScenarioConfig scenario, Report.Builder report) {
        List<String> header = new ArrayList<>(List.of("iteration", "grid", "points", "KPI rows", "constellations",
                "best", "score", "soft total", "passed"));
        scenario.inequalityNames().forEach(i -> header.add(i + " pass rate"));
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> csvRows = new ArrayList<>();
        for (Outcome o : outcomes) {
            ConstellationScore best = o.scores().best();
            List<String> row = new ArrayList<>(List.of("ag" + o.iteration().k(), o.iteration().grid(),
                    Integer.toString(o.iteration().experiments().size()), Integer.toString(o.rows()),
                    Integer.toString(o.scores().constellations().size()), "#" + best.index(),
                    Numbers.show(best.score()), Numbers.show(best.softTotal()),
                    best.passed() + " of " + best.outcomes().size()));
            List<String> csvRow = new ArrayList<>(List.of(Integer.toString(o.iteration().k()), o.iteration().grid(),
                    Integer.toString(o.iteration().experiments().size()), Integer.toString(o.rows()),
                    Integer.toString(o.scores().constellations().size()), Integer.toString(best.index()),
                    Numbers.csv(best.score()), Numbers.csv(best.softTotal()), Integer.toString(best.passed())));
            o.scores().passRates().values().forEach(v -> {
                row.add(String.format(Locale.ROOT, "%.1f%%", 100 * v));
                csvRow.add(Numbers.csv(v));
            });
            rows.add(row);
            csvRows.add(csvRow);
        }
        List<String> csvHeader = new ArrayList<>(List.of("iteration", "grid", "points", "rows", "constellations",
                "best_constellation", "best_score", "best_soft_total", "best_passed"));
        scenario.inequalityNames().forEach(i -> csvHeader.add(i + "_pass_rate"));
        String csv = report.csv(new CsvFile("iterations.csv", csvHeader, csvRows));
        return List.of(new Paragraph("Each iteration's grid scored on its own stored KPI rows: the best "
                        + "constellation, its score, and the share of constellations passing each inequality."),
                new HtmlTable("iteration-summary", "Iterations", header, rows, Set.of(), csv));
    }

    private static List<Block> brackets(List<Outcome> outcomes, ScenarioConfig scenario, Report.Builder report) {
        List<List<String>> csvRows = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Per protocol parameter: the values of each iteration's bracket (points), their "
                + "range (band) and the best constellation's value (diamonds). The next grid halves each bracket "
                + "toward the best value, so the band narrows around it."));
        for (int p = 0; p < scenario.protocol().size(); p++) {
            String name = scenario.protocol().get(p);
            double[] ks = new double[outcomes.size()];
            double[] best = new double[outcomes.size()];
            List<double[]> brackets = new ArrayList<>();
            boolean numeric = true;
            for (int i = 0; i < outcomes.size(); i++) {
                Outcome o = outcomes.get(i);
                ks[i] = o.iteration().k();
                List<Object> b = o.brackets().get(p);
                Object bv = o.scores().best().protocol().get(name);
                numeric &= bv instanceof Double && b.stream().allMatch(v -> v instanceof Double);
                best[i] = bv instanceof Double d ? d : Double.NaN;
                brackets.add(b.stream().mapToDouble(v -> v instanceof Double d ? d : Double.NaN).toArray());
                csvRows.add(List.of(Integer.toString(o.iteration().k()), name,
                        String.join(";", b.stream().map(v -> ParameterCells.format(name, v)).toList()),
                        ParameterCells.format(name, bv)));
            }
            if (numeric) {
                blocks.add(new Figure("bracket-" + (p + 1), name, "Bracket of " + name + " per iteration and the "
                        + "best value.", Charts.bracketPath(name, name, ks, brackets, best), "brackets.csv", true));
            }
        }
        report.csv(new CsvFile("brackets.csv", List.of("iteration", "parameter", "bracket", "best"), csvRows));
        return blocks;
    }

    private static List<Block> bestPath(List<Outcome> outcomes, ScenarioConfig scenario, Report.Builder report) {
        List<String> header = new ArrayList<>(List.of("iteration", "best constellation"));
        header.addAll(scenario.protocol());
        header.add("score");
        List<String> csvHeader = new ArrayList<>(List.of("iteration", "constellation"));
        scenario.protocol().forEach(p -> csvHeader.add(ParameterCells.column(p)));
        csvHeader.add("score");
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> csvRows = new ArrayList<>();
        for (Outcome o : outcomes) {
            ConstellationScore b = o.scores().best();
            List<String> row = new ArrayList<>(List.of("ag" + o.iteration().k(), "#" + b.index()));
            List<String> csvRow = new ArrayList<>(List.of(Integer.toString(o.iteration().k()),
                    Integer.toString(b.index())));
            for (String p : scenario.protocol()) {
                row.add(Numbers.show(b.protocol().get(p)));
                csvRow.add(ParameterCells.format(p, b.protocol().get(p)));
            }
            row.add(Numbers.show(b.score()));
            csvRow.add(Numbers.csv(b.score()));
            rows.add(row);
            csvRows.add(csvRow);
        }
        String csv = report.csv(new CsvFile("best-path.csv", csvHeader, csvRows));
        return List.of(new HtmlTable("best-path", "The best constellation of each iteration", header, rows,
                Set.of(rows.size() - 1), csv));
    }
}
