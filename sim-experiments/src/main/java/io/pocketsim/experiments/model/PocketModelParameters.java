package io.pocketsim.experiments.model;

import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.param.ParameterSchema;
import io.pocketsim.core.pocket.PocketParameters;
import java.util.List;

/** The Pocket model's parameters and named sets, from {@link PocketParameters}; initial states "Test" and "Base". */
public final class PocketModelParameters implements ModelParameters {
    /** The Pocket model's name in experiment files. */
    public static final String MODEL = "pocket";
    private static final List<String> STATE_SETS = List.of("Test", "Base");
    private static final PocketModelParameters INSTANCE = new PocketModelParameters();

    private PocketModelParameters() {
    }

    /** The (stateless) instance. */
    public static PocketModelParameters instance() {
        return INSTANCE;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public ParameterSchema schema() {
        return PocketParameters.schema();
    }

    @Override
    public List<String> namedSets() {
        return PocketParameters.NAMED_SETS;
    }

    @Override
    public ParameterPoint namedSet(String name) {
        return PocketParameters.namedSet(name);
    }

    @Override
    public List<String> stateSets() {
        return STATE_SETS;
    }
}
