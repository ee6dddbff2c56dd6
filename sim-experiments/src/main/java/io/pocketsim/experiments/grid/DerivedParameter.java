package io.pocketsim.experiments.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parameter whose value is computed from other parameters at every point of a grid, written in files as an
 * affine expression such as {@code "1 - validator_fee_percentage"} (the original forced
 * {@code dao_fee_percentage = 1 - validator_fee_percentage} on every sweep point).
 *
 * <p>Grammar: terms joined by {@code +} or {@code -}; a term is a number, a parameter name, or
 * {@code number * name}. Terms are added left to right in double arithmetic, so {@code "1 - x"} gives exactly the
 * double {@code 1 - x}.
 *
 * @param parameter  the derived parameter's name
 * @param expression the expression as written
 * @param terms      the parsed terms, in order
 */
public record DerivedParameter(String parameter, String expression, List<Term> terms) {
    private static final Pattern TERM = Pattern.compile(
            "\\s*([+-])?\\s*(?:([0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(\\*\\s*([A-Za-z_][A-Za-z0-9_]*))?|([A-Za-z_][A-Za-z0-9_]*))\\s*");

    /**
     * One term: {@code coefficient} times the named parameter, or the constant {@code coefficient} when
     * {@code source} is null.
     *
     * @param coefficient the signed coefficient
     * @param source      the parameter name, or null for a constant term
     */
    public record Term(double coefficient, String source) {
    }

    public DerivedParameter {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(expression, "expression");
        terms = List.copyOf(terms);
    }

    /**
     * Parses an expression.
     *
     * @throws IllegalArgumentException naming the parameter, the expression and the accepted form
     */
    public static DerivedParameter parse(String parameter, String expression) {
        List<Term> terms = new ArrayList<>();
        Matcher m = TERM.matcher(expression);
        int pos = 0;
        while (pos < expression.length()) {
            m.region(pos, expression.length());
            if (!m.lookingAt() || m.end() == pos) {
                throw invalid(parameter, expression);
            }
            boolean negative = "-".equals(m.group(1));
            if (m.group(1) == null && !terms.isEmpty()) {
                throw invalid(parameter, expression);
            }
            double sign = negative ? -1 : 1;
            if (m.group(5) != null) {
                terms.add(new Term(sign, m.group(5)));
            } else {
                double number = Double.parseDouble(m.group(2));
                terms.add(new Term(sign * number, m.group(4)));
            }
            pos = m.end();
        }
        if (terms.isEmpty()) {
            throw invalid(parameter, expression);
        }
        return new DerivedParameter(parameter, expression.trim(), terms);
    }

    private static IllegalArgumentException invalid(String parameter, String expression) {
        return new IllegalArgumentException("derived." + parameter + ": invalid expression \"" + expression
                + "\"; allowed: terms joined by + or -, each a number, a parameter name or number * name,"
                + " e.g. \"1 - validator_fee_percentage\"");
    }

    /** Names of the parameters the expression reads, in order of appearance, without repeats. */
    public List<String> sources() {
        List<String> out = new ArrayList<>();
        for (Term t : terms) {
            if (t.source() != null && !out.contains(t.source())) {
                out.add(t.source());
            }
        }
        return out;
    }

    /** Evaluates the expression, reading each source parameter's numeric value from {@code values}. */
    public double evaluate(ToDoubleFunction<String> values) {
        double acc = 0;
        for (Term t : terms) {
            acc += t.source() == null ? t.coefficient() : t.coefficient() * values.applyAsDouble(t.source());
        }
        return acc;
    }
}
