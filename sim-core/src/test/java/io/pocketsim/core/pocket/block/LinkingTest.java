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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LinkingTest {
    private PocketState s;
    private Servicer x;
    private Service old;
    private Service joinedToday;

    @BeforeEach
    void oneServicerAnOldAndANewService() {
        s = Fixtures.empty();
        PocketStateFixture.setHeight(s, 5 * 86400);
        x = Fixtures.servicer(s, 0, 15000e6);
        old = Fixtures.service(s);
        joinedToday = s.addService("ABC", s.height());
    }

    /** Three new services, each linked to x: x is then above a service_max_number_link of 2. */
    private List<Service> threeNewLinksOfX() {
        List<Service> three = List.of(Fixtures.service(s), Fixtures.service(s), Fixtures.service(s));
        three.forEach(service -> Links.link(service, x));
        return three;
    }

    private void link(PocketRunParameters p, ScriptedRng rng) {
        Linking.serviceLinking(p, s, Fixtures.samplers(rng, p));
        assertThat(rng.remaining()).isZero();
    }

    @Test
    void originalAppliesTheNormalProbabilityToServicesThatJoinedToday() {
        // newest first: joinedToday uses 0.01 (normal), old uses 0.5 (just_joined)
        link(Fixtures.base(), new ScriptedRng(0.3, 0.3));
        assertThat(x.services()).containsExactly(old);
        assertThat(old.servicers()).containsExactly(x);
    }

    @Test
    void linkingProbabilitiesCorrectionSwapsThemBack() {
        link(Fixtures.corrected(Correction.SERVICE_LINKING_PROBABILITIES), new ScriptedRng(0.3, 0.3));
        assertThat(x.services()).containsExactly(joinedToday);
    }

    @Test
    void jailedServicersDoNotLink() {
        x.jail(s.height());
        link(Fixtures.base(), new ScriptedRng());
        assertThat(x.services()).isEmpty();
    }

    @Test
    void proposalsStopWhenTheLinkBudgetIsUsedUp() {
        PocketRunParameters p = Fixtures.base("service_max_number_link", 1.0, "service_linking_probability_normal", 1.0);
        link(p, new ScriptedRng(0.3)); // joinedToday accepted, budget 1 - 1 = 0: break before old
        assertThat(x.services()).containsExactly(joinedToday);
        link(p, new ScriptedRng()); // at the cap (equality): no draws at all
        assertThat(x.services()).containsExactly(joinedToday);
    }

    @Test
    void maxChainsServicerLimitsAcceptedProposals() {
        PocketRunParameters p = Fixtures.base("max_chains_servicer", 1.0, "service_linking_probability_normal", 1.0);
        link(p, new ScriptedRng(0.3, 0.3));
        assertThat(x.services()).containsExactly(joinedToday);
    }

    @Test
    void aServicerAboveTheLinkCapKeepsProposingUntilMaxChainsStopsIt() {
        // three links against service_max_number_link 2: budget -1 never reaches 0
        List<Service> three = threeNewLinksOfX();
        PocketRunParameters p = Fixtures.base("service_max_number_link", 2.0, "max_chains_servicer", 4.0);
        link(p, new ScriptedRng(0.001, 0.3)); // joinedToday (0.001 < 0.01) and old (0.3 < 0.5) proposed
        assertThat(x.services()).containsExactly(three.get(0), three.get(1), three.get(2), joinedToday);
    }

    @Test
    void linkBudgetCorrectionStopsAServicerAboveTheCap() {
        List<Service> three = threeNewLinksOfX();
        PocketRunParameters p = Fixtures.base("service_max_number_link", 2.0, "max_chains_servicer", 4.0,
                "corrections", List.of("link_budget_at_least"));
        link(p, new ScriptedRng()); // no proposal, no draw
        assertThat(x.services()).containsExactlyElementsOf(three);
    }

    @Test
    void testVariantLinksTheNewestUnlinkedServicesWithoutDrawing() {
        Service third = Fixtures.service(s);
        PocketRunParameters p = Fixtures.base("service_linking_function", "test", "service_max_number_link", 2.0);
        link(p, new ScriptedRng());
        assertThat(x.services()).containsExactly(third, joinedToday);
    }

    @Test
    void applicationsThatUseGatewaysDelegateToAUniformGateway() {
        Gateway g0 = Fixtures.gateway(s, 150000e6);
        Gateway g1 = Fixtures.gateway(s, 150000e6);
        Application user = PocketStateFixture.addApplication(s, 1, 0, 0, 18000e6, 1, true);
        Application direct = PocketStateFixture.addApplication(s, 2, 0, 0, 18000e6, 1, false);
        Application delegated = PocketStateFixture.addApplication(s, 3, 0, 0, 18000e6, 1, true);
        Links.delegate(delegated, g0);
        ScriptedRng rng = new ScriptedRng(1);
        Linking.gatewayDelegation(Fixtures.base(), s, Fixtures.samplers(rng, Fixtures.base()));
        assertThat(rng.remaining()).isZero();
        assertThat(user.delegate()).isSameAs(g1);
        assertThat(g1.delegators()).containsExactly(user);
        assertThat(direct.delegate()).isNull();
        assertThat(delegated.delegate()).isSameAs(g0);
    }

    @Test
    void testDelegationVariantDelegatesOddIds() {
        Gateway g = Fixtures.gateway(s, 150000e6);
        Application even = PocketStateFixture.addApplication(s, 4, 0, 0, 18000e6, 1, true);
        Application odd = PocketStateFixture.addApplication(s, 5, 0, 0, 18000e6, 1, false);
        PocketRunParameters p = Fixtures.base("gateway_delegation_function", "test");
        Linking.gatewayDelegation(p, s, Fixtures.samplers(new ScriptedRng(0), p));
        assertThat(even.delegate()).isNull();
        assertThat(odd.delegate()).isSameAs(g);
    }

    @Test
    void noGatewayNoDraw() {
        PocketStateFixture.addApplication(s, 1, 0, 0, 18000e6, 1, true);
        Linking.gatewayDelegation(Fixtures.base(), s, Fixtures.samplers(new ScriptedRng(), Fixtures.base()));
        assertThat(s.applications().get(0).delegate()).isNull();
    }
}
