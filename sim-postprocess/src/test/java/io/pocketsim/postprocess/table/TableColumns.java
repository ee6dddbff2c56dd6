package io.pocketsim.postprocess.table;

/** Whole columns of a {@link Table} for assertions, built from its cell accessors. */
public final class TableColumns {
    private TableColumns() {
    }

    /** The numbers of a column (missing = NaN). */
    public static double[] numbers(Table t, String column) {
        double[] out = new double[t.rowCount()];
        for (int r = 0; r < out.length; r++) {
            out[r] = t.number(r, column);
        }
        return out;
    }

    /** The cells of a column as text (numbers as written in result files, missing = null). */
    public static java.util.List<String> texts(Table t, String column) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            out.add(t.text(r, column));
        }
        return out;
    }

    /** The cells of a column as 64-bit integers (e.g. the exact {@code seed} column). */
    public static long[] longs(Table t, String column) {
        return texts(t, column).stream().mapToLong(Long::parseLong).toArray();
    }
}
