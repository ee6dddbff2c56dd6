package io.pocketsim.postprocess.psuu;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one protocol-parameter constellation (one group of KPI rows).
 *
 * @param index     1-based position of the constellation in the deterministic order of {@link Psuu#score}
 * @param protocol  its protocol parameter values, in the scenario's order
 * @param rows      number of KPI rows in the group (environment combinations x Monte Carlo runs)
 * @param outcomes  each inequality's boolean result and soft score, in the scenario's order
 * @param score     the total score: per inequality 1 if it passes, 0 if not, or its soft score if it was backed off
 *                  (it failed in every constellation)
 * @param softTotal the sum of the soft scores (the default tie-break)
 * @param margin    the mean over inequalities of {@link Inequality#margin} (the {@link TieBreak#MARGIN} tie-break)
 */
public record ConstellationScore(int index, Map<String, Object> protocol, int rows, List<Inequality.Outcome> outcomes,
                                 double score, double softTotal, double margin) {
    public ConstellationScore {
        protocol = Collections.unmodifiableMap(new LinkedHashMap<>(protocol));
        outcomes = List.copyOf(outcomes);
    }

    /** Number of inequalities passed. */
    public int passed() {
        return (int) outcomes.stream().filter(Inequality.Outcome::pass).count();
    }
}
