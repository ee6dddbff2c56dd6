package io.pocketsim.core.param;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Declares one model parameter: its name (as used in files, flags and outputs), kind, bounds, allowed
 * choices, unit and meaning. Validation messages name the parameter and what is allowed.
 *
 * @param name        the parameter's name, snake_case, unique within a schema
 * @param kind        the kind of value accepted
 * @param minInclusive lower bound for numbers (use {@code Double.NEGATIVE_INFINITY} for none)
 * @param maxInclusive upper bound for numbers (use {@code Double.POSITIVE_INFINITY} for none)
 * @param choices     allowed strings for the choice kinds (empty otherwise)
 * @param nullable    whether {@code null} ("not set", Python's None) is allowed
 * @param expression  for {@link ParameterKind#NUMBER_OR_EXPRESSION}: the regular expression strings must match
 * @param unit        unit of the value (e.g. "uPOKT", "fraction", "days"); empty when dimensionless
 * @param description one-line meaning
 */
public record ParameterSpec(String name, ParameterKind kind, double minInclusive, double maxInclusive,
                            List<String> choices, boolean nullable, String expression, String unit,
                            String description) {

    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
        if (minInclusive > maxInclusive) {
            throw new IllegalArgumentException(name + ": minInclusive " + minInclusive + " > maxInclusive " + maxInclusive);
        }
        if (kind == ParameterKind.NUMBER_OR_EXPRESSION) {
            if (expression == null) {
                throw new IllegalArgumentException(name + ": kind NUMBER_OR_EXPRESSION needs an expression (a regex)");
            }
            try {
                // fail at declaration, not at the first validation, if the regex is malformed
                Pattern.compile(expression);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(name + ": expression " + expression + " is not a valid regex: "
                        + e.getDescription(), e);
            }
        }
    }

    /** A real number within [min, max]. */
    public static ParameterSpec number(String name, double min, double max, String unit, String description) {
        return new ParameterSpec(name, ParameterKind.NUMBER, min, max, List.of(), false, null, unit, description);
    }

    /** A whole number within [min, max]. */
    public static ParameterSpec integer(String name, double min, double max, String unit, String description) {
        return new ParameterSpec(name, ParameterKind.INTEGER, min, max, List.of(), false, null, unit, description);
    }

    /** One of the given strings. */
    public static ParameterSpec choice(String name, List<String> choices, String description) {
        return new ParameterSpec(name, ParameterKind.CHOICE, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                choices, false, null, "", description);
    }

    /** A number within [min, max] or one of the given strings. */
    public static ParameterSpec numberOrChoice(String name, double min, double max, List<String> choices,
                                               String unit, String description) {
        return new ParameterSpec(name, ParameterKind.NUMBER_OR_CHOICE, min, max, choices, false, null, unit, description);
    }

    /** Returns a copy that also accepts {@code null}. */
    public ParameterSpec orNull() {
        return new ParameterSpec(name, kind, minInclusive, maxInclusive, choices, true, expression, unit, description);
    }

    /** Returns a copy whose strings must match {@code regex} (kind {@link ParameterKind#NUMBER_OR_EXPRESSION}). */
    public ParameterSpec withExpression(String regex) {
        return new ParameterSpec(name, ParameterKind.NUMBER_OR_EXPRESSION, minInclusive, maxInclusive, choices,
                nullable, regex, unit, description);
    }

    /**
     * Checks a value and returns it in canonical form (numbers as {@link Double}, strings as {@link String},
     * choice lists as an immutable {@code List<String>}).
     *
     * @throws IllegalArgumentException naming this parameter, the value and what is allowed
     */
    public Object validate(Object value) {
        if (value == null) {
            if (nullable) {
                return null;
            }
            throw invalid(value);
        }
        switch (kind) {
            case NUMBER:
            case INTEGER:
                if (value instanceof Number n) {
                    return checkNumber(n.doubleValue(), value);
                }
                throw invalid(value);
            case CHOICE:
                if (value instanceof String s && choices.contains(s)) {
                    return s;
                }
                throw invalid(value);
            case NUMBER_OR_CHOICE:
                if (value instanceof Number n) {
                    return checkNumber(n.doubleValue(), value);
                }
                if (value instanceof String s && choices.contains(s)) {
                    return s;
                }
                throw invalid(value);
            case NUMBER_OR_EXPRESSION:
                if (value instanceof Number n) {
                    return checkNumber(n.doubleValue(), value);
                }
                if (value instanceof String s && Pattern.matches(expression, s)) {
                    return s;
                }
                throw invalid(value);
            case CHOICE_LIST:
                if (value instanceof List<?> list) {
                    for (Object o : list) {
                        if (!(o instanceof String s) || !choices.contains(s)) {
                            throw invalid(value);
                        }
                    }
                    @SuppressWarnings("unchecked")
                    List<String> strings = (List<String>) List.copyOf(list);
                    return strings;
                }
                throw invalid(value);
            default:
                throw new IllegalStateException("unknown kind " + kind);
        }
    }

    private Double checkNumber(double d, Object original) {
        if (!Double.isFinite(d) || d < minInclusive || d > maxInclusive) {
            throw invalid(original);
        }
        if (kind == ParameterKind.INTEGER && d != Math.rint(d)) {
            throw invalid(original);
        }
        return d;
    }

    private IllegalArgumentException invalid(Object value) {
        String shown = value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
        return new IllegalArgumentException("parameter " + name + ": invalid value " + shown + "; allowed: " + allowed());
    }

    /** Human-readable description of the allowed values, used in error messages and docs. */
    public String allowed() {
        String range = rangeText();
        String nul = nullable ? " or null" : "";
        switch (kind) {
            case NUMBER:
                return "a number" + range + nul;
            case INTEGER:
                return "a whole number" + range + nul;
            case CHOICE:
                return "one of " + choices + nul;
            case NUMBER_OR_CHOICE:
                return "a number" + range + " or one of " + choices + nul;
            case NUMBER_OR_EXPRESSION:
                return "a number" + range + " or a string matching " + expression + nul;
            case CHOICE_LIST:
                return "a list of values from " + choices + nul;
            default:
                return kind.toString();
        }
    }

    private String rangeText() {
        boolean lo = minInclusive != Double.NEGATIVE_INFINITY;
        boolean hi = maxInclusive != Double.POSITIVE_INFINITY;
        // a minimum of Double.MIN_VALUE is how the schema says "strictly positive"; "> 0" reads better than 4.9E-324
        boolean positive = minInclusive == Double.MIN_VALUE;
        if (lo && hi) {
            return positive ? " in (0, " + fmt(maxInclusive) + "]"
                    : " in [" + fmt(minInclusive) + ", " + fmt(maxInclusive) + "]";
        }
        if (lo) {
            return positive ? " > 0" : " >= " + fmt(minInclusive);
        }
        if (hi) {
            return " <= " + fmt(maxInclusive);
        }
        return "";
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
