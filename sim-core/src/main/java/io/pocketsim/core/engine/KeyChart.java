package io.pocketsim.core.engine;

import java.util.List;
import java.util.Objects;

/**
 * A chart of recorded columns that a model calls key for people reading its results: reports draw one fan chart
 * per key chart. The model supplies these next to its recorded columns, so report code stays model-agnostic.
 *
 * @param id      short identifier, used for file names (letters, digits, {@code -} and {@code _})
 * @param title   chart title, e.g. "Participants by kind"
 * @param unit    unit of the plotted values after scaling, e.g. "POKT"
 * @param scale   factor the recorded values are multiplied by before plotting (e.g. 1e-6 for uPOKT to POKT)
 * @param columns recorded columns drawn as series, with the label each series gets in the legend
 */
public record KeyChart(String id, String title, String unit, double scale, List<Series> columns) {
    /**
     * One series of a key chart.
     *
     * @param column recorded column name
     * @param label  legend label
     */
    public record Series(String column, String label) {
        public Series {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(label, "label");
        }
    }

    public KeyChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        if (id == null || !id.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("key chart id is not [A-Za-z0-9_-]+: " + id);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("key chart " + id + ": scale is not a finite number > 0: " + scale);
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("key chart " + id + " has no column");
        }
    }

    /** A key chart with one series per column, each labelled with the column name. */
    public static KeyChart of(String id, String title, String unit, double scale, String... columns) {
        return new KeyChart(id, title, unit, scale,
                java.util.Arrays.stream(columns).map(c -> new Series(c, c)).toList());
    }
}
