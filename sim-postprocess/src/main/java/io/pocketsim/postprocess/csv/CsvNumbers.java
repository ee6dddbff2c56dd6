package io.pocketsim.postprocess.csv;

/**
 * Writes and reads the numbers of result CSV files so that every {@code double} survives the round trip bit for
 * bit.
 *
 * <p>Writing: {@code NaN} becomes the empty cell (pandas reads it as NaN); integral values of magnitude below
 * 2<sup>53</sup> are written as plain integers ("15", "1521517215000000"), except negative zero, which stays
 * "-0.0"; everything else is the shortest decimal that reads back as the value, in {@code Double.toString}'s
 * form as specified from JDK 19 on ({@link ShortestDecimal}: "0.1", "6.0E-8", "4.9E-324", "Infinity"), so the text is
 * the same on every JDK.
 *
 * <p>Reading accepts what writing produces plus the spellings pandas and Python write for the special values
 * ("nan", "inf", "-inf", any case).
 */
public final class CsvNumbers {
    /** Below this magnitude every integer is a double and is parsed exactly even by simple decimal parsers. */
    private static final double EXACT_INTEGER_LIMIT = 0x1p53;

    private CsvNumbers() {
    }

    /** The cell text of a value. */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (isPlainInteger(value)) {
            return Long.toString((long) value);
        }
        return ShortestDecimal.toString(value);
    }

    /** Whether a value is written as a plain integer: integral, magnitude below 2^53, not negative zero. */
    static boolean isPlainInteger(double value) {
        return value == Math.rint(value) && Math.abs(value) < EXACT_INTEGER_LIMIT
                && !(value == 0.0 && 1.0 / value < 0);
    }

    /**
     * The value of a cell: the empty cell (or {@code null}) is {@code NaN}.
     *
     * @throws NumberFormatException if the text is not a number
     */
    public static double parse(String cell) {
        if (cell == null) {
            return Double.NaN;
        }
        String s = cell.strip();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "nan":
                return Double.NaN;
            case "inf":
            case "+inf":
            case "infinity":
            case "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf":
            case "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        char last = s.charAt(s.length() - 1);
        // Double.parseDouble accepts Java type suffixes ("1d", "2f") that no CSV producer means as numbers
        if (Character.isLetter(last)) {
            throw new NumberFormatException("not a number: \"" + cell + "\"");
        }
        return Double.parseDouble(s);
    }

    /** Whether a cell reads as a number (the empty cell counts, as NaN). */
    public static boolean isNumber(String cell) {
        try {
            parse(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
