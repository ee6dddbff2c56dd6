package io.pocketsim.core.pocket.block;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.core.pocket.Fixtures;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.Application;
import io.pocketsim.core.pocket.state.Gateway;
import io.pocketsim.core.pocket.state.Links;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.PocketStateFixture;
import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnlinkingTest {
    private final PocketRunParameters base = Fixtures.base();
    private PocketState s;
    private Servicer x;
    private Service old;
    private Service joinedToday;

    @BeforeEach
    void servicerLinkedToAnOldAndANewService() {
        s = Fixtures.empty();
        PocketStateFixture.setHeight(s, 9 * 86400);
        x = Fixtures.servicer(s, 0, 15000e6);
        old = Fixtures.service(s);
        joinedToday = s.addService("ABC", s.height());
        Links.link(old, x);
        Links.link(joinedToday, x);
        // expectations after today's reward block: old 100, new 50
        x.tradeRevenueExpectations(new Service[]{old, joinedToday}, new double[]{100, 50}, 2, (keys, values) -> { });
    }

    private void unlink(ScriptedRng rng) {
        Unlinking.serviceUnlinking(base, s, Fixtures.samplers(rng, base));
        assertThat(rng.remaining()).isZero();
    }

    @Test
    void eachLinkDrawsAndTheLowestExpectationMayBeKickedOnAJoinDay() {
        unlink(new ScriptedRng(0.5, 0.5, 0.4)); // no random unlink; kick-bottom 0.4 < 0.5
        assertThat(x.services()).containsExactly(old);
        assertThat(joinedToday.servicers()).isEmpty();
    }

    @Test
    void kickBottomDoesNotDrawWhenTheBottomIsAlreadyProposed() {
        unlink(new ScriptedRng(0.5, 0.009));
        assertThat(x.services()).containsExactly(old);
    }

    @Test
    void kickBottomFailsItsDraw() {
        unlink(new ScriptedRng(0.009, 0.5, 0.5)); // old unlinked at random; kick-bottom draw 0.5 fails
        assertThat(x.services()).containsExactly(joinedToday);
    }

    @Test
    void withoutAJoinTodayThereIsNoKickBottom() {
        s.advanceDay(MetaBlock.HEIGHT_PER_DAY);
        unlink(new ScriptedRng(0.5, 0.5));
        assertThat(x.services()).containsExactly(old, joinedToday);
    }

    @Test
    void lowestExpectationIsTheFirstMinimumInInsertionOrder() {
        x.tradeRevenueExpectations(new Service[]{old, joinedToday}, new double[]{50, 50}, 2, (keys, values) -> { });
        assertThat(Unlinking.lowestExpectation(x)).isSameAs(old);
    }

    @Test
    void delegatedApplicationsUndelegateAtRandom() {
        Gateway g = Fixtures.gateway(s, 150000e6);
        Application a = Fixtures.app(s, 0, 18000e6, 1);
        Application b = Fixtures.app(s, 0, 18000e6, 1);
        Application c = Fixtures.app(s, 0, 18000e6, 1);
        Links.delegate(a, g);
        Links.delegate(c, g);
        ScriptedRng rng = new ScriptedRng(0.5, 0.0099); // b has no delegate: no draw
        Unlinking.gatewayUndelegation(base, s, Fixtures.samplers(rng, base));
        assertThat(rng.remaining()).isZero();
        assertThat(a.delegate()).isSameAs(g);
        assertThat(b.delegate()).isNull();
        assertThat(c.delegate()).isNull();
        assertThat(g.delegators()).containsExactly(a);
    }
}
