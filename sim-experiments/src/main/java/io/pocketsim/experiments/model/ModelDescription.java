package io.pocketsim.experiments.model;

import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.param.ParameterSchema;
import java.util.List;

/**
 * What experiments and grids need to know about a model: its name, its parameter schema (whose order numbers the
 * points of a grid) and its named parameter and initial-state sets. Grids, names, expansion and the adaptive step
 * see a model only through this interface.
 */
public interface ModelDescription {
    /** The model's name as written in experiment files, e.g. {@code "pocket"}. */
    String model();

    /** The model's parameters in their significant order (first key varies slowest in a grid). */
    ParameterSchema schema();

    /** Names of the named parameter sets, e.g. {@code Base}. */
    List<String> namedSets();

    /**
     * A named parameter set: a complete, valid point of {@link #schema()}.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    ParameterPoint namedSet(String name);

    /** Names of the initial-state sets, e.g. {@code Base}. */
    List<String> stateSets();
}
