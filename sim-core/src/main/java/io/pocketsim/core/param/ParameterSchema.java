package io.pocketsim.core.param;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ordered list of parameters a model accepts. The order is significant: grids expand their cartesian
 * product in schema order (first key slowest, last key fastest), as the original model did with its
 * "Base" key order.
 */
public final class ParameterSchema {
    private final List<ParameterSpec> specs;
    private final Map<String, ParameterSpec> byName;

    private ParameterSchema(List<ParameterSpec> specs) {
        this.specs = List.copyOf(specs);
        Map<String, ParameterSpec> map = new LinkedHashMap<>();
        for (ParameterSpec s : this.specs) {
            if (map.put(s.name(), s) != null) {
                throw new IllegalArgumentException("duplicate parameter in schema: " + s.name());
            }
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    /** Creates a schema from specs in their significant order. */
    public static ParameterSchema of(List<ParameterSpec> specs) {
        return new ParameterSchema(specs);
    }

    /** All specs, in schema order. */
    public List<ParameterSpec> specs() {
        return specs;
    }

    /** Parameter names in schema order. */
    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    /** The spec of a parameter, if the schema has it. */
    public Optional<ParameterSpec> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The spec of a parameter.
     *
     * @throws IllegalArgumentException naming the unknown parameter and the closest known names
     */
    public ParameterSpec get(String name) {
        ParameterSpec s = byName.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown parameter " + name + suggestion(name));
        }
        return s;
    }

    /** Position of a parameter in schema order. */
    public int indexOf(String name) {
        return names().indexOf(get(name).name());
    }

    /** Validates one value of a named parameter and returns it in canonical form. */
    public Object validate(String name, Object value) {
        return get(name).validate(value);
    }

    /**
     * Checks that a point defines every parameter of this schema, and only those, with valid values.
     *
     * @throws IllegalArgumentException for the first unknown, missing or invalid parameter
     */
    public void check(ParameterPoint point) {
        for (String name : point.names()) {
            get(name);
        }
        for (ParameterSpec s : specs) {
            if (!point.contains(s.name())) {
                throw new IllegalArgumentException("parameter " + s.name() + " is missing");
            }
            s.validate(point.get(s.name()));
        }
    }

    private String suggestion(String name) {
        String hint = AllowedValues.didYouMean(name, byName.keySet());
        return hint.isEmpty() ? "; allowed: one of " + byName.keySet() : hint;
    }
}
