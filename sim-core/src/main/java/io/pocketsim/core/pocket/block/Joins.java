package io.pocketsim.core.pocket.block;

import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.support.Samplers;

/**
 * Block 3 ({@code join_block}): at most one servicer, service, gateway and application joins per day (model-spec.md
 * §4.3). The "simple_unfiform" rule attempts a join iff {@code U(0,1) > count / max} (strict).
 */
public final class Joins {
    /** Stake a joining gateway proposes (hard-coded in the original), uPOKT. */
    static final double GATEWAY_JOIN_STAKE = 150000 * 1e6;
    /** Personal holdings of a joining gateway (hard-coded in the original), uPOKT. */
    static final double GATEWAY_JOIN_HOLDINGS = 1500000 * 1e6;

    private Joins() {
    }

    /** servicer_join_policy. */
    public static void servicer(PocketRunParameters p, PocketState s, Samplers r) {
        if (!(r.uniform() > s.servicers().size() / p.servicerMaxNumber())) {
            return;
        }
        int zone = r.index(s.geozones().size());
        double holdings = r.personalHoldings();
        double stake = p.minimumStakeServicer();
        // servicer_join_policy: the stake is not deducted from the holdings and not minted (quirk §9.19), unless
        // JOIN_STAKE_FROM_HOLDINGS (holdings are at least 1.5e12, far above any configured stake)
        if (p.corrected(Correction.JOIN_STAKE_FROM_HOLDINGS)) {
            holdings -= stake;
        }
        double qos = 0.7 + (1 - 0.7) * r.uniform();
        s.addServicer("", zone, holdings, stake, qos);
    }

    /** service_join_policy. */
    public static void service(PocketRunParameters p, PocketState s, Samplers r) {
        if ("off".equals(p.serviceJoinFunction())) {
            return;
        }
        if (r.uniform() > s.services().size() / p.serviceMaxNumber()) {
            s.addService("ABC", s.height());
        }
    }

    /** gateway_join_policy. */
    public static void gateway(PocketRunParameters p, PocketState s, Samplers r) {
        if (!(r.uniform() > s.gateways().size() / p.gatewayMaxNumber())) {
            return;
        }
        // gateway_join_policy: with gateway_minimum_stake above the hard-coded stake no gateway can join
        if (GATEWAY_JOIN_STAKE < p.gatewayMinimumStake()) {
            return;
        }
        s.addGateway("", GATEWAY_JOIN_HOLDINGS, GATEWAY_JOIN_STAKE);
    }

    /** application_join_policy. */
    public static void application(PocketRunParameters p, PocketState s, Samplers r) {
        if (!(r.uniform() > s.applications().size() / p.applicationMaxNumber())) {
            return;
        }
        int zone = r.index(s.geozones().size());
        int min = (int) p.applicationsUseMinServicers();
        int number = min + r.index((int) p.applicationsUseMaxServicers() - min + 1);
        double holdings = r.personalHoldings();
        double stake = p.minimumApplicationStake() * 1.2;
        if (p.corrected(Correction.JOIN_STAKE_FROM_HOLDINGS)) { // same quirk as servicers (§9.19)
            holdings -= stake;
        }
        boolean usesGateway = r.uniform() < p.usesGatewayProbability();
        s.addApplication("", zone, holdings, stake, number, usesGateway);
    }
}
