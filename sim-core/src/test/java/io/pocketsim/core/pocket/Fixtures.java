package io.pocketsim.core.pocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.core.engine.Block;
import io.pocketsim.core.engine.Policy;
import io.pocketsim.core.engine.Signals;
import io.pocketsim.core.engine.StateUpdate;
import io.pocketsim.core.engine.Step;
import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.pocket.oracle.DailyReturnModel;
import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketParameterSpace;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.Application;
import io.pocketsim.core.pocket.state.Gateway;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.PocketStateFixture;
import io.pocketsim.core.pocket.state.RelayLog;
import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import io.pocketsim.core.pocket.support.Samplers;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** Builders of parameters and hand-made states for the model's unit tests. */
public final class Fixtures {
    /** A price model whose every return is 0. */
    public static final DailyReturnModel FLAT = rng -> 0.0;

    private Fixtures() {
    }

    /** A named parameter set with overrides given as name, value pairs. */
    public static PocketRunParameters params(String set, Object... overrides) {
        ParameterPoint p = PocketParameterSpace.namedSet(set);
        for (int i = 0; i < overrides.length; i += 2) {
            p = p.with((String) overrides[i], overrides[i + 1]);
        }
        return PocketRunParameters.from(p);
    }

    /** Base parameters with overrides. */
    public static PocketRunParameters base(Object... overrides) {
        return params("Base", overrides);
    }

    /** Base parameters with corrections switched on. */
    public static PocketRunParameters corrected(Correction... corrections) {
        return base("corrections", java.util.Arrays.stream(corrections).map(Correction::parameterName).toList());
    }

    /** A state with a validator, the initial supply and price, and no other entities. */
    public static PocketState empty() {
        return empty(FLAT);
    }

    public static PocketState empty(DailyReturnModel returns) {
        return PocketStateFixture.validatorOnly(returns);
    }

    public static Servicer servicer(PocketState s, int zone, double stake) {
        return servicer(s, zone, stake, 0.8);
    }

    public static Servicer servicer(PocketState s, int zone, double stake, double qos) {
        return s.addServicer("", zone, 1e12, stake, qos);
    }

    public static Service service(PocketState s) {
        return s.addService("S", Service.INITIAL_JOIN_HEIGHT);
    }

    public static Application app(PocketState s, int zone, double stake, int servicersPerSession) {
        return s.addApplication("", zone, 1e12, stake, servicersPerSession, false);
    }

    public static Gateway gateway(PocketState s, double stake) {
        return s.addGateway("", 1e12, stake);
    }

    public static Samplers samplers(UniformRandomProvider rng, PocketRunParameters p) {
        return Samplers.forRun(rng, p);
    }

    public static UniformRandomProvider seeded(long seed) {
        return RandomSource.L64_X128_MIX.create(seed);
    }

    /** Runs whole days (all 11 blocks in order) of the model on a state, as the engine does. */
    public static void days(PocketModel model, PocketRunParameters p, PocketState s, UniformRandomProvider rng, int days) {
        Step<PocketRunParameters> step = new Step<>(p, rng);
        Signals signals = new Signals();
        for (int d = 0; d < days; d++) {
            for (Block<PocketState, PocketRunParameters> b : model.blocks()) {
                runBlock(b, step, s, signals);
            }
        }
    }

    /** Runs blocks {@code from..to} (1-based, inclusive) of one day. */
    public static void blocks(PocketModel model, PocketRunParameters p, PocketState s, UniformRandomProvider rng, int from, int to) {
        Step<PocketRunParameters> step = new Step<>(p, rng);
        Signals signals = new Signals();
        List<Block<PocketState, PocketRunParameters>> blocks = model.blocks();
        for (int b = from; b <= to; b++) {
            runBlock(blocks.get(b - 1), step, s, signals);
        }
    }

    private static void runBlock(Block<PocketState, PocketRunParameters> b, Step<PocketRunParameters> step, PocketState s,
                                 Signals signals) {
        for (Policy<PocketState, PocketRunParameters> policy : b.policies()) {
            policy.apply(step, s, signals);
        }
        for (StateUpdate<PocketState, PocketRunParameters> u : b.updates()) {
            u.apply(step, s, signals);
        }
    }

    /** A model whose price source is flat (the price model is irrelevant to most mechanisms). */
    public static PocketModel flatModel() {
        return new PocketModel(new io.pocketsim.core.pocket.oracle.ReturnModelSource() {
            @Override
            public DailyReturnModel forBandwidth(double bandwidthFactor) {
                return FLAT;
            }

            @Override
            public String description() {
                return "flat";
            }
        });
    }

    /** A servicer's relays in today's servicer relay log, or NaN when it has no entry (at most one per servicer). */
    public static double loggedRelays(PocketState s, Servicer sv) {
        RelayLog log = s.relayLog();
        double found = Double.NaN;
        for (int i = 0; i < log.servicerSize(); i++) {
            if (log.servicer(i) == sv) {
                assertThat(found).as("second log entry of " + sv).isNaN();
                found = log.servicerRelays(i);
            }
        }
        return found;
    }
}
