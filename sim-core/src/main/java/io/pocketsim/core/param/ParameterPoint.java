package io.pocketsim.core.param;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One immutable, ordered assignment of values to parameter names: a "parameter constellation".
 * Values are {@link Double}, {@link String}, {@code List<String>} or {@code null} (Python's None).
 */
public final class ParameterPoint {
    private final Map<String, Object> values;

    private ParameterPoint(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** Creates a point from name/value pairs, keeping the map's iteration order. Numbers become doubles. */
    public static ParameterPoint of(Map<String, ?> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "parameter name"), canonical(v)));
        return new ParameterPoint(copy);
    }

    private static Object canonical(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof List<?> l) {
            return List.copyOf(l);
        }
        return v;
    }

    /** Parameter names in this point's order. */
    public List<String> names() {
        return List.copyOf(values.keySet());
    }

    /** Whether the point assigns this parameter (possibly to null). */
    public boolean contains(String name) {
        return values.containsKey(name);
    }

    /**
     * The value of a parameter.
     *
     * @throws IllegalArgumentException if the point does not define it
     */
    public Object get(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("parameter " + name + " is not set");
        }
        return values.get(name);
    }

    /** The value as a double. @throws IllegalArgumentException if it is not a number */
    public double number(String name) {
        Object v = get(name);
        if (v instanceof Double d) {
            return d;
        }
        throw new IllegalArgumentException("parameter " + name + " is not a number: " + v);
    }

    /** The values as an unmodifiable ordered map. */
    public Map<String, Object> asMap() {
        return values;
    }

    /** Returns a copy with one parameter set (kept in place if present, appended otherwise). */
    public ParameterPoint with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(name, canonical(value));
        return new ParameterPoint(copy);
    }

    /** Returns a copy with several parameters set (see {@link #with}). */
    public ParameterPoint withAll(Map<String, ?> changes) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        changes.forEach((k, v) -> copy.put(k, canonical(v)));
        return new ParameterPoint(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterPoint p && values.equals(p.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
