package io.pocketsim.experiments.grid;

import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.param.ParameterSchema;
import io.pocketsim.core.param.ParameterSpec;
import io.pocketsim.core.param.AllowedValues;
import io.pocketsim.experiments.model.ModelDescription;
import java.util.List;
import java.util.Map;

/** Validation helpers shared by grids and experiments; messages start with the offending key. */
final class DefinitionChecks {
    private DefinitionChecks() {
    }

    static void header(String name, String modelName, String stateSet, String parameterSet, int runs, int days,
                       ModelDescription model) {
        if (!GridNames.validName(name)) {
            throw new IllegalArgumentException("name: invalid name \"" + name + "\"; allowed: "
                    + GridNames.NAME_CHARACTERS);
        }
        if (!model.model().equals(modelName)) {
            throw new IllegalArgumentException("model: \"" + modelName + "\" is not the model " + model.model());
        }
        oneOf("stateSet", "state set", stateSet, model.stateSets());
        oneOf("parameterSet", "parameter set", parameterSet, model.namedSets());
        if (runs < 1) {
            throw new IllegalArgumentException("runs: not strictly positive: " + runs + "; allowed: a whole number >= 1");
        }
        if (days < 1) {
            throw new IllegalArgumentException("days: not strictly positive: " + days + "; allowed: a whole number >= 1");
        }
    }

    static void oneOf(String key, String what, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException(key + ": unknown " + what + " \"" + value + "\""
                    + AllowedValues.oneOf(value, allowed));
        }
    }

    static ParameterSpec known(ParameterSchema schema, String key, String name) {
        try {
            return schema.get(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
        }
    }

    static Object value(ParameterSpec spec, String key, Object value) {
        try {
            return spec.validate(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
        }
    }

    /** The base set's values in schema order, with the fixed overrides applied and validated. */
    static Object[] base(ParameterSchema schema, ParameterPoint named, Map<String, Object> fixed) {
        for (Map.Entry<String, Object> e : fixed.entrySet()) {
            String key = "fixed." + e.getKey();
            value(known(schema, key, e.getKey()), key, e.getValue());
        }
        List<String> names = schema.names();
        Object[] base = new Object[names.size()];
        for (int i = 0; i < base.length; i++) {
            String n = names.get(i);
            base[i] = fixed.containsKey(n) ? schema.get(n).validate(fixed.get(n)) : named.get(n);
        }
        return base;
    }

    static String show(Object v) {
        return v instanceof String ? "\"" + v + "\"" : String.valueOf(v);
    }
}
