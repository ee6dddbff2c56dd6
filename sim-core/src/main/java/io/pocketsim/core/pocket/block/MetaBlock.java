package io.pocketsim.core.pocket.block;

import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.support.Samplers;

/** Block 1 ({@code meta_update_block}): time, the oracle price step and the daily resets (model-spec.md §4.1, §5.2). */
public final class MetaBlock {
    /** Seconds of height per day. */
    public static final long HEIGHT_PER_DAY = 86400;

    private MetaBlock() {
    }

    /** p_update_time. */
    public static void updateTime(PocketState s) {
        s.advanceDay(HEIGHT_PER_DAY);
    }

    /** p_update_price: the oracle state machine of §5.3. A frozen oracle draws nothing. */
    public static void updatePrice(PocketState s, Samplers r) {
        int shutdown = s.oracleShutdown();
        if (shutdown != PocketState.ORACLE_RUNNING) {
            if (shutdown > 0) {
                s.setOracleShutdown(shutdown - 1); // reaching 0 is the original's False
            } else {
                s.endDistortion(); // the True branch returns oracle_distortion = None
            }
            return;
        }
        double price = s.poktPriceOracle();
        if (s.isOracleDistorted()) {
            int left = s.countDownDistortion();
            double ret = s.returnModel().nextReturn(r.rng()); // the KDE draw comes before the noise draw
            double noise = s.oracleDistortionMu() + s.oracleDistortionSigma() * r.standardNormal();
            price = price * (1 + ret + noise);
            // quirk kept (§9.16): a distortion that started with time 0 is at -1 here and never ends
            if (left == 0) {
                s.endDistortion();
            }
        } else {
            price = price * (1 + s.returnModel().nextReturn(r.rng()));
        }
        s.setPrice(price);
    }

    /** The SUFs of block 1: per-day accumulators hold today's totals in the end-of-day record. */
    public static void resetDailyTotals(PocketState s) {
        s.resetDailyTotals();
    }
}
