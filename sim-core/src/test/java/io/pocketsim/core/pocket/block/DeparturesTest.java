package io.pocketsim.core.pocket.block;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.core.pocket.Fixtures;
import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.Application;
import io.pocketsim.core.pocket.state.Gateway;
import io.pocketsim.core.pocket.state.Links;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.PocketStateFixture;
import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeparturesTest {
    private final PocketRunParameters base = Fixtures.base();

    private static void run(ScriptedRng rng, Runnable... steps) {
        for (Runnable r : steps) {
            r.run();
        }
        assertThat(rng.remaining()).isZero();
    }

    @Test
    void servicerUnderStakedAtTwoConsecutiveLeaveBlocksIsForcedOut() {
        PocketState s = Fixtures.empty();
        Servicer x = Fixtures.servicer(s, 0, 15000e6 - 15000);
        Service service = Fixtures.service(s);
        Links.link(service, x);
        // day 1: not in yesterday's list, so it draws (and stays); it ends the day under-staked
        ScriptedRng day1 = new ScriptedRng(0.5);
        run(day1, () -> Departures.servicers(base, s, Fixtures.samplers(day1, base)));
        assertThat(s.servicers()).containsExactly(x);
        assertThat(s.understakedServicers()).containsExactly(x);
        // day 2: still under the minimum: removed without a draw, unlinked from its services
        ScriptedRng day2 = new ScriptedRng();
        run(day2, () -> Departures.servicers(base, s, Fixtures.samplers(day2, base)));
        assertThat(s.servicers()).isEmpty();
        assertThat(service.servicers()).isEmpty();
        assertThat(x.services()).isEmpty();
        assertThat(s.understakedServicers()).isEmpty();
    }

    @Test
    void servicerToppedUpInBetweenDrawsAgainAndStays() {
        PocketState s = Fixtures.empty();
        Servicer x = Fixtures.servicer(s, 0, 15000e6 - 15000);
        ScriptedRng day1 = new ScriptedRng(0.5);
        Departures.servicers(base, s, Fixtures.samplers(day1, base));
        StakeTopUps.servicers(base, s);
        assertThat(x.stakedPokt()).isEqualTo(15000e6);
        ScriptedRng day2 = new ScriptedRng(0.5);
        run(day2, () -> Departures.servicers(base, s, Fixtures.samplers(day2, base)));
        assertThat(s.servicers()).containsExactly(x);
        assertThat(s.understakedServicers()).isEmpty();
        // random departure: strictly below the probability
        ScriptedRng day3 = new ScriptedRng(0.0149);
        run(day3, () -> Departures.servicers(base, s, Fixtures.samplers(day3, base)));
        assertThat(s.servicers()).isEmpty();
    }

    @Test
    void departingGatewayReleasesOnlyEverySecondDelegator() {
        PocketState s = Fixtures.empty();
        Gateway g = Fixtures.gateway(s, 150000e6);
        List<Application> apps = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Application a = Fixtures.app(s, 0, 18000e6, 1);
            Links.delegate(a, g);
            apps.add(a);
        }
        ScriptedRng rng = new ScriptedRng(0.0); // leaves at random
        run(rng, () -> Departures.gateways(base, s, Fixtures.samplers(rng, base)));
        assertThat(s.gateways()).isEmpty();
        assertThat(g.isDeparted()).isTrue();
        assertThat(apps.get(0).delegate()).isNull();
        assertThat(apps.get(2).delegate()).isNull();
        assertThat(apps.get(4).delegate()).isNull();
        // the skipped ones point at the ghost gateway, which still lists them
        assertThat(apps.get(1).delegate()).isSameAs(g);
        assertThat(apps.get(3).delegate()).isSameAs(g);
        assertThat(g.delegators()).containsExactly(apps.get(1), apps.get(3));
        // an application leaving later is removed from the ghost's list
        PocketStateFixture.setUnderstaked(apps.get(1), true);
        PocketStateFixture.setStake(apps.get(1), 0);
        ScriptedRng later = new ScriptedRng(0.5, 0.5, 0.5, 0.5);
        run(later, () -> Departures.applications(base, s, Fixtures.samplers(later, base)));
        assertThat(s.applications()).doesNotContain(apps.get(1));
        assertThat(g.delegators()).containsExactly(apps.get(3));
    }

    @Test
    void gatewayDepartureCorrectionReleasesEveryDelegator() {
        PocketState s = Fixtures.empty();
        Gateway g = Fixtures.gateway(s, 150000e6);
        for (int i = 0; i < 4; i++) {
            Links.delegate(Fixtures.app(s, 0, 18000e6, 1), g);
        }
        PocketRunParameters p = Fixtures.corrected(Correction.GATEWAY_DEPARTURE_RELEASES_ALL);
        Departures.gateways(p, s, Fixtures.samplers(new ScriptedRng(0.0), p));
        assertThat(s.applications()).allSatisfy(a -> assertThat(a.delegate()).isNull());
        assertThat(g.delegators()).isEmpty();
    }

    @Test
    void gatewayUnderTheMinimumAfterFeesOnTwoDaysIsForcedOut() {
        PocketState s = Fixtures.empty();
        Gateway g = Fixtures.gateway(s, 150000e6 - 274.2); // charged one session's fees
        Departures.gateways(base, s, Fixtures.samplers(new ScriptedRng(0.5), base));
        assertThat(s.understakedGateways()).containsExactly(g);
        StakeTopUps.gateways(base, s); // back to exactly the minimum ...
        assertThat(g.stakedPokt()).isEqualTo(150000e6);
        PocketStateFixture.setStake(g, g.stakedPokt() - 274.2); // ... and charged again the same day
        ScriptedRng day2 = new ScriptedRng();
        run(day2, () -> Departures.gateways(base, s, Fixtures.samplers(day2, base)));
        assertThat(s.gateways()).isEmpty();
    }

    @Test
    void leavingServiceIsUnlinkedFromItsServicers() {
        PocketState s = Fixtures.empty();
        Service keep = Fixtures.service(s);
        Service leave = Fixtures.service(s);
        Servicer x = Fixtures.servicer(s, 0, 15000e6);
        Links.link(keep, x);
        Links.link(leave, x);
        ScriptedRng rng = new ScriptedRng(0.5, 0.0024);
        run(rng, () -> Departures.services(base, s, Fixtures.samplers(rng, base)));
        assertThat(s.services()).containsExactly(keep);
        assertThat(x.services()).containsExactly(keep);
        assertThat(leave.servicers()).isEmpty();
    }
}
