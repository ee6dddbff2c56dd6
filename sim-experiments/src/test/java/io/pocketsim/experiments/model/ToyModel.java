package io.pocketsim.experiments.model;

import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.param.ParameterSchema;
import io.pocketsim.core.param.ParameterSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small model that is not Pocket, to show grids work for any model: eight numbers, a choice and a nullable. */
public final class ToyModel implements ModelDescription {
    /** Names of the numeric parameters, in schema order. */
    public static final List<String> NUMBERS = List.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
            "theta");

    private static final ParameterSchema SCHEMA;

    static {
        List<ParameterSpec> specs = new java.util.ArrayList<>();
        for (String n : NUMBERS) {
            specs.add(ParameterSpec.number(n, -1e6, 1e6, "", "toy number " + n));
        }
        specs.add(ParameterSpec.choice("mode", List.of("calm", "storm"), "toy choice"));
        specs.add(ParameterSpec.integer("count", 1, 100, "", "toy whole number"));
        specs.add(ParameterSpec.number("share", 0, 1, "", "toy fraction").orNull());
        SCHEMA = ParameterSchema.of(specs);
    }

    @Override
    public String model() {
        return "toy";
    }

    @Override
    public ParameterSchema schema() {
        return SCHEMA;
    }

    @Override
    public List<String> namedSets() {
        return List.of("Default");
    }

    @Override
    public ParameterPoint namedSet(String name) {
        if (!"Default".equals(name)) {
            throw new IllegalArgumentException("parameterSet: unknown parameter set \"" + name + "\"; allowed: one of [Default]");
        }
        Map<String, Object> v = new LinkedHashMap<>();
        for (int i = 0; i < NUMBERS.size(); i++) {
            v.put(NUMBERS.get(i), (double) i);
        }
        v.put("mode", "calm");
        v.put("count", 1.0);
        v.put("share", null);
        return ParameterPoint.of(v);
    }

    @Override
    public List<String> stateSets() {
        return List.of("Start");
    }
}
