package io.pocketsim.core.pocket.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pocketsim.core.pocket.Fixtures;
import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.InitialStates;
import io.pocketsim.core.pocket.state.Links;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.PocketStateFixture;
import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RewardsTest {
    private final PocketRunParameters base = Fixtures.base();
    private PocketState s;
    private Service service;
    private Servicer a;
    private Servicer b;
    private Servicer otherZone;
    private Servicer unlinked;
    private Servicer jailed;

    @BeforeEach
    void servicersAroundOneService() {
        s = Fixtures.empty();
        service = Fixtures.service(s);
        a = Fixtures.servicer(s, 0, 15000e6, 0.8);
        b = Fixtures.servicer(s, 0, 15000e6, 0.9);
        otherZone = Fixtures.servicer(s, 1, 15000e6);
        unlinked = Fixtures.servicer(s, 0, 15000e6);
        jailed = Fixtures.servicer(s, 0, 15000e6);
        jailed.jail(s.height());
        for (Servicer sv : new Servicer[]{a, b, otherZone, jailed}) {
            Links.link(service, sv);
        }
        s.setFeeRates(161.29, s.gatewayFeePerRelay(), s.applicationFeePerRelay());
    }

    private void log(Service sv, int zone, double relays) {
        s.relayLog().append(sv, zone, relays);
    }

    @Test
    void rewardIsMintedAndSplitAmongLinkedUnjailedServicersOfTheZone() {
        log(service, 0, 1000);
        Rewards.blockReward(base, s);
        // reward int(1000 * 161.29) = 161290: servicers 85 % = 137096.5, validator 5 %, DAO 10 %
        assertThat(s.poktMinted()).isEqualTo(161290);
        assertThat(s.validators().get(0).poktHoldings()).isEqualTo(8064.5);
        assertThat(s.dao().poktHoldings()).isEqualTo(16129);
        // two candidates, one bin each: per = 137096.5 // 2 = 68548, paid per * QoS, the rest burned
        assertThat(a.poktHoldings()).isEqualTo(1e12 + 68548 * 0.8);
        assertThat(a.totalRevenues()).isEqualTo(68548 * 0.8);
        assertThat(b.totalRevenues()).isEqualTo(68548 * 0.9);
        assertThat(otherZone.totalRevenues()).isZero();
        assertThat(unlinked.totalRevenues()).isZero();
        assertThat(jailed.totalRevenues()).isZero();
        assertThat(s.poktBurned()).isCloseTo(68548 * 0.2 + 68548 * 0.1, within(1e-6));
        // the 0.5 remainder is minted and owned by nobody
        assertThat(s.floatingSupply()).isCloseTo(InitialStates.FLOATING_SUPPLY + 161290 - s.poktBurned(), within(0.5));
        // revenue expectations start at the day's int(per * bin) for linked services
        assertThat(a.revenueExpectation(service)).isEqualTo(68548);
        assertThat(otherZone.revenueExpectation(service)).isZero();
        assertThat(unlinked.revenueExpectationCount()).isZero();
    }

    @Test
    void withoutACandidateInTheZoneEveryUnjailedServicerIsPaid() {
        log(service, 3, 1000);
        Rewards.blockReward(base, s);
        // a, b, otherZone and the unlinked servicer: 137096.5 // 4 = 34274 each
        for (Servicer sv : new Servicer[]{a, b, otherZone, unlinked}) {
            assertThat(sv.totalRevenues()).isEqualTo(34274 * sv.qos());
        }
        assertThat(jailed.totalRevenues()).isZero();
        // earnings of a service the servicer is not linked to are not remembered
        assertThat(unlinked.revenueExpectationCount()).isZero();
        assertThat(otherZone.revenueExpectation(service)).isEqualTo(34274);
    }

    @Test
    void stakeBinsEnlargeTheDivisorButNotThePaymentUnlessCorrected() {
        PocketStateFixture.setStake(a, 45000e6); // bin min(45000e6 // 15000e6, 4) = 3
        log(service, 0, 1000);
        Rewards.blockReward(base, s);
        // per = 137096.5 // (3 + 1) = 34274; paid per * QoS whatever the bin
        assertThat(a.totalRevenues()).isEqualTo(34274 * 0.8);
        assertThat(b.totalRevenues()).isEqualTo(34274 * 0.9);
        assertThat(a.revenueExpectation(service)).isEqualTo(3 * 34274);
    }

    @Test
    void stakeBinPaymentCorrectionPaysEachBin() {
        PocketStateFixture.setStake(a, 90000e6); // bin capped at 4
        log(service, 0, 1000);
        Rewards.blockReward(Fixtures.corrected(Correction.STAKE_BIN_PAYMENT), s);
        double per = 27419; // 137096.5 // (4 + 1)
        assertThat(a.totalRevenues()).isEqualTo(per * 4 * 0.8);
        assertThat(b.totalRevenues()).isEqualTo(per * 0.9);
        assertThat(s.poktBurned()).isCloseTo(per * 4 * 0.2 + per * 0.1, within(1e-6));
    }

    @Test
    void revenueExpectationsAreAnEwmaOverLinkedServices() {
        Service second = Fixtures.service(s);
        Links.link(second, a);
        log(service, 0, 1000);
        Rewards.blockReward(base, s);
        assertThat(a.revenueExpectation(service)).isEqualTo(68548);
        assertThat(a.revenueExpectation(second)).isZero();

        // next day: 2000 relays; reward 322580, servicer part 274193, per 137096
        s.relayLog().reset();
        log(service, 0, 2000);
        Links.unlink(second, a);
        Service third = Fixtures.service(s);
        Links.link(third, a);
        Rewards.blockReward(base, s);
        assertThat(a.revenueExpectation(service)).isCloseTo(0.9 * 68548 + 0.1 * 137096, within(1e-9));
        assertThat(a.revenueExpectation(second)).as("unlinked service dropped").isNaN();
        assertThat(a.revenueExpectation(third)).isZero();
        assertThat(a.revenueExpectationCount()).isEqualTo(2);
        assertThat(a.revenueExpectationSum()).isCloseTo(0.9 * 68548 + 0.1 * 137096, within(1e-9));
    }

    @Test
    void bucketsWithZeroRelaysStillRunAndPayNothing() {
        log(service, 0, 0);
        Rewards.blockReward(base, s);
        assertThat(s.poktMinted()).isZero();
        assertThat(a.totalRevenues()).isZero();
        assertThat(a.revenueExpectation(service)).isZero();
    }

    @Test
    void whenEveryServicerIsJailedTheServicerShareStaysUnpaid() {
        for (Servicer sv : s.servicers()) {
            sv.jail(s.height());
        }
        log(service, 0, 1000);
        Rewards.blockReward(base, s);
        assertThat(s.poktMinted()).isEqualTo(161290);
        assertThat(s.validators().get(0).poktHoldings()).isEqualTo(8064.5);
        assertThat(s.poktBurned()).isZero();
        assertThat(s.servicers()).allSatisfy(sv -> assertThat(sv.totalRevenues()).isZero());
    }

    @Test
    void transactionFeesGoToValidatorAndDaoWithoutMinting() {
        s.setTransactions(1000);
        Rewards.feeReward(base, s);
        assertThat(s.validators().get(0).poktHoldings()).isCloseTo(1000 * 0.01 * 0.1, within(1e-12));
        assertThat(s.dao().poktHoldings()).isCloseTo(1000 * 0.01 * 0.9, within(1e-12));
        assertThat(s.floatingSupply()).isEqualTo(InitialStates.FLOATING_SUPPLY);
        assertThat(s.poktMinted()).isZero();
    }

    @Test
    void transactionFeeMintCorrectionMintsTheFees() {
        s.setTransactions(1000);
        Rewards.feeReward(Fixtures.corrected(Correction.TRANSACTION_FEE_MINT), s);
        assertThat(s.validators().get(0).poktHoldings()).isCloseTo(1000 * 0.01 * 0.1, within(1e-12));
        assertThat(s.dao().poktHoldings()).isCloseTo(1000 * 0.01 * 0.9, within(1e-12));
        assertThat(s.floatingSupply()).isEqualTo(InitialStates.FLOATING_SUPPLY + 1000 * 0.01);
        assertThat(s.poktMinted()).isEqualTo(1000 * 0.01);
    }
}
