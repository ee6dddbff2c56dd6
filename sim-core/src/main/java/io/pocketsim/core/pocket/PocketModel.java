package io.pocketsim.core.pocket;

import io.pocketsim.core.engine.Block;
import io.pocketsim.core.engine.Model;
import io.pocketsim.core.engine.Policy;
import io.pocketsim.core.engine.SignalRule;
import io.pocketsim.core.engine.StateUpdate;
import io.pocketsim.core.engine.Step;
import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.param.ParameterSchema;
import io.pocketsim.core.pocket.block.DensityLinking;
import io.pocketsim.core.pocket.block.Departures;
import io.pocketsim.core.pocket.block.FeeRates;
import io.pocketsim.core.pocket.block.JailingSlashing;
import io.pocketsim.core.pocket.block.Joins;
import io.pocketsim.core.pocket.block.Linking;
import io.pocketsim.core.pocket.block.MetaBlock;
import io.pocketsim.core.pocket.block.RelaySessions;
import io.pocketsim.core.pocket.block.Rewards;
import io.pocketsim.core.pocket.block.ScenarioEvents;
import io.pocketsim.core.pocket.block.StakeTopUps;
import io.pocketsim.core.pocket.block.Unlinking;
import io.pocketsim.core.pocket.oracle.DailyReturnModel;
import io.pocketsim.core.pocket.oracle.ReturnModelSource;
import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketParameterSpace;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.InitialStates;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.support.Samplers;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The Pocket Network model (BlockScience PocketSimulationModel, model-spec.md): 11 blocks per day in the original
 * order, each running its policies in the original order on the one mutable state of the run, so a later policy
 * sees the changes of an earlier one.
 *
 * <p>Every random draw comes from the run's generator ({@link Step#rng()}), under the original's draw conditions.
 * Behaviours of the original that look unintended are reproduced unless named in the {@code corrections}
 * parameter ({@link Correction}).
 */
public final class PocketModel implements Model<PocketState, PocketRunParameters> {
    /** The model's name. */
    public static final String NAME = "pocket";

    private final ReturnModelSource returns;
    private final Map<Double, DailyReturnModel> returnModels = new ConcurrentHashMap<>();
    private final List<Block<PocketState, PocketRunParameters>> blocks = buildBlocks();

    /**
     * Creates the model. What its runs record is attached to the simulation, not the model: see
     * {@link PocketRecorder} and {@code kpi.PocketKpis}.
     *
     * @param returns where the oracle's daily price returns come from
     */
    public PocketModel(ReturnModelSource returns) {
        this.returns = Objects.requireNonNull(returns, "returns");
    }

    /** Where the oracle's returns come from. */
    public ReturnModelSource returnSource() {
        return returns;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ParameterSchema parameters() {
        return PocketParameterSpace.schema();
    }

    @Override
    public PocketRunParameters parameters(ParameterPoint point) {
        return PocketRunParameters.from(point);
    }

    /**
     * {@inheritDoc}
     *
     * <p>The initial link density (§2.4), when the parameters ask for it, is drawn from {@code setupRng}, so all
     * runs of one parameter point start with the same links.
     *
     * @throws IllegalArgumentException for an unknown state set
     */
    @Override
    public PocketState initialState(PocketRunParameters params, String stateSet, UniformRandomProvider setupRng) {
        DailyReturnModel model = returnModels.computeIfAbsent(params.oraclePriceKdeBandwidth(), returns::forBandwidth);
        PocketState s = InitialStates.build(stateSet, model);
        // the samplers' slot first: every policy fetches it, so its lookup ends at the first slot
        s.workspace(BoundSamplers.class, BoundSamplers::new);
        ScenarioEvents.schedule(params, s);
        DensityLinking.apply(params, s, setupRng);
        return s;
    }

    @Override
    public List<String> stateSets() {
        return InitialStates.NAMES;
    }

    @Override
    public List<Block<PocketState, PocketRunParameters>> blocks() {
        return blocks;
    }

    // the run's samplers, in the state's workspace: created on first use and bound to the run's generator (a state
    // run with another generator, as tests do, gets new ones)
    private static final class BoundSamplers {
        private Samplers samplers;
    }

    private static Samplers rng(Step<PocketRunParameters> step, PocketState s) {
        BoundSamplers bound = s.workspace(BoundSamplers.class, BoundSamplers::new);
        Samplers r = bound.samplers;
        if (r == null || r.rng() != step.rng()) {
            r = Samplers.forRun(step.rng(), step.params());
            bound.samplers = r;
        }
        return r;
    }

    private static List<Block<PocketState, PocketRunParameters>> buildBlocks() {
        return List.of(
                block("meta_update_block",
                        List.of((st, s, sig) -> MetaBlock.updateTime(s),
                                (st, s, sig) -> MetaBlock.updatePrice(s, rng(st, s))),
                        List.of((st, s, sig) -> MetaBlock.resetDailyTotals(s))),
                block("gfpr_rttm_block",
                        List.of((st, s, sig) -> FeeRates.update(st.params(), s)), List.of()),
                block("join_block",
                        List.of((st, s, sig) -> Joins.servicer(st.params(), s, rng(st, s)),
                                (st, s, sig) -> Joins.service(st.params(), s, rng(st, s)),
                                (st, s, sig) -> Joins.gateway(st.params(), s, rng(st, s)),
                                (st, s, sig) -> Joins.application(st.params(), s, rng(st, s))), List.of()),
                // cadCAD's policy column order runs the stake block as servicer, gateway, application
                block("stake_block",
                        List.of((st, s, sig) -> StakeTopUps.servicers(st.params(), s),
                                (st, s, sig) -> StakeTopUps.gateways(st.params(), s),
                                (st, s, sig) -> StakeTopUps.applications(st.params(), s)), List.of()),
                block("delegation_service_block",
                        List.of((st, s, sig) -> Linking.serviceLinking(st.params(), s, rng(st, s)),
                                (st, s, sig) -> Linking.gatewayDelegation(st.params(), s, rng(st, s))), List.of()),
                block("relay_requests_block",
                        List.of((st, s, sig) -> RelaySessions.run(st.params(), s, rng(st, s))), List.of()),
                block("jailing_slashing_block",
                        List.of((st, s, sig) -> JailingSlashing.run(st.params(), s, rng(st, s)),
                                (st, s, sig) -> JailingSlashing.transactions(s)), List.of()),
                block("block_and_fee_rewards_block",
                        List.of((st, s, sig) -> Rewards.blockReward(st.params(), s),
                                (st, s, sig) -> Rewards.feeReward(st.params(), s)), List.of()),
                block("undelegation_unservice_block",
                        List.of((st, s, sig) -> Unlinking.serviceUnlinking(st.params(), s, rng(st, s)),
                                (st, s, sig) -> Unlinking.gatewayUndelegation(st.params(), s, rng(st, s))),
                        List.of()),
                block("leave_block",
                        List.of((st, s, sig) -> Departures.servicers(st.params(), s, rng(st, s)),
                                (st, s, sig) -> Departures.services(st.params(), s, rng(st, s)),
                                (st, s, sig) -> Departures.gateways(st.params(), s, rng(st, s)),
                                (st, s, sig) -> Departures.applications(st.params(), s, rng(st, s))), List.of()),
                block("events_block",
                        List.of((st, s, sig) -> ScenarioEvents.run(st.params(), s, rng(st, s))),
                        List.of()));
    }

    private static Block<PocketState, PocketRunParameters> block(String name,
                                                          List<Policy<PocketState, PocketRunParameters>> policies,
                                                          List<StateUpdate<PocketState, PocketRunParameters>> updates) {
        return new Block<>(name, policies, SignalRule.UNIQUE, updates);
    }
}
