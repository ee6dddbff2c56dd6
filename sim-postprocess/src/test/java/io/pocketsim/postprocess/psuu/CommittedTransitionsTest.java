package io.pocketsim.postprocess.psuu;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.experiments.grid.GridDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole adaptive step (PSuU scoring with the built-in scenario configs, then the next-grid rule) reproduces the
 * original's committed iterations: for each committed ag(k) -> ag(k+1), a KPI table is built for every point and
 * run of ag(k) in which exactly the constellation that ag(k+1) implies (for each protocol parameter, the end of the
 * ag(k) bracket that ag(k+1) kept) passes every inequality of its scenario; every other constellation sits exactly
 * on a threshold of one inequality (strict comparisons, so it fails). AdaptiveStep must then pick that constellation
 * and produce ag(k+1)'s brackets bit for bit, with the environment carried unchanged.
 */
class CommittedTransitionsTest {
    private static final ExperimentCatalog CATALOG = ExperimentCatalog.builtIn();
    private static final PsuuConfig CONFIG = PsuuConfig.builtIn();

    /** KPI columns the five scenarios read, as the model's KPI table names them. */
    private static final List<String> KPI_COLUMNS = List.of("KPI 1", "KPI 3", "KPI 8", "KPI 11", "KPI 14",
            "circulating_supply", "floating_supply", "net_mint_rate_cumulative", "dao_value_capture", "kpi_c_pre",
            "kpi_c_post");

    /**
     * KPI values that pass every inequality: NPVs above their floors, capital cost 0.5 in (0.1, 0.9), supply ratio
     * 0.5 > 0.3, net inflation -0.05 in (-0.1, 0.05), DAO capture 0.05 in (0.02, 0.1), their ratio -1 in
     * (-1.5, -0.5), no slashing, jailing 1% of revenue, post/pre Gini 0.9 > 0.8.
     */
    private static double passing(String column) {
        return switch (column) {
            case "KPI 1" -> 1e9;
            case "KPI 3" -> 1e10;
            case "KPI 8" -> 0;
            case "KPI 11" -> 0.01;
            case "KPI 14" -> 0.5;
            case "circulating_supply" -> 5e14;
            case "floating_supply" -> 1e15;
            case "net_mint_rate_cumulative" -> -0.05;
            case "dao_value_capture" -> 0.05;
            case "kpi_c_pre" -> 0.5;
            case "kpi_c_post" -> 0.45;
            default -> throw new IllegalArgumentException(column);
        };
    }

    /**
     * A lazy KPI table over every point and run of a grid: row {@code r} is run {@code r % runs + 1} of point
     * {@code r / runs + 1}; losers have one KPI exactly at its threshold.
     */
    private static final class TransitionRows implements KpiRows {
        private final Grid grid;
        private final int runs;
        private final Map<String, Object> winner;
        private final String failColumn;
        private final double failValue;
        private final List<String> columns = new ArrayList<>();
        private int cachedIndex = -1;
        private ParameterPoint cached;

        TransitionRows(Grid grid, Map<String, Object> winner, String failColumn, double failValue) {
            this.grid = grid;
            this.runs = grid.definition().runs();
            this.winner = winner;
            this.failColumn = failColumn;
            this.failValue = failValue;
            columns.add("run");
            grid.model().schema().names().forEach(n -> columns.add("param_" + n));
            columns.addAll(KPI_COLUMNS);
        }

        private ParameterPoint point(int row) {
            int index = row / runs + 1;
            if (index != cachedIndex) {
                cached = grid.point(index);
                cachedIndex = index;
            }
            return cached;
        }

        @Override
        public int size() {
            return grid.size() * runs;
        }

        @Override
        public List<String> columns() {
            return columns;
        }

        @Override
        public double number(String column, int row) {
            if (column.equals("run")) {
                return row % runs + 1;
            }
            ParameterPoint p = point(row);
            boolean wins = winner.entrySet().stream().allMatch(e -> e.getValue().equals(p.get(e.getKey())));
            return !wins && column.equals(failColumn) ? failValue : passing(column);
        }

        @Override
        public Object value(String column, int row) {
            Object v = point(row).get(column.substring("param_".length()));
            return v instanceof Number n ? (Object) n.doubleValue() : v;
        }
    }

    /** The end of each parent bracket that the child kept. */
    private static Map<String, Object> impliedBest(GridDefinition parent, GridDefinition child) {
        Map<String, Object> best = new LinkedHashMap<>();
        parent.protocol().forEach((k, bracket) -> {
            Object lo = bracket.get(0);
            best.put(k, child.protocol().get(k).get(0).equals(lo) ? lo : bracket.get(1));
        });
        return best;
    }

    static Stream<Arguments> transitions() {
        List<Arguments> out = new ArrayList<>();
        for (String f : List.of("gateway_viability_sweep", "network_failures_service", "servicer_viability",
                "network_viability", "network_failures_oracle")) {
            for (int k = 1; k <= 5; k++) {
                out.add(Arguments.of(f, k));
            }
        }
        return out.stream();
    }

    /** Losers sit exactly on servicer NPV's floor s1 (or, for the service family, on the Gini ratio floor d1). */
    private static TransitionRows rows(Grid grid, Map<String, Object> winner) {
        return grid.definition().family().equals("network_failures_service")
                ? new TransitionRows(grid, winner, "kpi_c_post", 0.4) // 0.4 / 0.5 = 0.8 = d1, not above it
                : new TransitionRows(grid, winner, "KPI 1", 750e6);
    }

    @ParameterizedTest(name = "{0} ag{1} -> ag{1}+1")
    @MethodSource("transitions")
    void scoringAndBisectionReproduceTheCommittedNextIteration(String family, int k) {
        Grid parent = CATALOG.grid(family + "_ag" + k + "_").orElseThrow();
        GridDefinition child = CATALOG.grid(family + "_ag" + (k + 1) + "_").orElseThrow().definition();
        Map<String, Object> best = impliedBest(parent.definition(), child);

        AdaptiveStep.Result r = AdaptiveStep.compute(parent, rows(parent, best), CONFIG, false);

        int inequalities = CONFIG.scenario(family).inequalities().size();
        assertThat(r.scores().constellations()).hasSize(1 << parent.definition().protocol().size());
        assertThat(r.scores().best().protocol()).isEqualTo(best);
        assertThat(r.scores().best().score()).isEqualTo(inequalities);
        assertThat(r.scores().backedOff()).isEmpty();
        assertThat(r.next().name()).isEqualTo(child.name());
        assertThat(r.next().protocol()).isEqualTo(child.protocol());
        assertThat(r.next().environmental()).isEqualTo(parent.definition().environmental());
        assertThat(r.next().derived()).isEqualTo(parent.definition().derived());
        assertThat(r.next().runs()).isEqualTo(5);
        assertThat(r.next().days()).isEqualTo(365);
    }

    @Test
    void scoringOracleAg6WithTheSpecsBestGivesTheUnregisteredAg7() {
        Grid ag6 = CATALOG.grid("network_failures_oracle_ag6_").orElseThrow();
        // cloud-and-psuu.md §2.4: the ag7 PSuU printed; its best is the kept end of each ag6 bracket
        Map<String, Object> best = new LinkedHashMap<>();
        best.put("relays_to_tokens_multiplier", 103.125);
        best.put("gateway_fee_per_relay", 12.8125);
        best.put("application_fee_per_relay", 46.5625);
        best.put("gateway_minimum_stake", 118.75e9);
        best.put("minimum_application_stake", 19.6875e9);
        best.put("dao_allocation", 0.06875);
        best.put("validator_fee_percentage", 0.018437500000000002);

        AdaptiveStep.Result r = AdaptiveStep.compute(ag6, rows(ag6, best), CONFIG, false);

        assertThat(r.next().name()).isEqualTo("network_failures_oracle_ag7_");
        Map<String, List<Object>> ag7 = new LinkedHashMap<>();
        ag7.put("relays_to_tokens_multiplier", List.of(101.5625, 103.125));
        ag7.put("gateway_fee_per_relay", List.of(11.40625, 12.8125));
        ag7.put("application_fee_per_relay", List.of(46.5625, 47.96875));
        ag7.put("gateway_minimum_stake", List.of(117.1875e9, 118.75e9));
        ag7.put("minimum_application_stake", List.of(19.6875e9, 19.84375e9));
        ag7.put("dao_allocation", List.of(0.06718750000000001, 0.06875));
        ag7.put("validator_fee_percentage", List.of(0.018437500000000002, 0.01984375));
        assertThat(r.next().protocol()).isEqualTo(ag7);
    }
}
