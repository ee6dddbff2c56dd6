package io.pocketsim.experiments.adaptive;

import io.pocketsim.experiments.grid.GridDefinition;
import io.pocketsim.experiments.grid.GridNames;
import io.pocketsim.experiments.grid.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The adaptive-grid step: halves every protocol bracket toward the best constellation and names the result
 * {@code {family}_ag{k+1}_}. Environmental parameters, fixed overrides (including single-value overrides such as
 * servicer_viability_ag1's {@code event = "service_join"}), derived parameters, model, state set, runs and days are
 * carried unchanged; the new grid records its parent, the best point and its scores.
 */
// Mirrors the original's update_param_grid (bisection, math.isclose with rel_tol 1e-9). Two deliberate differences:
// the original's code generation dropped single-value overrides, and its name increment only bumped the last digit.
public final class NextGrid {
    /** The relative tolerance of "the best value is this bound" (Python's math.isclose default). */
    public static final double REL_TOL = 1e-9;

    private NextGrid() {
    }

    /**
     * The next grid of an adaptive family.
     *
     * @param parent the grid that was run and scored (must be an adaptive iteration)
     * @param best   the best constellation: a value for every protocol parameter, each at one end of its bracket
     * @param scores the best constellation's scores, recorded as provenance
     * @throws IllegalArgumentException if the parent is not adaptive, {@code best} does not give exactly the
     *                                  protocol parameters, or a best value is at neither end of its bracket
     */
    public static GridDefinition next(GridDefinition parent, Map<String, ?> best, Map<String, Double> scores) {
        if (!parent.adaptive()) {
            throw new IllegalArgumentException("grid " + parent.name()
                    + " is not an adaptive-grid iteration (no family/iteration); allowed: a grid named"
                    + " {family}_ag{k}_");
        }
        if (!best.keySet().equals(parent.protocol().keySet())) {
            throw new IllegalArgumentException("best constellation of " + parent.name() + " gives " + best.keySet()
                    + "; allowed: exactly the protocol parameters " + parent.protocol().keySet());
        }
        Map<String, List<Object>> protocol = new LinkedHashMap<>();
        Map<String, Object> bestValues = new LinkedHashMap<>();
        for (Map.Entry<String, List<Object>> e : parent.protocol().entrySet()) {
            Object b = best.get(e.getKey());
            if (!(b instanceof Number n)) {
                throw new IllegalArgumentException("best." + e.getKey() + ": not a number: " + b
                        + "; allowed: one end of the bracket " + e.getValue());
            }
            protocol.put(e.getKey(), new ArrayList<>(bisect(e.getKey(), e.getValue(), n.doubleValue())));
            bestValues.put(e.getKey(), n.doubleValue());
        }
        GridNames.Adaptive next = new GridNames.Adaptive(parent.family(), parent.iteration()).next();
        return parent.withProtocol(protocol).renamed(next.gridName(), next.family(), next.iteration(),
                new Provenance(parent.name(), bestValues, scores));
    }

    /**
     * Halves a bracket toward its best end: {@code [lb, mid]} if best is (close to) lb, {@code [mid, ub]} if it is
     * (close to) ub, with {@code mid = (lb + ub) / 2}.
     *
     * @throws IllegalArgumentException if the bracket is not two numbers or best is close to neither end
     */
    public static List<Double> bisect(String key, List<?> bracket, double best) {
        if (bracket.size() != 2 || !(bracket.get(0) instanceof Number) || !(bracket.get(1) instanceof Number)) {
            throw new IllegalArgumentException(key + ": bracket " + bracket + " is not two numbers; allowed: [low, high]");
        }
        double a = ((Number) bracket.get(0)).doubleValue();
        double b = ((Number) bracket.get(1)).doubleValue();
        double lb = Math.min(a, b);
        double ub = Math.max(a, b);
        double mid = 0.5 * (lb + ub);
        if (isClose(best, lb)) {
            return List.of(lb, mid);
        }
        if (isClose(best, ub)) {
            return List.of(mid, ub);
        }
        throw new IllegalArgumentException(key + ": best value " + best + " is close to neither end of the bracket ["
                + lb + ", " + ub + "]; allowed: " + lb + " or " + ub + " (relative tolerance " + REL_TOL + ")");
    }

    /** Python's {@code math.isclose(a, b)} with its defaults: rel_tol 1e-9, abs_tol 0. */
    public static boolean isClose(double a, double b) {
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(a - b);
        return diff <= REL_TOL * Math.max(Math.abs(a), Math.abs(b));
    }
}
