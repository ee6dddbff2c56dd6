package io.pocketsim.core.pocket.block;

import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.Servicer;
import io.pocketsim.core.pocket.state.StakeHolder;
import java.util.List;

/**
 * Block 4 ({@code stake_block}): actors move holdings into stake up to their target (model-spec.md §4.4). Executed
 * in the original's real order servicer, gateway, application (deterministic and independent, so the order is
 * immaterial).
 */
public final class StakeTopUps {
    private StakeTopUps() {
    }

    /** Servicers below the minimum stake top up to it. */
    public static void servicers(PocketRunParameters p, PocketState s) {
        double min = p.minimumStakeServicer();
        for (int i = 0; i < s.servicerCount(); i++) {
            Servicer sv = s.servicer(i);
            if (sv.stakedPokt() < min) {
                sv.topUpTo(min); // no clamp at 0, as the original
            }
        }
    }

    /** Gateways top up to {@link #gatewayTarget}. */
    public static void gateways(PocketRunParameters p, PocketState s) {
        double target = gatewayTarget(p, s.applications().size());
        topUpAll(s.gateways(), target);
    }

    /** Applications top up to {@link #applicationTarget}. */
    public static void applications(PocketRunParameters p, PocketState s) {
        // quirk §9.9: the expected relays are priced at the minting rate; APPLICATION_STAKE_TARGET_FEE prices them at
        // the fee the application pays
        double perRelay = p.corrected(Correction.APPLICATION_STAKE_TARGET_FEE)
                ? s.applicationFeePerRelay()
                : s.relaysToTokensMultiplier();
        double target = applicationTarget(p, perRelay);
        topUpAll(s.applications(), target);
    }

    /** Tops up every holder below the target to it (amounts clamped at 0), in list order. */
    private static void topUpAll(List<? extends StakeHolder> list, double target) {
        for (int i = 0; i < list.size(); i++) {
            StakeHolder h = list.get(i);
            if (h.stakedPokt() < target) {
                h.topUpTo(target, true);
            }
        }
    }

    /** {@code max(gateway_minimum_stake, stake_per_app_delegation * #apps * uses_gateway_probability)}. */
    static double gatewayTarget(PocketRunParameters p, int applications) {
        return Math.max(p.gatewayMinimumStake(),
                p.stakePerAppDelegation() * applications * p.usesGatewayProbability());
    }

    /**
     * The application stake target for a price per relay: the original uses today's RTTM (the minting rate), quirk
     * §9.9.
     */
    static double applicationTarget(PocketRunParameters p, double perRelay) {
        double target = 1.2 * (p.relaysPerSessionGammaDistributionShape() * p.relaysPerSessionGammaDistributionScale())
                * p.averageSessionPerApplication() * perRelay;
        return Math.max(target, 1.2 * p.minimumApplicationStake());
    }
}
