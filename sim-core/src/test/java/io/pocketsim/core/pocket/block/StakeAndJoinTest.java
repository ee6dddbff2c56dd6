package io.pocketsim.core.pocket.block;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.core.pocket.Fixtures;
import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.Application;
import io.pocketsim.core.pocket.state.Gateway;
import io.pocketsim.core.pocket.state.InitialStates;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.PocketStateFixture;
import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import io.pocketsim.core.pocket.support.Samplers;
import java.util.List;
import org.junit.jupiter.api.Test;

class StakeAndJoinTest {
    private final PocketRunParameters base = Fixtures.base();

    @Test
    void servicersTopUpToTheMinimumFromHoldings() {
        PocketState s = Fixtures.empty();
        Servicer poor = Fixtures.servicer(s, 0, 10000e6);
        PocketStateFixture.setHoldings(poor, 2000e6);
        Servicer rich = Fixtures.servicer(s, 0, 14000e6);
        StakeTopUps.servicers(base, s);
        assertThat(poor.stakedPokt()).isEqualTo(12000e6);
        assertThat(poor.poktHoldings()).isZero();
        assertThat(poor.stakedPoktTotalInflow()).isEqualTo(12000e6);
        assertThat(rich.stakedPokt()).isEqualTo(15000e6);
        assertThat(rich.poktHoldings()).isEqualTo(1e12 - 1000e6);
    }

    @Test
    void gatewayTargetIsTheMinimumOrTheStakePerDelegatingApplication() {
        assertThat(StakeTopUps.gatewayTarget(base, 20)).isEqualTo(150000e6);
        assertThat(StakeTopUps.gatewayTarget(base, 30)).isEqualTo(15000e6 * 30 * 0.5);
        PocketState s = Fixtures.empty();
        Gateway p1 = Fixtures.gateway(s, 15000e6);
        PocketStateFixture.setHoldings(p1, 15000e6);
        StakeTopUps.gateways(base, s);
        // the initial gateway P1 can only reach 30000e6: under-staked from day 1
        assertThat(p1.stakedPokt()).isEqualTo(30000e6);
        assertThat(p1.poktHoldings()).isZero();
    }

    @Test
    void applicationTargetUsesTheMintingRate() {
        // Base: 1.2 * 1.5e6 * 24 * 161.29 = 6.97e9 < 1.2 * 15000e6
        assertThat(StakeTopUps.applicationTarget(base, 161.29)).isEqualTo(18000e6);
        PocketRunParameters big = Fixtures.base("relays_per_session_gamma_distribution_scale", 3e6);
        assertThat(StakeTopUps.applicationTarget(big, 161.29)).isEqualTo(1.2 * (5 * 3e6) * 24 * 161.29);
        PocketState s = Fixtures.empty();
        s.setFeeRates(161.29, s.gatewayFeePerRelay(), s.applicationFeePerRelay());
        Application a = Fixtures.app(s, 0, 1000e6, 1);
        PocketStateFixture.setHoldings(a, 5000e6);
        StakeTopUps.applications(base, s);
        assertThat(a.stakedPokt()).isEqualTo(6000e6);
        assertThat(a.poktHoldings()).isZero();
    }

    @Test
    void applicationStakeTargetCorrectionPricesRelaysAtTheApplicationFee() {
        PocketRunParameters big = Fixtures.params("Base", "relays_per_session_gamma_distribution_scale", 3e6,
                "corrections", List.of("application_stake_target_fee"));
        PocketState s = Fixtures.empty();
        s.setFeeRates(161.29, s.gatewayFeePerRelay(), 34.275);
        Application a = Fixtures.app(s, 0, 1000e6, 1);
        PocketStateFixture.setHoldings(a, 1e13);
        StakeTopUps.applications(big, s);
        // 1.2 * (5 * 3e6) * 24 * 34.275 = 1.48068e10 < 1.8e10: the minimum-stake floor binds
        assertThat(a.stakedPokt()).isEqualTo(18000e6);
        PocketRunParameters huge = Fixtures.params("Base", "relays_per_session_gamma_distribution_scale", 3e7,
                "corrections", List.of("application_stake_target_fee"));
        StakeTopUps.applications(huge, s);
        assertThat(a.stakedPokt()).isEqualTo(1.2 * (5 * 3e7) * 24 * 34.275);
        // the original prices the same relays at the RTTM
        PocketRunParameters original = Fixtures.params("Base", "relays_per_session_gamma_distribution_scale", 3e7);
        StakeTopUps.applications(original, s);
        assertThat(a.stakedPokt()).isEqualTo(1.2 * (5 * 3e7) * 24 * 161.29);
    }

    @Test
    void joinStakeFromHoldingsCorrectionDeductsTheStake() {
        PocketRunParameters fixed = Fixtures.corrected(Correction.JOIN_STAKE_FROM_HOLDINGS);
        PocketState plain = InitialStates.build("Test", Fixtures.FLAT); // 5 servicers, 3 applications
        PocketState corrected = InitialStates.build("Test", Fixtures.FLAT);
        // the same seed draws the same holdings in both states
        Samplers r1 = Fixtures.samplers(Fixtures.seeded(8), base);
        Samplers r2 = Fixtures.samplers(Fixtures.seeded(8), fixed);
        // the same calls on both states: the deduction draws nothing, so the two streams stay in step
        for (int i = 0; i < 100 && (plain.servicers().size() < 6 || plain.applications().size() < 4); i++) {
            if (plain.servicers().size() < 6) {
                Joins.servicer(base, plain, r1);
                Joins.servicer(fixed, corrected, r2);
            }
            if (plain.applications().size() < 4) {
                Joins.application(base, plain, r1);
                Joins.application(fixed, corrected, r2);
            }
        }
        assertThat(plain.servicers()).hasSize(6);
        assertThat(corrected.servicers()).hasSize(6);
        assertThat(plain.applications()).hasSize(4);
        assertThat(corrected.applications()).hasSize(4);
        Servicer xs = plain.servicers().get(5);
        Servicer ys = corrected.servicers().get(5);
        assertThat(ys.stakedPokt()).isEqualTo(xs.stakedPokt()).isEqualTo(15000e6);
        assertThat(ys.poktHoldings()).isEqualTo(xs.poktHoldings() - 15000e6);
        Application xa = plain.applications().get(3);
        Application ya = corrected.applications().get(3);
        assertThat(ya.stakedPokt()).isEqualTo(xa.stakedPokt()).isEqualTo(18000e6);
        assertThat(ya.poktHoldings()).isEqualTo(xa.poktHoldings() - 18000e6);
    }

    @Test
    void joinsNeedAUniformStrictlyAboveCountOverMaximum() {
        PocketState s = InitialStates.build("Base", Fixtures.FLAT); // 10 servicers of max 20
        ScriptedRng rng = new ScriptedRng(0.5, 0.5, 0.04, 0.15); // 0.5 > 10/20 is false
        Samplers r = Fixtures.samplers(rng, base);
        Joins.servicer(base, s, r);
        Joins.service(base, s, r); // 0.5 > 8/10 false
        Joins.gateway(base, s, r); // 0.04 > 1/25 false
        Joins.application(base, s, r); // 0.15 > 3/20 false
        assertThat(rng.remaining()).isZero();
        assertThat(s.servicers()).hasSize(10);
        assertThat(s.services()).hasSize(8);
        assertThat(s.gateways()).hasSize(1);
        assertThat(s.applications()).hasSize(3);
    }

    @Test
    void joinedEntitiesHaveTheOriginalsInitialValues() {
        PocketState s = InitialStates.build("Base", Fixtures.FLAT);
        PocketStateFixture.setHeight(s, 3 * 86400);
        Samplers r = Fixtures.samplers(Fixtures.seeded(5), base);
        for (int i = 0; i < 200 && (s.servicers().size() < 11 || s.applications().size() < 4
                || s.services().size() < 9 || s.gateways().size() < 2); i++) {
            if (s.servicers().size() < 11) {
                Joins.servicer(base, s, r);
            }
            if (s.services().size() < 9) {
                Joins.service(base, s, r);
            }
            if (s.gateways().size() < 2) {
                Joins.gateway(base, s, r);
            }
            if (s.applications().size() < 4) {
                Joins.application(base, s, r);
            }
        }
        Servicer x = s.servicers().get(10);
        assertThat(x.id()).isEqualTo(15);
        assertThat(x.stakedPokt()).isEqualTo(15000e6);
        assertThat(x.stakedPoktTotalInflow()).isEqualTo(15000e6);
        assertThat(x.poktHoldings()).isGreaterThanOrEqualTo(1.5e12);
        assertThat(x.qos()).isBetween(0.7, 1.0);
        Service service = s.services().get(8);
        assertThat(service.joinHeight()).isEqualTo(3 * 86400);
        assertThat(service.name()).isEqualTo("ABC");
        Gateway g = s.gateways().get(1);
        assertThat(g.stakedPokt()).isEqualTo(150000e6);
        assertThat(g.poktHoldings()).isEqualTo(1.5e12);
        Application a = s.applications().get(3);
        assertThat(a.stakedPokt()).isEqualTo(18000e6);
        assertThat(a.numberOfServices()).isBetween(1, 3);
        assertThat(a.delegate()).isNull();
    }

    @Test
    void noGatewayJoinsWhenTheMinimumStakeExceedsTheHardCodedJoinStake() {
        PocketRunParameters p = Fixtures.base("gateway_minimum_stake", 200000e6);
        PocketState s = Fixtures.empty();
        ScriptedRng rng = new ScriptedRng(0.99);
        Joins.gateway(p, s, Fixtures.samplers(rng, p));
        assertThat(rng.remaining()).isZero();
        assertThat(s.gateways()).isEmpty();
    }

    @Test
    void serviceJoinsOffDrawNothing() {
        PocketRunParameters p = Fixtures.base("service_join_function", "off");
        PocketState s = Fixtures.empty();
        Joins.service(p, s, Fixtures.samplers(new ScriptedRng(), p));
        assertThat(s.services()).isEmpty();
    }
}
