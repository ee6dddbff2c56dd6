package io.pocketsim.experiments.grid;

import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.experiments.model.ModelDescription;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A validated standalone experiment and its parameter point.
 *
 * @param definition the experiment as written
 * @param point      its complete parameter point, in schema order
 */
public record Experiment(ExperimentDefinition definition, ParameterPoint point) {
    public Experiment {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(point, "point");
    }

    /**
     * Validates a standalone experiment against a model.
     *
     * @throws IllegalArgumentException whose message starts with the offending key and says what is allowed
     */
    public static Experiment compile(ExperimentDefinition def, ModelDescription model) {
        DefinitionChecks.header(def.name(), def.model(), def.stateSet(), def.parameterSet(), def.runs(), def.days(), model);
        Object[] values = DefinitionChecks.base(model.schema(), model.namedSet(def.parameterSet()), def.fixed());
        List<String> names = model.schema().names();
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(names.get(i), values[i]);
        }
        return new Experiment(def, ParameterPoint.of(map));
    }

    /** The experiment's name. */
    public String name() {
        return definition.name();
    }
}
