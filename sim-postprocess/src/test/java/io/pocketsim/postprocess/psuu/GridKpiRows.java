package io.pocketsim.postprocess.psuu;

import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.experiments.grid.Grid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Builds a KPI table for every point and run of a grid, with KPI values computed from the point, for tests. */
final class GridKpiRows {
    private GridKpiRows() {
    }

    static MapRows of(Grid grid, int runs, Function<ParameterPoint, Map<String, Object>> kpis) {
        MapRows rows = new MapRows();
        for (ParameterPoint p : grid.points()) {
            for (int run = 1; run <= runs; run++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("run", (double) run);
                p.asMap().forEach((k, v) -> row.put("param_" + k, v instanceof java.util.List<?> ? String.valueOf(v) : v));
                row.putAll(kpis.apply(p));
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * KPIs of the network_failures_service scenario under which only slash_fraction_downtime = 1e-10 with
     * max_chains_servicer = 20 recovers its load balancing (post/pre Gini 0.9 > 0.8); slashing and jailing pass
     * everywhere.
     */
    static Map<String, Object> serviceKpis(ParameterPoint p) {
        boolean winner = p.number("slash_fraction_downtime") == 1e-10 && p.number("max_chains_servicer") == 20;
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("KPI 8", 0.0);
        k.put("KPI 11", 0.01);
        k.put("kpi_c_pre", 0.5);
        k.put("kpi_c_post", winner ? 0.45 : 0.3);
        return k;
    }
}
