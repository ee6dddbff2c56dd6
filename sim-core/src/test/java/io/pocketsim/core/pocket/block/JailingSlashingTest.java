package io.pocketsim.core.pocket.block;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.core.pocket.Fixtures;
import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.InitialStates;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.PocketStateFixture;
import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JailingSlashingTest {
    private final PocketRunParameters base = Fixtures.base();
    private PocketState s;
    private Servicer a;
    private Servicer b;
    private Servicer c;

    @BeforeEach
    void threeServicers() {
        s = Fixtures.empty();
        PocketStateFixture.setHeight(s, 86400);
        a = Fixtures.servicer(s, 0, 15000e6);
        b = Fixtures.servicer(s, 1, 15000e6);
        c = Fixtures.servicer(s, 2, 15000e6);
    }

    private void run(PocketRunParameters p, ScriptedRng rng) {
        JailingSlashing.run(p, s, Fixtures.samplers(rng, p));
        assertThat(rng.remaining()).isZero();
    }

    @Test
    void jailingDrawsOncePerServicerAndSlashesTheStake() {
        run(base, new ScriptedRng(0.0009, 0.001, 0.5)); // strict: 0.001 < 0.001 is false
        assertThat(a.isJailed()).isTrue();
        assertThat(a.pauseHeight()).isEqualTo(86400);
        assertThat(b.isJailed()).isFalse();
        assertThat(c.isJailed()).isFalse();
        double slash = 15000e6 * 1e-6;
        assertThat(a.stakedPokt()).isEqualTo(15000e6 - slash);
        assertThat(a.stakedPoktTotalInflow()).isEqualTo(15000e6 - slash);
        assertThat(a.slashingHistorySum()).isEqualTo(-slash);
        assertThat(a.slashingHistoryCount()).isEqualTo(1);
        assertThat(s.poktBurned()).isEqualTo(slash);
        assertThat(s.floatingSupply()).isEqualTo(InitialStates.FLOATING_SUPPLY - slash);
        assertThat(s.periodSlashingCosts()).isZero();
    }

    @Test
    void periodSlashingCostsCorrectionAddsTheSlashes() {
        a.shutDown(); // jailed without a draw; b and c draw and are jailed too
        run(Fixtures.corrected(Correction.PERIOD_SLASHING_COSTS), new ScriptedRng(0.0001, 0.0001));
        double slash = 15000e6 * 1e-6;
        assertThat(s.periodSlashingCosts()).isEqualTo(3 * slash);
        assertThat(s.poktBurned()).isEqualTo(3 * slash); // the burn itself is unchanged
    }

    @Test
    void shutDownServicersAreJailedWithoutADraw() {
        b.shutDown();
        run(base, new ScriptedRng(0.5, 0.5));
        assertThat(b.isJailed()).isTrue();
        assertThat(a.isJailed() || c.isJailed()).isFalse();
    }

    @Test
    void jailLastsOneDayAndRecordsTheLostRevenueOnce() {
        run(base, new ScriptedRng(0.0, 0.5, 0.5));
        a.tradeRevenueExpectations(new Service[]{PocketStateFixture.service(50, "S", -1)}, new double[]{1200}, 1,
                (keys, values) -> { });
        // next day: a is unjailed at the start of block 7 (86400 s >= 10), then may be jailed again
        s.advanceDay(MetaBlock.HEIGHT_PER_DAY);
        s.resetDailyTotals();
        run(base, new ScriptedRng(0.5, 0.5, 0.5));
        assertThat(a.isJailed()).isFalse();
        assertThat(a.jailLostRevenueSum()).isEqualTo(1200);
        assertThat(a.jailLostRevenueCount()).isEqualTo(1);
        assertThat(s.periodJailingOpportunityCost()).isEqualTo(1200);
        // a third day: nothing more is recorded
        s.advanceDay(MetaBlock.HEIGHT_PER_DAY);
        run(base, new ScriptedRng(0.5, 0.5, 0.5));
        assertThat(a.jailLostRevenueCount()).isEqualTo(1);
    }

    @Test
    void jailDurationCorrectionCountsMinimumPauseTimeInDays() {
        PocketRunParameters p = Fixtures.corrected(Correction.JAIL_DURATION_DAYS);
        run(p, new ScriptedRng(0.0, 0.5, 0.5));
        for (int day = 1; day < 10; day++) {
            s.advanceDay(MetaBlock.HEIGHT_PER_DAY);
            run(p, new ScriptedRng(0.5, 0.5)); // a stays jailed: no draw for it
            assertThat(a.isJailed()).as("day %d", day).isTrue();
        }
        assertThat(a.jailLostRevenueCount()).isEqualTo(9);
        s.advanceDay(MetaBlock.HEIGHT_PER_DAY);
        run(p, new ScriptedRng(0.5, 0.5, 0.5));
        assertThat(a.isJailed()).isFalse();
        assertThat(a.slashingHistoryCount()).isEqualTo(1);
    }

    @Test
    void transactionsFollowTheRegressionOnProcessedRelays() {
        s.setRelays(s.totalRelays(), 1e6);
        JailingSlashing.transactions(s);
        assertThat(s.nTransactions()).isEqualTo(Math.floor(36692.90516650191 + 0.8457022264621301 * 1e6));
    }
}
