package io.pocketsim.postprocess.table;

import io.pocketsim.postprocess.csv.CsvNumbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A small immutable in-memory table with named, typed columns: a column is {@link ColumnType#NUMBER} (stored as
 * {@code double}, missing = NaN) or {@link ColumnType#TEXT} (stored as strings, missing = {@code null}). Enough
 * for the per-run KPI tables of whole grids that PSuU scores: whole columns, cells by row and column name, and tables stacked.
 */
public final class Table {
    /** The type of a column. */
    public enum ColumnType {
        /** Numbers; an empty cell is NaN. */
        NUMBER,
        /** Strings; an empty cell is {@code null}. */
        TEXT
    }

    private final List<String> columns;
    private final Map<String, Integer> index;
    private final ColumnType[] types;
    private final double[][] numbers;
    private final String[][] texts;
    private final int rows;

    private Table(List<String> columns, ColumnType[] types, double[][] numbers, String[][] texts, int rows) {
        this.columns = List.copyOf(columns);
        this.index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        this.types = types;
        this.numbers = numbers;
        this.texts = texts;
        this.rows = rows;
    }

    /** Starts a table with the given columns; cells are added as text and typed at {@link Builder#build()}. */
    public static Builder builder(List<String> columns) {
        return new Builder(columns);
    }

    /** Number of rows. */
    public int rowCount() {
        return rows;
    }

    /** Column names in order. */
    public List<String> columns() {
        return columns;
    }

    /** Whether the table has a column. */
    public boolean hasColumn(String column) {
        return index.containsKey(column);
    }

    /** The type of a column. */
    public ColumnType type(String column) {
        return types[col(column)];
    }

    /**
     * A copy of a number column.
     *
     * @throws IllegalArgumentException if the column is unknown or holds text
     */
    public double[] numbers(String column) {
        int c = col(column);
        if (types[c] != ColumnType.NUMBER) {
            throw new IllegalArgumentException("column " + column + " holds text, not numbers (e.g. \""
                    + firstText(c) + "\")");
        }
        return numbers[c].clone();
    }

    /** The cells of a column as strings: text as stored, numbers as written in result files, missing = null. */
    public List<String> texts(String column) {
        int c = col(column);
        List<String> out = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            out.add(cellText(r, c));
        }
        return out;
    }

    /**
     * The cells of a column as 64-bit integers (e.g. the exact {@code seed} column).
     *
     * @throws IllegalArgumentException if a cell is missing or not an integer
     */
    public long[] longs(String column) {
        int c = col(column);
        long[] out = new long[rows];
        for (int r = 0; r < rows; r++) {
            String s = cellText(r, c);
            try {
                out[r] = Long.parseLong(Objects.requireNonNull(s, "missing"));
            } catch (NumberFormatException | NullPointerException e) {
                throw new IllegalArgumentException("column " + column + " row " + r + " is not a 64-bit integer: "
                        + s, e);
            }
        }
        return out;
    }

    /** The number in a cell. @throws IllegalArgumentException if the column holds text */
    public double number(int row, String column) {
        int c = col(column);
        checkRow(row);
        if (types[c] != ColumnType.NUMBER) {
            throw new IllegalArgumentException("column " + column + " holds text, not numbers");
        }
        return numbers[c][row];
    }

    /** The text of a cell (numbers formatted as in result files; missing = null). */
    public String text(int row, String column) {
        int c = col(column);
        checkRow(row);
        return cellText(row, c);
    }

    /**
     * Stacks tables: the columns are the union in order of first appearance; cells a table lacks are missing. A
     * column that is a number column in every table that has it stays numeric.
     */
    public static Table concat(Collection<Table> tables) {
        Set<String> names = new LinkedHashSet<>();
        tables.forEach(t -> names.addAll(t.columns));
        List<String> cols = List.copyOf(names);
        int total = tables.stream().mapToInt(Table::rowCount).sum();
        ColumnType[] ts = new ColumnType[cols.size()];
        double[][] ns = new double[cols.size()][];
        String[][] xs = new String[cols.size()][];
        for (int i = 0; i < cols.size(); i++) {
            String name = cols.get(i);
            boolean numeric = tables.stream().allMatch(t -> !t.hasColumn(name) || t.type(name) == ColumnType.NUMBER);
            ts[i] = numeric ? ColumnType.NUMBER : ColumnType.TEXT;
            if (numeric) {
                double[] out = new double[total];
                int at = 0;
                for (Table t : tables) {
                    if (t.hasColumn(name)) {
                        System.arraycopy(t.numbers[t.col(name)], 0, out, at, t.rows);
                    } else {
                        Arrays.fill(out, at, at + t.rows, Double.NaN);
                    }
                    at += t.rows;
                }
                ns[i] = out;
            } else {
                String[] out = new String[total];
                int at = 0;
                for (Table t : tables) {
                    if (t.hasColumn(name)) {
                        int c = t.col(name);
                        for (int r = 0; r < t.rows; r++) {
                            out[at + r] = t.cellText(r, c);
                        }
                    }
                    at += t.rows;
                }
                xs[i] = out;
            }
        }
        return new Table(cols, ts, ns, xs, total);
    }

    @Override
    public String toString() {
        return "Table[" + rows + " rows x " + columns.size() + " columns " + columns + "]";
    }

    private String cellText(int r, int c) {
        if (types[c] == ColumnType.TEXT) {
            return texts[c][r];
        }
        double v = numbers[c][r];
        return Double.isNaN(v) ? null : CsvNumbers.format(v);
    }

    private String firstText(int c) {
        for (String s : texts[c]) {
            if (s != null && !CsvNumbers.isNumber(s)) {
                return s;
            }
        }
        return "";
    }

    private int col(String column) {
        Integer c = index.get(column);
        if (c == null) {
            throw new IllegalArgumentException("unknown column " + column + "; columns: " + columns);
        }
        return c;
    }

    private void checkRow(int row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("row " + row + " outside 0.." + (rows - 1));
        }
    }

    /**
     * Collects rows of text cells. A column becomes a number column if every non-empty cell reads as a number
     * (see {@link CsvNumbers#parse}), unless it is declared text.
     */
    public static final class Builder {
        private final List<String> columns;
        private final Set<String> declaredText = new LinkedHashSet<>();
        private final Object[] store;  // double[] while numeric, else String[]
        private int rows;

        private Builder(List<String> columns) {
            Set<String> distinct = new LinkedHashSet<>(columns);
            if (distinct.size() != columns.size()) {
                throw new IllegalArgumentException("columns holds a name twice: " + columns);
            }
            this.columns = List.copyOf(columns);
            this.store = new Object[columns.size()];
            for (int c = 0; c < store.length; c++) {
                store[c] = new double[16];
            }
        }

        /**
         * Declares columns that stay text even if they look numeric (e.g. exact 64-bit seeds); names the table
         * lacks are ignored.
         *
         * @throws IllegalStateException if rows were already added
         */
        public Builder text(String... names) {
            if (rows > 0) {
                throw new IllegalStateException("text columns must be declared before rows are added");
            }
            for (String n : names) {
                int c = columns.indexOf(n);
                if (c >= 0 && declaredText.add(n)) {
                    store[c] = toText(c);
                }
            }
            return this;
        }

        /**
         * Adds one row.
         *
         * @throws IllegalArgumentException if the number of cells differs from the number of columns
         */
        public Builder addRow(List<String> cells) {
            if (cells.size() != columns.size()) {
                throw new IllegalArgumentException("row " + rows + " has " + cells.size() + " cells for "
                        + columns.size() + " columns");
            }
            for (int c = 0; c < columns.size(); c++) {
                String cell = cells.get(c);
                String value = cell == null || cell.isEmpty() ? null : cell;
                if (store[c] instanceof double[] ds) {
                    double d;
                    try {
                        d = CsvNumbers.parse(value);
                    } catch (NumberFormatException e) {
                        store[c] = toText(c);
                        putText(c, value);
                        continue;
                    }
                    if (rows == ds.length) {
                        ds = Arrays.copyOf(ds, ds.length * 2);
                        store[c] = ds;
                    }
                    ds[rows] = d;
                } else {
                    putText(c, value);
                }
            }
            rows++;
            return this;
        }

        /** The table. */
        public Table build() {
            ColumnType[] ts = new ColumnType[columns.size()];
            double[][] ns = new double[columns.size()][];
            String[][] xs = new String[columns.size()][];
            for (int c = 0; c < columns.size(); c++) {
                if (store[c] instanceof double[] ds) {
                    ts[c] = ColumnType.NUMBER;
                    ns[c] = Arrays.copyOf(ds, rows);
                } else {
                    ts[c] = ColumnType.TEXT;
                    xs[c] = Arrays.copyOf((String[]) store[c], rows);
                }
            }
            return new Table(columns, ts, ns, xs, rows);
        }

        private void putText(int c, String value) {
            String[] xs = (String[]) store[c];
            if (rows == xs.length) {
                xs = Arrays.copyOf(xs, xs.length * 2);
                store[c] = xs;
            }
            xs[rows] = value;
        }

        private String[] toText(int c) {
            if (store[c] instanceof String[] xs) {
                return xs;
            }
            double[] ds = (double[]) store[c];
            String[] xs = new String[Math.max(ds.length, 16)];
            for (int r = 0; r < rows; r++) {
                xs[r] = Double.isNaN(ds[r]) ? null : CsvNumbers.format(ds[r]);
            }
            return xs;
        }
    }
}
