package io.pocketsim.experiments.model;

import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.param.ParameterSchema;
import io.pocketsim.core.pocket.state.InitialStates;
import io.pocketsim.core.pocket.PocketModel;
import io.pocketsim.core.pocket.parameters.PocketParameterSpace;
import java.util.List;

/**
 * What experiments need to know about the Pocket model: its name ({@link PocketModel#NAME}), its parameter space and
 * named sets ({@link PocketParameterSpace}) and its initial-state sets ({@link InitialStates#NAMES}).
 */
public final class PocketModelDescription implements ModelDescription {
    private static final List<String> STATE_SETS = InitialStates.NAMES;
    private static final PocketModelDescription INSTANCE = new PocketModelDescription();

    private PocketModelDescription() {
    }

    /** The (stateless) instance. */
    public static PocketModelDescription instance() {
        return INSTANCE;
    }

    @Override
    public String model() {
        return PocketModel.NAME;
    }

    @Override
    public ParameterSchema schema() {
        return PocketParameterSpace.schema();
    }

    @Override
    public List<String> namedSets() {
        return PocketParameterSpace.NAMED_SETS;
    }

    @Override
    public ParameterPoint namedSet(String name) {
        return PocketParameterSpace.namedSet(name);
    }

    @Override
    public List<String> stateSets() {
        return STATE_SETS;
    }
}
