package io.pocketsim.core.param;

import java.util.Collection;
import java.util.Locale;

/**
 * The one place where bad-input messages say what is allowed and suggest the closest known name. Every module builds
 * its "unknown value" messages with these, in one format:
 * {@code <where>: <problem> "<value>"; allowed: <allowed>; did you mean <closest>?} (the suggestion only when a
 * known name is close).
 */
public final class AllowedValues {
    private AllowedValues() {
    }

    /**
     * The tail of a message for a value that is not among {@code allowed}: {@code "; allowed: one of [a, b]"} and,
     * when one is close, {@code "; did you mean a?"}.
     */
    public static String oneOf(String value, Collection<String> allowed) {
        return "; allowed: one of " + allowed + didYouMean(value, allowed);
    }

    /**
     * Like {@link #oneOf(String, Collection)} with the allowed values described in words (for open sets such as
     * "an adaptive grid or a grid file"); the suggestion is drawn from {@code candidates}.
     */
    public static String described(String value, String allowed, Collection<String> candidates) {
        return "; allowed: " + allowed + didYouMean(value, candidates);
    }

    /** {@code "; did you mean <closest>?"}, or the empty string when no candidate is reasonably close. */
    public static String didYouMean(String value, Iterable<String> candidates) {
        String close = closest(value, candidates);
        return close == null ? "" : "; did you mean " + close + "?";
    }

    /** Levenshtein distance, case-insensitive; used to suggest the closest known name. */
    public static int editDistance(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length()];
    }

    /** The candidate closest to {@code name}, or {@code null} if none is reasonably close. */
    public static String closest(String name, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = editDistance(name, c);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= Math.max(3, name.length() / 3) ? best : null;
    }
}
