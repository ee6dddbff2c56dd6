package io.pocketsim.postprocess.psuu;

import io.pocketsim.postprocess.table.Table;
import java.util.List;

/** A stored KPI table (as read by {@code KpiTables}) seen as the rows PSuU scores. */
public record TableKpiRows(Table table) implements KpiRows {
    @Override
    public int size() {
        return table.rowCount();
    }

    @Override
    public List<String> columns() {
        return table.columns();
    }

    @Override
    public double number(String column, int row) {
        requireColumn(column);
        if (table.type(column) == Table.ColumnType.NUMBER) {
            return table.number(row, column);
        }
        String text = table.text(row, column);
        if (text == null) {
            return Double.NaN;
        }
        throw new IllegalArgumentException("KPI column " + column + " row " + row + " is not a number: " + text);
    }

    @Override
    public Object value(String column, int row) {
        requireColumn(column);
        if (table.type(column) == Table.ColumnType.NUMBER) {
            double d = table.number(row, column);
            // an empty parameter cell is the model's null ("not set"), which a numeric column reads as NaN
            return Double.isNaN(d) ? null : (Object) d;
        }
        return table.text(row, column);
    }

    private void requireColumn(String column) {
        if (!table.hasColumn(column)) {
            throw new IllegalArgumentException("the KPI table has no column " + column);
        }
    }
}
