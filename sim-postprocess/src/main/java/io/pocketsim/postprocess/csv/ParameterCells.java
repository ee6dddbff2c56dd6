package io.pocketsim.postprocess.csv;

import java.util.List;

/**
 * Writes parameter values into the {@code param_<name>} cells of {@code kpis.csv}: numbers as by
 * {@link CsvNumbers#format}, strings as they are, {@code null} as the empty cell and lists of strings joined with
 * {@value #LIST_SEPARATOR}. The manifest keeps the typed values; the cells are for tables.
 */
public final class ParameterCells {
    /** Separator of list elements in one cell. */
    public static final String LIST_SEPARATOR = ";";
    /** Prefix of the parameter columns of the per-run KPI table. */
    public static final String COLUMN_PREFIX = "param_";

    private ParameterCells() {
    }

    /**
     * The cell text of one parameter value.
     *
     * @throws IllegalArgumentException if the value is of another type or a list element contains the separator
     */
    public static String format(String name, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return CsvNumbers.format(d);
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder();
            for (Object o : list) {
                if (!(o instanceof String s) || s.contains(LIST_SEPARATOR)) {
                    throw new IllegalArgumentException("parameter " + name + ": list element " + describe(o)
                            + " is not a string free of '" + LIST_SEPARATOR + "'");
                }
                if (sb.length() > 0) {
                    sb.append(LIST_SEPARATOR);
                }
                sb.append(s);
            }
            return sb.toString();
        }
        throw new IllegalArgumentException("parameter " + name + ": value " + describe(value)
                + " is not a Double, String, List<String> or null");
    }

    /** The column name of a parameter. */
    public static String column(String parameter) {
        return COLUMN_PREFIX + parameter;
    }

    private static String describe(Object o) {
        return o == null ? "null" : "\"" + o + "\" (" + o.getClass().getSimpleName() + ")";
    }
}
