package io.pocketsim.core.pocket.block;

import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.Servicer;
import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.support.PyMath;
import io.pocketsim.core.pocket.support.Samplers;
import java.util.ArrayList;

/** Block 7 ({@code jailing_slashing_block}): unjailing, jailing with slashing, then the day's transaction count (model-spec.md §4.7). */
public final class JailingSlashing {
    /** Intercept of the transaction-count regression. */
    public static final double TX_INTERCEPT = 36692.90516650191;
    /** Slope of the transaction-count regression (per processed relay). */
    public static final double TX_SLOPE = 0.8457022264621301;

    private JailingSlashing() {
    }

    // jailing_slashing_ac: unjail pass, then jail pass
    public static void run(PocketRunParameters p, PocketState s, Samplers r) {
        ArrayList<Servicer> list = s.servicers;
        // quirk kept (§9.11): heights are seconds, so minimum_pause_time = 10 means one day; JAIL_DURATION_DAYS
        // counts it in days instead
        double pause = p.corrected(Correction.JAIL_DURATION_DAYS)
                ? p.minimumPauseTime() * MetaBlock.HEIGHT_PER_DAY
                : p.minimumPauseTime();
        for (int i = 0; i < list.size(); i++) {
            Servicer sv = list.get(i);
            if (!sv.jailed) {
                continue;
            }
            double lost = sv.revenueExpectationSum();
            s.periodJailingOpportunityCost += lost;
            sv.jailLostRevenueSum += lost;
            sv.jailLostRevenueCount++;
            if (s.height - sv.pauseHeight >= pause) {
                sv.jailed = false;
            }
        }
        double probability = p.servicerJailingProbability();
        for (int i = 0; i < list.size(); i++) {
            Servicer sv = list.get(i);
            if (sv.jailed) {
                continue;
            }
            // a shut-down servicer is jailed without a draw
            if (sv.shutDown || r.uniform() < probability) {
                jail(p, s, sv);
            }
        }
    }

    // jail_node_policy
    public static void jail(PocketRunParameters p, PocketState s, Servicer sv) {
        double burn = sv.stakedPokt * p.slashFractionDowntime();
        sv.jailed = true;
        sv.pauseHeight = s.height;
        sv.slashingHistorySum += -burn;
        sv.slashingHistoryCount++;
        sv.stakedPokt -= burn;
        sv.stakedPoktTotalInflow -= burn;
        s.burn(burn);
        // the original's line adding the slash to period_slashing_costs is commented out (quirk §9.6)
        if (p.corrected(Correction.PERIOD_SLASHING_COSTS)) {
            s.periodSlashingCosts += burn;
        }
    }

    // p_transactions
    public static void transactions(PocketState s) {
        s.nTransactions = PyMath.trunc(TX_INTERCEPT + TX_SLOPE * s.processedRelays);
    }
}
