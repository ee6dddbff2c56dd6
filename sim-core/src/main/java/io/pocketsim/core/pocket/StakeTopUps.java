package io.pocketsim.core.pocket;

import java.util.ArrayList;

/**
 * Block 4: actors move holdings into stake up to their target (model-spec.md §4.4). Executed in the original's
 * real order servicer, gateway, application (deterministic and independent, so the order is immaterial).
 */
final class StakeTopUps {
    private StakeTopUps() {
    }

    static void servicers(PocketParams p, PocketState s) {
        double min = p.minimumStakeServicer();
        ArrayList<Servicer> list = s.servicers;
        for (int i = 0; i < list.size(); i++) {
            Servicer sv = list.get(i);
            if (sv.stakedPokt < min) {
                double amount = Math.min(sv.poktHoldings, min - sv.stakedPokt); // no clamp at 0, as the original
                sv.poktHoldings -= amount;
                sv.stakedPokt += amount;
                sv.stakedPoktTotalInflow += amount;
            }
        }
    }

    static void gateways(PocketParams p, PocketState s) {
        double target = gatewayTarget(p, s.applications.size());
        ArrayList<Gateway> list = s.gateways;
        for (int i = 0; i < list.size(); i++) {
            Gateway g = list.get(i);
            if (g.stakedPokt < target) {
                double amount = Math.max(Math.min(g.poktHoldings, target - g.stakedPokt), 0);
                g.poktHoldings -= amount;
                g.stakedPokt += amount;
            }
        }
    }

    static void applications(PocketParams p, PocketState s) {
        // quirk §9.9: the expected relays are priced at the minting rate; APPLICATION_STAKE_TARGET_FEE prices them at
        // the fee the application pays
        double perRelay = p.corrected(Correction.APPLICATION_STAKE_TARGET_FEE)
                ? s.applicationFeePerRelay
                : s.relaysToTokensMultiplier;
        double target = applicationTarget(p, perRelay);
        ArrayList<Application> list = s.applications;
        for (int i = 0; i < list.size(); i++) {
            Application a = list.get(i);
            if (a.stakedPokt < target) {
                double amount = Math.max(Math.min(a.poktHoldings, target - a.stakedPokt), 0);
                a.poktHoldings -= amount;
                a.stakedPokt += amount;
            }
        }
    }

    /** {@code max(gateway_minimum_stake, stake_per_app_delegation * #apps * uses_gateway_probability)}. */
    static double gatewayTarget(PocketParams p, int applications) {
        return Math.max(p.gatewayMinimumStake(),
                p.stakePerAppDelegation() * applications * p.usesGatewayProbability());
    }

    /**
     * The application stake target for a price per relay: the original uses today's RTTM (the minting rate), quirk
     * §9.9.
     */
    static double applicationTarget(PocketParams p, double perRelay) {
        double target = 1.2 * (p.relaysPerSessionGammaDistributionShape() * p.relaysPerSessionGammaDistributionScale())
                * p.averageSessionPerApplication() * perRelay;
        return Math.max(target, 1.2 * p.minimumApplicationStake());
    }
}
