package io.pocketsim.postprocess.psuu;

import io.pocketsim.postprocess.csv.ParameterCells;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the constellations of a grid's KPI rows with a scenario's threshold inequalities (cloud-and-psuu.md
 * §3.4–§3.5, with the corrections in docs/adaptive-grid.md).
 *
 * <ol>
 *   <li>Group the rows on the values of all protocol parameters ({@code param_<name>}); each group pools every
 *       environment combination and Monte Carlo run. Groups are indexed 1.. in ascending order of their protocol
 *       values, compared parameter by parameter in the scenario's order (null before numbers before strings).</li>
 *   <li>Evaluate every inequality on every group: a boolean result and a soft score.</li>
 *   <li>An inequality no group passes is "backed off": its soft score counts in the total instead of its 0.</li>
 *   <li>Score = the sum over inequalities of 1 (pass), 0 (fail) or the soft score (backed off).</li>
 *   <li>Best = the highest score; the constellations sharing it are the tie ({@link PsuuScores#tied()}), broken by
 *       the rules' {@link TieBreak} (default: the highest sum of soft scores, then the lowest index).</li>
 * </ol>
 * {@link Scoring#ORIGINAL} changes steps 2–5 to the original's rules (see {@link Scoring}).
 */
public final class Psuu {
    private static final Comparator<Object> VALUE_ORDER = (a, b) -> {
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        if (a instanceof Double x) {
            return Double.compare(x, (Double) b);
        }
        return a == null ? 0 : a.toString().compareTo(b.toString());
    };

    private Psuu() {
    }

    private static int rank(Object v) {
        return v == null ? 0 : v instanceof Double ? 1 : 2;
    }

    /**
     * Scores KPI rows.
     *
     * @throws IllegalArgumentException if there are no rows, or a protocol parameter or KPI column is missing
     */
    public static PsuuScores score(ScenarioConfig scenario, KpiRows rows) {
        return score(scenario, rows, ScoringRules.DEFAULT);
    }

    /**
     * Scores KPI rows with the given rules.
     *
     * @throws IllegalArgumentException if there are no rows, or a protocol parameter or KPI column is missing
     */
    public static PsuuScores score(ScenarioConfig configured, KpiRows rows, ScoringRules rules) {
        boolean original = rules.scoring() == Scoring.ORIGINAL;
        ScenarioConfig scenario = original ? configured.withOriginalThresholds() : configured;
        if (rows.size() == 0) {
            throw new IllegalArgumentException("KPI rows: none; allowed: at least one row per constellation");
        }
        List<String> protocol = scenario.protocol();
        for (String p : protocol) {
            if (!rows.columns().contains(ParameterCells.column(p))) {
                throw new IllegalArgumentException("KPI rows: no column " + ParameterCells.column(p)
                        + " for protocol parameter " + p + " of scenario " + scenario.name() + "; columns: "
                        + rows.columns());
            }
        }
        Map<List<Object>, List<Integer>> groups = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Object> key = new ArrayList<>(protocol.size());
            for (String p : protocol) {
                Object v = rows.value(ParameterCells.column(p), r);
                key.add(v instanceof Number n ? (Object) n.doubleValue() : v);
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<List<Object>> keys = new ArrayList<>(groups.keySet());
        keys.sort(Psuu::compareKeys);

        Map<String, double[]> kpiValues = new HashMap<>();
        List<Inequality> ineqs = scenario.inequalities();
        for (Inequality i : ineqs) {
            kpiValues.computeIfAbsent(i.kpi(), k -> scenario.kpis().get(k).values(rows, scenario.kpis()::get));
        }

        List<List<Inequality.Outcome>> outcomes = new ArrayList<>();
        double[] margins = new double[keys.size()];
        int[] passes = new int[ineqs.size()];
        for (int g = 0; g < keys.size(); g++) {
            int[] group = groups.get(keys.get(g)).stream().mapToInt(Integer::intValue).toArray();
            List<Inequality.Outcome> os = new ArrayList<>();
            double marginSum = 0;
            for (int i = 0; i < ineqs.size(); i++) {
                double[] values = kpiValues.get(ineqs.get(i).kpi());
                Inequality.Outcome o = ineqs.get(i).evaluate(values, group, scenario.thresholds(), rules.scoring());
                os.add(o);
                marginSum += ineqs.get(i).margin(values, group, scenario.thresholds(), rules.scoring());
                if (o.pass()) {
                    passes[i]++;
                }
            }
            margins[g] = marginSum / ineqs.size();
            outcomes.add(os);
        }

        Map<String, Double> passRates = new LinkedHashMap<>();
        Set<String> backedOff = new LinkedHashSet<>();
        for (int i = 0; i < ineqs.size(); i++) {
            passRates.put(ineqs.get(i).name(), (double) passes[i] / keys.size());
            if (passes[i] == 0) {
                backedOff.add(ineqs.get(i).name());
            }
        }

        List<ConstellationScore> scores = new ArrayList<>();
        for (int g = 0; g < keys.size(); g++) {
            double score = 0;
            double soft = 0;
            for (int i = 0; i < ineqs.size(); i++) {
                Inequality.Outcome o = outcomes.get(g).get(i);
                // the original summed astype(int): a backed-off soft score below 1 truncated to 0
                score += passes[i] == 0 && !original ? o.soft() : o.pass() ? 1 : 0;
                soft += o.soft();
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (int p = 0; p < protocol.size(); p++) {
                values.put(protocol.get(p), keys.get(g).get(p));
            }
            scores.add(new ConstellationScore(g + 1, values, groups.get(keys.get(g)).size(), outcomes.get(g), score,
                    soft, margins[g]));
        }
        double top = scores.stream().mapToDouble(ConstellationScore::score).max().orElseThrow();
        List<ConstellationScore> tied = scores.stream().filter(c -> c.score() == top).toList();
        return new PsuuScores(scenario, rules, scores, passRates, backedOff, tied, breakTie(tied, rules));
    }

    private static ConstellationScore breakTie(List<ConstellationScore> tied, ScoringRules rules) {
        return switch (rules.tieBreak()) {
            case SOFT -> tied.stream().min(BEST_FIRST).orElseThrow();
            case MARGIN -> tied.stream().min(Comparator.comparingDouble(ConstellationScore::margin).reversed()
                    .thenComparingInt(ConstellationScore::index)).orElseThrow();
            // the original's sample(1) among the maximum-score rows, here drawn from a seeded generator
            case RANDOM -> tied.get(StudySeeds.generator(rules.seed()).nextInt(tied.size()));
        };
    }

    /** Our default ranking: highest score, then highest soft total, then lowest index. */
    public static final Comparator<ConstellationScore> BEST_FIRST = Comparator
            .comparingDouble(ConstellationScore::score).reversed()
            .thenComparing(Comparator.comparingDouble(ConstellationScore::softTotal).reversed())
            .thenComparingInt(ConstellationScore::index);

    private static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = VALUE_ORDER.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
