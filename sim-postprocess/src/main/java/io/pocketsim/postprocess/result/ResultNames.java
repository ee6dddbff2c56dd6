package io.pocketsim.postprocess.result;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * Names of experiments and of their files, which become folder and file names (or object keys): letters, digits,
 * '.', '_' and '-', starting with a letter or digit, at most {@value #MAX_LENGTH} characters.
 */
public final class ResultNames {
    /** The manifest's file name; written last, it marks an experiment as complete. */
    public static final String MANIFEST = "manifest.json";
    /** The per-(run, timestep) table. */
    public static final String TIMESERIES = "timeseries.csv.gz";
    /** The per-run table. */
    public static final String KPIS = "kpis.csv";
    /** Longest name accepted. */
    public static final int MAX_LENGTH = 200;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /**
     * Orders names as people expect: runs of digits compare as numbers, so "grid_2" comes before "grid_10"; ties
     * are broken by plain string order.
     */
    public static final Comparator<String> NATURAL_ORDER = ResultNames::compareNatural;

    private ResultNames() {
    }

    /**
     * Checks an experiment (result) name.
     *
     * @throws IllegalArgumentException naming the value and what is allowed
     */
    public static String checkExperiment(String name) {
        return check("experiment name", name);
    }

    /** Whether a name is a valid experiment name (stores skip folders and keys of other names when listing). */
    public static boolean isExperiment(String name) {
        try {
            checkExperiment(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Checks the name of a data file of an experiment (anything but the manifest).
     *
     * @throws IllegalArgumentException naming the value and what is allowed
     */
    public static String checkFile(String name) {
        check("file name", name);
        if (name.equals(MANIFEST)) {
            throw new IllegalArgumentException("file name is reserved for the manifest: \"" + name + "\"");
        }
        return name;
    }

    /** Whether a prefix could start an experiment name (the empty prefix matches all). */
    public static String checkPrefix(String prefix) {
        if (prefix == null || (!prefix.isEmpty() && !NAME.matcher(prefix).matches())) {
            throw new IllegalArgumentException("prefix is not a valid start of an experiment name: "
                    + (prefix == null ? "null" : "\"" + prefix + "\""));
        }
        return prefix;
    }

    private static String check(String what, String name) {
        if (name == null || name.length() > MAX_LENGTH || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " is not valid: " + (name == null ? "null" : "\"" + name + "\"")
                    + "; allowed: 1 to " + MAX_LENGTH + " letters, digits, '.', '_' or '-', starting with a letter"
                    + " or digit");
        }
        return name;
    }

    private static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                int c = compareDigits(a.substring(i, ei), b.substring(j, ej));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int compareDigits(String x, String y) {
        String a = stripLeadingZeros(x);
        String b = stripLeadingZeros(y);
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static String stripLeadingZeros(String s) {
        int k = 0;
        while (k < s.length() - 1 && s.charAt(k) == '0') {
            k++;
        }
        return s.substring(k);
    }
}
