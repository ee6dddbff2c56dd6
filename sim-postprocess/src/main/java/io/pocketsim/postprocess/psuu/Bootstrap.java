package io.pocketsim.postprocess.psuu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * How sure a PSuU choice is: a seeded bootstrap over the Monte Carlo runs of each point. A point is a set of rows
 * with the same values in every {@code param_*} column (one experiment's runs). Each resample draws, for every point,
 * as many rows as it has (or a multiple, to project more runs per point) uniformly with replacement from its own rows,
 * re-scores the table with the same rules and records which constellation is chosen. The share of resamples in which
 * a constellation is chosen estimates the probability that it is the best.
 */
public final class Bootstrap {
    /** The probability below which a choice is reported as not robust. */
    public static final double ROBUST = 0.8;
    /** The largest multiple of the runs per point tried when projecting how many runs would make a choice robust. */
    public static final int MAX_FACTOR = 16;

    private Bootstrap() {
    }

    /**
     * The estimate.
     *
     * @param resamples     number of resamples
     * @param seed          the generator's 64-bit seed ({@link StudySeeds})
     * @param algorithm     the generator's algorithm
     * @param runsPerPoint  the fewest rows any point has (the grid's runs for a complete grid)
     * @param probabilities constellation index to the share of resamples choosing it, highest first (only those
     *                      chosen at least once)
     * @param chosen        the index chosen on the full table
     * @param robustRuns    when the chosen one's probability is below {@link #ROBUST}: the fewest runs per point
     *                      (a power-of-two multiple of runsPerPoint up to {@link #MAX_FACTOR}) at which the projection
     *                      reaches it, or -1 if none does; null when it is already robust or not projected
     */
    public record Result(int resamples, long seed, String algorithm, int runsPerPoint,
                         Map<Integer, Double> probabilities, int chosen, Integer robustRuns) {
        public Result {
            probabilities = Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
        }

        /** The probability that the chosen constellation is the best. */
        public double chosenProbability() {
            return probabilities.getOrDefault(chosen, 0.0);
        }

        /** Whether the chosen constellation's probability reaches {@link #ROBUST}. */
        public boolean robust() {
            return chosenProbability() >= ROBUST;
        }
    }

    /**
     * Estimates the probabilities for the choice {@code full} made on {@code rows}, and when it is not robust,
     * projects how many runs per point would make it so.
     *
     * @param project whether to project the runs needed when the choice is not robust
     * @throws IllegalArgumentException if {@code resamples} is not positive
     */
    public static Result estimate(ScenarioConfig scenario, KpiRows rows, ScoringRules rules, PsuuScores full,
                                  int resamples, long seed, boolean project) {
        if (resamples <= 0) {
            throw new IllegalArgumentException("resamples: " + resamples + "; allowed: a positive number");
        }
        List<int[]> points = points(rows);
        int runs = points.stream().mapToInt(p -> p.length).min().orElseThrow();
        int chosen = full.best().index();
        Map<Integer, Double> p = probabilities(scenario, rows, rules, points, 1, resamples, seed);
        Integer robustRuns = null;
        if (project && p.getOrDefault(chosen, 0.0) < ROBUST) {
            robustRuns = -1;
            for (int factor = 2; factor <= MAX_FACTOR; factor *= 2) {
                Map<Integer, Double> q = probabilities(scenario, rows, rules, points, factor,
                        Math.min(resamples, 100), seed + factor);
                if (q.getOrDefault(chosen, 0.0) >= ROBUST) {
                    robustRuns = factor * runs;
                    break;
                }
            }
        }
        return new Result(resamples, seed, StudySeeds.ALGORITHM.name(), runs, p, chosen, robustRuns);
    }

    private static Map<Integer, Double> probabilities(ScenarioConfig scenario, KpiRows rows, ScoringRules rules,
                                                      List<int[]> points, int factor, int resamples, long seed) {
        UniformRandomProvider rng = StudySeeds.generator(seed);
        int total = points.stream().mapToInt(p -> p.length * factor).sum();
        int[] wins = new int[rows.size() + 1];
        int[] index = new int[total];
        for (int b = 0; b < resamples; b++) {
            int k = 0;
            for (int[] point : points) {
                for (int i = 0; i < point.length * factor; i++) {
                    index[k++] = point[rng.nextInt(point.length)];
                }
            }
            // a random tie-break draws its own seed per resample, from the same stream
            PsuuScores s = Psuu.score(scenario, new Resampled(rows, index), rules.withSeed(rng.nextLong()));
            wins[s.best().index()]++;
        }
        List<Integer> chosen = new ArrayList<>();
        for (int c = 0; c < wins.length; c++) {
            if (wins[c] > 0) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt((Integer c) -> -wins[c]).thenComparingInt(c -> c));
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (int c : chosen) {
            out.put(c, (double) wins[c] / resamples);
        }
        return out;
    }

    /** The rows of each point (same values in every param_* column), points in order of their first row. */
    static List<int[]> points(KpiRows rows) {
        List<String> params = rows.columns().stream().filter(c -> c.startsWith("param_")).sorted().toList();
        Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
        Map<Object, Object> canonical = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Object> key = new ArrayList<>(params.size());
            for (String p : params) {
                Object v = rows.value(p, r);
                Object c = v instanceof Number n ? (Object) n.doubleValue() : v;
                key.add(c == null ? null : canonical.computeIfAbsent(c, x -> x));
            }
            groups.computeIfAbsent(key, x -> new ArrayList<>()).add(r);
        }
        List<int[]> out = new ArrayList<>(groups.size());
        groups.values().forEach(g -> out.add(g.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** A view of some rows of a table, by index, possibly repeated. */
    private record Resampled(KpiRows rows, int[] index) implements KpiRows {
        Resampled {
            Objects.requireNonNull(rows, "rows");
        }

        @Override
        public int size() {
            return index.length;
        }

        @Override
        public List<String> columns() {
            return rows.columns();
        }

        @Override
        public double number(String column, int row) {
            return rows.number(column, index[row]);
        }

        @Override
        public Object value(String column, int row) {
            return rows.value(column, index[row]);
        }
    }
}
