package io.pocketsim.postprocess.psuu;

import java.util.Objects;
import java.util.function.Function;

/**
 * A KPI PSuU tests: a column of the KPI rows renamed (e.g. {@code kpi_1} = {@code KPI 1}), or the per-row ratio of
 * two KPIs or columns (e.g. {@code kpi_C_recovery} = {@code kpi_c_post / kpi_c_pre}). Ratios divide doubles, so
 * x/0 is infinite and 0/0 or a missing operand is missing ({@code NaN}), as in pandas.
 *
 * @param name        the PSuU name, e.g. {@code kpi_4}
 * @param column      the source column, or null for a ratio
 * @param numerator   the ratio's numerator (a KPI name or a column), or null
 * @param denominator the ratio's denominator (a KPI name or a column), or null
 * @param unit        the unit of its values
 * @param description what it measures, or empty
 */
public record KpiDefinition(String name, String column, String numerator, String denominator, String unit,
                            String description) {
    public KpiDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        description = description == null ? "" : description;
        if ((column == null) == (numerator == null) || (numerator == null) != (denominator == null)) {
            throw new IllegalArgumentException("kpi " + name
                    + ": give either a column or a ratio [numerator, denominator]");
        }
    }

    /** Whether this KPI is a ratio of two others. */
    public boolean ratio() {
        return column == null;
    }

    /**
     * The KPI's value in every row.
     *
     * @param rows   the KPI rows
     * @param lookup the other KPI definitions by name (ratio operands are looked up there first, then as columns)
     */
    public double[] values(KpiRows rows, Function<String, KpiDefinition> lookup) {
        double[] out = new double[rows.size()];
        if (!ratio()) {
            requireColumn(rows, column);
            for (int r = 0; r < out.length; r++) {
                out[r] = rows.number(column, r);
            }
            return out;
        }
        double[] num = operand(numerator, rows, lookup);
        double[] den = operand(denominator, rows, lookup);
        for (int r = 0; r < out.length; r++) {
            out[r] = num[r] / den[r];
        }
        return out;
    }

    private double[] operand(String name, KpiRows rows, Function<String, KpiDefinition> lookup) {
        KpiDefinition other = lookup.apply(name);
        if (other != null) {
            return other.values(rows, lookup);
        }
        requireColumn(rows, name);
        double[] out = new double[rows.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = rows.number(name, r);
        }
        return out;
    }

    private void requireColumn(KpiRows rows, String col) {
        if (!rows.columns().contains(col)) {
            throw new IllegalArgumentException("kpi " + name + ": the KPI rows have no column \"" + col
                    + "\"; columns: " + rows.columns());
        }
    }
}
