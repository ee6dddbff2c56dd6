package io.pocketsim.core.pocket.block;

import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.Servicer;
import io.pocketsim.core.pocket.support.PyMath;
import io.pocketsim.core.pocket.support.Samplers;

/**
 * Block 7 ({@code jailing_slashing_block}): unjailing, jailing with slashing, then the day's transaction count
 * (model-spec.md §4.7).
 */
public final class JailingSlashing {
    /** Intercept of the transaction-count regression. */
    static final double TX_INTERCEPT = 36692.90516650191;
    /** Slope of the transaction-count regression (per processed relay). */
    static final double TX_SLOPE = 0.8457022264621301;

    private JailingSlashing() {
    }

    /** jailing_slashing_ac: unjail pass, then jail pass. */
    public static void run(PocketRunParameters p, PocketState s, Samplers r) {
        // quirk kept (§9.11): heights are seconds, so minimum_pause_time = 10 means one day; JAIL_DURATION_DAYS
        // counts it in days instead
        double pause = p.corrected(Correction.JAIL_DURATION_DAYS)
                ? p.minimumPauseTime() * MetaBlock.HEIGHT_PER_DAY
                : p.minimumPauseTime();
        for (int i = 0; i < s.servicerCount(); i++) {
            Servicer sv = s.servicer(i);
            if (!sv.isJailed()) {
                continue;
            }
            double lost = sv.revenueExpectationSum();
            s.addJailingOpportunityCost(lost);
            sv.loseJailRevenue(lost);
            if (s.height() - sv.pauseHeight() >= pause) {
                sv.unjail();
            }
        }
        double probability = p.servicerJailingProbability();
        for (int i = 0; i < s.servicerCount(); i++) {
            Servicer sv = s.servicer(i);
            if (sv.isJailed()) {
                continue;
            }
            // a shut-down servicer is jailed without a draw
            if (sv.isShutDown() || r.uniform() < probability) {
                jail(p, s, sv);
            }
        }
    }

    /** jail_node_policy: jails the servicer and burns the slash of its stake. */
    static void jail(PocketRunParameters p, PocketState s, Servicer sv) {
        double burn = sv.stakedPokt() * p.slashFractionDowntime();
        sv.jail(s.height());
        sv.slash(burn);
        s.burn(burn);
        // the original's line adding the slash to period_slashing_costs is commented out (quirk §9.6)
        if (p.corrected(Correction.PERIOD_SLASHING_COSTS)) {
            s.addSlashingCost(burn);
        }
    }

    /** p_transactions. */
    public static void transactions(PocketState s) {
        s.setTransactions(PyMath.trunc(TX_INTERCEPT + TX_SLOPE * s.processedRelays()));
    }
}
