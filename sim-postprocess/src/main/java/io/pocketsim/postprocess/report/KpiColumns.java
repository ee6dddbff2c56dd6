package io.pocketsim.postprocess.report;

import io.pocketsim.postprocess.csv.ParameterCells;
import io.pocketsim.postprocess.table.Table;
import java.util.List;
import java.util.Set;

/** Which columns of a per-run KPI table ({@code kpis.csv}) are the model's metrics. */
final class KpiColumns {
    private static final Set<String> IDENTITY = Set.of("experiment", "point", "run", "seed");

    private KpiColumns() {
    }

    /** The metric columns: neither identity nor {@code param_} columns, numeric, in table order. */
    static List<String> metrics(Table table) {
        return table.columns().stream()
                .filter(c -> !IDENTITY.contains(c) && !c.startsWith(ParameterCells.COLUMN_PREFIX))
                .filter(c -> table.type(c) == Table.ColumnType.NUMBER)
                .toList();
    }
}
