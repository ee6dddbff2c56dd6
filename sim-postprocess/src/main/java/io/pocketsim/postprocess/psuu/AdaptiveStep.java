package io.pocketsim.postprocess.psuu;

import io.pocketsim.experiments.adaptive.NextGrid;
import io.pocketsim.experiments.catalog.GridFiles;
import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.experiments.grid.GridDefinition;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One adaptive-grid step: score a grid's KPI rows with its scenario, pick the best constellation and halve every
 * protocol bracket toward it ({@link NextGrid}), writing {@code scores.csv} and the next grid's file.
 */
public final class AdaptiveStep {
    private AdaptiveStep() {
    }

    /**
     * The outcome of one step.
     *
     * @param scores       the per-constellation scores and the best constellation
     * @param next         the next grid
     * @param scoresFile   where {@code scores.csv} was written (null if nothing was written)
     * @param nextGridFile where the next grid's file was written (null if nothing was written)
     */
    public record Result(PsuuScores scores, GridDefinition next, Path scoresFile, Path nextGridFile) {
        public Result {
            Objects.requireNonNull(scores, "scores");
            Objects.requireNonNull(next, "next");
        }
    }

    /**
     * Scores a grid's KPI rows and computes the next grid, without writing anything.
     *
     * @param grid            the grid the rows come from (an adaptive-grid iteration)
     * @param rows            its per-run KPI rows
     * @param config          the PSuU configuration holding the grid's scenario
     * @param allowIncomplete whether to score a table with fewer rows than points x runs
     * @throws IllegalArgumentException if the grid has no scenario, the scenario's protocol parameters differ from
     *                                  the grid's, the table is incomplete (unless allowed) or its protocol values
     *                                  are not the grid's brackets
     */
    public static Result compute(Grid grid, KpiRows rows, PsuuConfig config, boolean allowIncomplete) {
        PsuuScores scores = score(grid, rows, config, allowIncomplete);
        GridDefinition next = NextGrid.next(grid.definition(), scores.best().protocol(), scores.bestScores());
        return new Result(scores, next, null, null);
    }

    /**
     * Like {@link #compute}, then writes {@code scores.csv} and {@code {next grid}.json} into a directory.
     */
    public static Result run(Grid grid, KpiRows rows, PsuuConfig config, boolean allowIncomplete, Path outDir) {
        Result r = compute(grid, rows, config, allowIncomplete);
        Path scoresFile = r.scores().writeInto(outDir);
        Path gridFile = GridFiles.writeInto(r.next(), outDir);
        return new Result(r.scores(), r.next(), scoresFile, gridFile);
    }

    /**
     * Scores a grid's KPI rows with the grid's scenario, after checking the rows belong to the grid.
     *
     * @throws IllegalArgumentException as for {@link #compute}
     */
    public static PsuuScores score(Grid grid, KpiRows rows, PsuuConfig config, boolean allowIncomplete) {
        return score(grid, rows, config, ScoringRules.DEFAULT, allowIncomplete);
    }

    /**
     * Scores a grid's KPI rows with the grid's scenario and the given rules, after checking the rows belong to the
     * grid.
     *
     * @throws IllegalArgumentException as for {@link #compute}
     */
    public static PsuuScores score(Grid grid, KpiRows rows, PsuuConfig config, ScoringRules rules,
                                   boolean allowIncomplete) {
        GridDefinition def = grid.definition();
        String scenarioName = def.scenarioOrFamily();
        if (scenarioName == null) {
            throw new IllegalArgumentException("grid " + grid.name() + " has no family or scenario to score with; "
                    + "allowed: an adaptive grid, or a grid with \"scenario\": one of " + config.scenarios());
        }
        ScenarioConfig scenario = config.scenario(scenarioName);
        if (!new HashSet<>(scenario.protocol()).equals(def.protocol().keySet())) {
            throw new IllegalArgumentException("grid " + grid.name() + " tunes " + def.protocol().keySet()
                    + " but scenario " + scenario.name() + " groups on " + scenario.protocol()
                    + "; allowed: the same protocol parameters");
        }
        long expected = (long) grid.size() * def.runs();
        if (!allowIncomplete && rows.size() != expected) {
            throw new IllegalArgumentException("KPI rows of grid " + grid.name() + ": " + rows.size() + " rows, "
                    + "expected " + grid.size() + " points x " + def.runs() + " runs = " + expected
                    + "; allowed: a complete table (or allow an incomplete one explicitly)");
        }
        PsuuScores scores = Psuu.score(scenario, rows, rules);
        for (ConstellationScore c : scores.constellations()) {
            for (Map.Entry<String, Object> e : c.protocol().entrySet()) {
                List<Object> bracket = def.protocol().get(e.getKey());
                if (!bracket.contains(e.getValue())) {
                    throw new IllegalArgumentException("KPI rows: param_" + e.getKey() + " = " + e.getValue()
                            + " is not in grid " + grid.name() + "'s bracket " + bracket
                            + "; allowed: rows produced by this grid");
                }
            }
        }
        // a complete table has every constellation with all its environments x runs; the right total alone could
        // hide one point's rows written twice in place of another's
        long perConstellation = expected >> def.protocol().size();
        for (ConstellationScore c : scores.constellations()) {
            if (!allowIncomplete && c.rows() != perConstellation) {
                throw new IllegalArgumentException("KPI rows of grid " + grid.name() + ": constellation "
                        + c.protocol() + " has " + c.rows() + " rows, expected " + perConstellation + " ("
                        + (grid.size() >> def.protocol().size()) + " environments x " + def.runs() + " runs)"
                        + "; allowed: a complete table (or allow an incomplete one explicitly)");
            }
        }
        return scores;
    }
}
