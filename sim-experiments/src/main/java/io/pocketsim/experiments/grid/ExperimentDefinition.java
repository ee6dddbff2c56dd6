package io.pocketsim.experiments.grid;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A standalone experiment: one parameter point (a named set with optional overrides) run from one initial state.
 *
 * @param name         experiment name (also its result name)
 * @param description  free text, or null
 * @param model        model name (e.g. {@code pocket})
 * @param stateSet     initial-state set
 * @param parameterSet named parameter set
 * @param runs         Monte Carlo runs
 * @param days         timesteps (days) per run
 * @param fixed        single-value overrides of the named set
 */
public record ExperimentDefinition(String name, String description, String model, String stateSet,
                                   String parameterSet, int runs, int days, Map<String, Object> fixed) {
    public ExperimentDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(stateSet, "stateSet");
        Objects.requireNonNull(parameterSet, "parameterSet");
        fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
    }
}
