package io.pocketsim.core.pocket.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pocketsim.core.pocket.Fixtures;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.Application;
import io.pocketsim.core.pocket.state.Gateway;
import io.pocketsim.core.pocket.state.InitialStates;
import io.pocketsim.core.pocket.state.Links;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.PocketStateFixture;
import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelaySessionsTest {
    // ten relays per session ("test" request function), V1 session policy with all its caps
    private final PocketRunParameters tenRelays = Fixtures.base("submit_relay_requests_function", "test",
            "average_session_per_application", 1.0);
    private PocketState s;
    private Servicer x0;
    private Servicer x1;
    private Servicer x2;
    private Service service;
    private Application app;

    @BeforeEach
    void threeServicersOneServiceOneApplication() {
        s = Fixtures.empty();
        x0 = Fixtures.servicer(s, 0, 15000e6);
        x1 = Fixtures.servicer(s, 1, 15000e6);
        x2 = Fixtures.servicer(s, 2, 15000e6);
        service = Fixtures.service(s);
        app = Fixtures.app(s, 2, 18000e6, 3);
        s.setFeeRates(s.relaysToTokensMultiplier(), 27.42, 34.275);
    }

    // script of one session: application, three servicer picks (partial Fisher-Yates), service
    private ScriptedRng session() {
        return new ScriptedRng(0, 2, 0, 0, 0);
    }

    private void run(PocketRunParameters p, ScriptedRng rng) {
        RelaySessions.run(p, s, Fixtures.samplers(rng, p));
        assertThat(rng.remaining()).as("unused scripted draws").isZero();
    }

    @Test
    void firstSampledServicerGetsTheRemainderAndTheApplicationPaysFromStake() {
        run(tenRelays, session());
        assertThat(s.totalRelays()).isEqualTo(10);
        assertThat(s.processedRelays()).isEqualTo(10);
        // sampled order x2, x1, x0: 10 // 3 = 3 each, x2 first gets 3 + 10 % 3 = 4
        assertThat(s.relayLog().servicerSize()).isEqualTo(3);
        assertThat(logOf(x2)).isEqualTo(4);
        assertThat(logOf(x1)).isEqualTo(3);
        assertThat(logOf(x0)).isEqualTo(3);
        assertThat(s.relayLog().size()).isEqualTo(1);
        assertThat(s.relayLog().service(0)).isSameAs(service);
        assertThat(s.relayLog().zone(0)).isEqualTo(2); // the application's zone
        assertThat(s.relayLog().relays(0)).isEqualTo(10);
        assertThat(app.stakedPokt()).isEqualTo(18000e6 - 10 * 34.275);
        // the fee vanishes: neither burned nor minted
        assertThat(s.floatingSupply()).isEqualTo(InitialStates.FLOATING_SUPPLY);
        assertThat(s.poktBurned()).isZero();
    }

    @Test
    void shutDownServicersLoseTheirShareButTheRequesterPaysForAll() {
        x2.shutDown();
        run(tenRelays, session());
        assertThat(s.totalRelays()).isEqualTo(10);
        assertThat(s.processedRelays()).isEqualTo(6);
        assertThat(s.relayLog().relays(0)).isEqualTo(6);
        assertThat(Fixtures.loggedRelays(s, x2)).isNaN();
        assertThat(s.relayLog().servicerSize()).isEqualTo(2);
        assertThat(app.stakedPokt()).isEqualTo(18000e6 - 10 * 34.275);
    }

    @Test
    void servedRelaysOnlyCorrectionBillsTheServedRelays() {
        PocketRunParameters p = Fixtures.base("submit_relay_requests_function", "test", "average_session_per_application", 1.0,
                "corrections", List.of("fees_for_served_relays_only"));
        x2.shutDown(); // x2 is sampled first and would serve 4 of the 10 relays
        run(p, session());
        assertThat(s.totalRelays()).isEqualTo(10);
        assertThat(s.processedRelays()).isEqualTo(6);
        assertThat(app.stakedPokt()).isEqualTo(18000e6 - 6 * 34.275); // the original charges 10 relays
    }

    @Test
    void servedRelaysOnlyCorrectionBillsTheGatewayForTheServedRelays() {
        PocketRunParameters p = Fixtures.base("submit_relay_requests_function", "test", "average_session_per_application", 1.0,
                "corrections", List.of("fees_for_served_relays_only", "relay_fee_burn"));
        Gateway g = Fixtures.gateway(s, 150000e6);
        Links.delegate(app, g);
        x0.shutDown(); // x0 is sampled last: 3 of the 10 relays are lost
        run(p, session());
        assertThat(g.feesPaid()).isEqualTo(7 * 27.42);
        assertThat(g.relaysServed()).isEqualTo(7);
        assertThat(g.stakedPokt()).isEqualTo(150000e6 - 7 * 27.42);
        assertThat(s.poktBurned()).isEqualTo(7 * 27.42); // what is burned is what was billed
    }

    @Test
    void delegatedSessionsAreChargedToTheGatewayAtTheGatewayFee() {
        Gateway g = Fixtures.gateway(s, 150000e6);
        Links.delegate(app, g);
        x0.shutDown();
        run(tenRelays, session());
        assertThat(g.feesPaid()).isEqualTo(10 * 27.42);
        assertThat(g.relaysServed()).isEqualTo(7);
        assertThat(g.stakedPokt()).isEqualTo(150000e6 - 10 * 27.42);
        assertThat(app.stakedPokt()).isEqualTo(18000e6);
    }

    @Test
    void tokenBucketCapsRelaysByApplicationStake() {
        Links.delegate(app, Fixtures.gateway(s, 150000e6)); // the gateway's fee cap does not bind
        PocketStateFixture.setStake(app, 0.05); // int(0.05 * 100) = 5 relays
        run(tenRelays, session());
        assertThat(s.totalRelays()).isEqualTo(5);
        // 5 // 3 = 1, first gets 1 + 2
        assertThat(logOf(x2)).isEqualTo(3);
        assertThat(logOf(x0)).isEqualTo(1);
    }

    @Test
    void feeCapUsesTheApplicationStakeOrTheGatewayStake() {
        PocketStateFixture.setStake(app, 100); // 100 // 34.275 = 2
        run(tenRelays, session());
        assertThat(s.totalRelays()).isEqualTo(2);
        assertThat(app.stakedPokt()).isCloseTo(100 - 2 * 34.275, within(1e-12));

        Gateway g = Fixtures.gateway(s, 100); // 100 // 27.42 = 3
        Links.delegate(app, g);
        PocketStateFixture.setStake(app, 18000e6);
        run(tenRelays, session());
        assertThat(s.totalRelays()).isEqualTo(3);
        assertThat(g.stakedPokt()).isCloseTo(100 - 3 * 27.42, within(1e-12));
    }

    @Test
    void sessionWithoutRelaysChangesNothing() {
        PocketStateFixture.setStake(app, 0);
        run(tenRelays, session());
        assertThat(s.totalRelays()).isZero();
        assertThat(s.processedRelays()).isZero();
        assertThat(s.relayLog().size()).isZero();
        assertThat(s.relayLog().servicerSize()).isZero();
        assertThat(s.relayLog().isPresent()).isTrue();
    }

    @Test
    void shutDownServiceCountsRequestedRelaysButServesAndChargesNothing() {
        service.shutDown();
        run(tenRelays, session());
        assertThat(s.totalRelays()).isEqualTo(10);
        assertThat(s.processedRelays()).isZero();
        assertThat(s.relayLog().size()).isZero();
        assertThat(app.stakedPokt()).isEqualTo(18000e6);
    }

    @Test
    void relayMultiplierAppliesBeforeTheCaps() {
        service.setRelayMultiplier(2);
        run(tenRelays, session());
        assertThat(s.totalRelays()).isEqualTo(20);
        Links.delegate(app, Fixtures.gateway(s, 150000e6));
        PocketStateFixture.setStake(app, 0.15); // bucket int(15) caps the doubled 20
        run(tenRelays, session());
        assertThat(s.totalRelays()).isEqualTo(15);
    }

    @Test
    void relayFeeBurnCorrectionBurnsTheFee() {
        PocketRunParameters p = Fixtures.base("submit_relay_requests_function", "test", "average_session_per_application", 1.0,
                "corrections", List.of("relay_fee_burn"));
        run(p, session());
        assertThat(s.poktBurned()).isEqualTo(10 * 34.275);
        assertThat(s.floatingSupply()).isEqualTo(InitialStates.FLOATING_SUPPLY - 10 * 34.275);
        assertThat(app.stakedPokt()).isEqualTo(18000e6 - 10 * 34.275);
    }

    @Test
    void sessionsWithoutServicersServeNothingInsteadOfFailing() {
        PocketStateFixture.removeAllServicers(s);
        run(tenRelays, new ScriptedRng(0, 0)); // application, service
        assertThat(s.totalRelays()).isEqualTo(10);
        assertThat(s.processedRelays()).isZero();
        assertThat(app.stakedPokt()).isEqualTo(18000e6);
    }

    @Test
    void testSessionPolicySamplesOnlyUnjailedServicersAndIgnoresCaps() {
        PocketRunParameters p = Fixtures.base("submit_relay_requests_function", "test", "submit_relay_requests_policy_function",
                "test", "average_session_per_application", 1.0);
        x1.jail(s.height());
        PocketStateFixture.setStake(app, 0); // would cap V1 sessions at 0
        Application two = app;
        PocketStateFixture.replaceApplication(s, 0, 99, 2, 0, 0, 2, false);
        run(p, new ScriptedRng(0, 1, 0, 0)); // app; picks among [x0, x2]: index 1 (x2) then x0; service
        assertThat(s.totalRelays()).isEqualTo(10);
        assertThat(logOf(x2)).isEqualTo(5);
        assertThat(logOf(x0)).isEqualTo(5);
        assertThat(Fixtures.loggedRelays(s, x1)).isNaN();
        assertThat(two.stakedPokt()).isZero();
    }

    @Test
    void servicersOfASessionAreDistinctAndEquallyLikely() {
        // five servicers, every session asks for all five: 10 relays split 2 each exactly when they are distinct
        Servicer x3 = Fixtures.servicer(s, 3, 15000e6);
        Servicer x4 = Fixtures.servicer(s, 4, 15000e6);
        PocketStateFixture.replaceApplication(s, 0, 98, 0, 1e12, 1e12, 5, false);
        PocketRunParameters p = Fixtures.base("submit_relay_requests_function", "test", "average_session_per_application",
                1000.0);
        RelaySessions.run(p, s, Fixtures.samplers(Fixtures.seeded(1), p));
        for (Servicer sv : List.of(x0, x1, x2, x3, x4)) {
            assertThat(logOf(sv)).isEqualTo(2000);
        }
        // two of five, 11 relays: the first gets 6, the second 5; each servicer is first or second equally often
        PocketStateFixture.replaceApplication(s, 0, 97, 0, 1e12, 1e12, 2, false);
        PocketRunParameters many = Fixtures.base("submit_relay_requests_function", "test", "average_session_per_application",
                20000.0);
        RelaySessions.run(many, s, Fixtures.samplers(Fixtures.seeded(2), many));
        double expected = 20000 * 10 / 5.0; // each servicer is in a session with probability 2/5
        for (Servicer sv : List.of(x0, x1, x2, x3, x4)) {
            // count of inclusions ~ Binomial(20000, 0.4): sd 69 sessions = 346 relays; 5 sd
            assertThat(logOf(sv)).isCloseTo(expected, within(1750.0));
        }
    }

    @Test
    void gammaRelayCountsHaveTheConfiguredMean() {
        PocketRunParameters p = Fixtures.base("average_session_per_application", 20000.0, "session_token_bucket_coefficient",
                1e6);
        PocketStateFixture.setStake(app, 1e15);
        RelaySessions.run(p, s, Fixtures.samplers(Fixtures.seeded(3), p));
        // int(Gamma(5, 300000)): mean 1.5e6 - ~0.5, sd sqrt(5) * 300000 = 670820; standard error 4743
        assertThat(s.totalRelays() / 20000).isCloseTo(1.5e6, within(4 * 4743.0));
        assertThat(s.totalRelays() % 1).isZero();
    }

    @Test
    void logsRestartEveryDayAndBalanceExactly() {
        PocketRunParameters p = Fixtures.base("average_session_per_application", 50.0);
        for (int day = 0; day < 3; day++) {
            RelaySessions.run(p, s, Fixtures.samplers(Fixtures.seeded(10 + day), p));
            double relayLog = 0;
            for (int i = 0; i < s.relayLog().size(); i++) {
                relayLog += s.relayLog().relays(i);
            }
            double servicerLog = 0;
            for (int i = 0; i < s.relayLog().servicerSize(); i++) {
                servicerLog += s.relayLog().servicerRelays(i);
            }
            assertThat(relayLog).isEqualTo(s.processedRelays());
            assertThat(servicerLog).isEqualTo(s.processedRelays());
            assertThat(s.processedRelays()).isPositive().isLessThanOrEqualTo(s.totalRelays());
            PocketStateFixture.setStake(app, 18000e6);
        }
    }

    private double logOf(Servicer sv) {
        double relays = Fixtures.loggedRelays(s, sv);
        assertThat(relays).as("log entry of " + sv).isNotNaN();
        return relays;
    }
}
