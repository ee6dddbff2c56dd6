package io.pocketsim.postprocess.psuu;

import java.util.Objects;

/**
 * A named threshold value of the scenario configs (e.g. {@code s1 = 750e6} uPOKT).
 *
 * @param name        its name, e.g. {@code s1}
 * @param value       its value
 * @param unit        its unit; a bound must have the unit of the KPI it bounds, a fraction threshold the unit
 *                    {@value #SHARE_OF_ROWS}
 * @param description what it means, or empty
 * @param original    the original's value where ours differs (e.g. the jailing floor c1), or null; used by
 *                    {@link Scoring#ORIGINAL}
 */
public record Threshold(String name, double value, String unit, String description, Double original) {
    /** The unit of the "at least this share of the rows" thresholds. */
    public static final String SHARE_OF_ROWS = "share of rows";

    /** A threshold whose value is the original's. */
    public Threshold(String name, double value, String unit, String description) {
        this(name, value, unit, description, null);
    }

    public Threshold {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        description = description == null ? "" : description;
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("threshold " + name + " is not finite: " + value);
        }
    }

    /** A copy with another value (a scenario's override). */
    public Threshold withValue(double newValue) {
        return new Threshold(name, newValue, unit, description, original);
    }

    /** The value the original used: {@link #original()} if recorded, else {@link #value()}. */
    public double originalValue() {
        return original != null ? original : value;
    }
}
