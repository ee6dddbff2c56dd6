package io.pocketsim.core.pocket.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.pocketsim.core.pocket.Fixtures;
import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.Application;
import io.pocketsim.core.pocket.state.Gateway;
import io.pocketsim.core.pocket.state.InitialStates;
import io.pocketsim.core.pocket.state.Links;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.Servicer;
import io.pocketsim.core.pocket.support.Samplers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties of one served session (servicer_relay_policy and the payment, §4.6), run through the whole session loop,
 * over arbitrary relay counts, session sizes, shut-down servicers and payers: the work split gives the first sampled
 * servicer the remainder and adds up to n exactly; shut-down servicers' shares are lost; the relay log holds what was
 * served; and the payer is billed for all n relays (the original) or, with
 * {@link Correction#FEES_FOR_SERVED_RELAYS_ONLY}, for the served ones.
 */
class SessionBillingPropertyTest {
    private static final double GFPR = 27.42;
    private static final double AFPR = 34.275;

    @Test
    void splitLossAndBillingAddUp() {
        qt().withFixedSeed(11L).withExamples(400)
                .forAll(integers().between(1, 10_000_000), integers().between(1, 3), integers().between(0, 7),
                        booleans().all())
                .checkAssert((relays, k, shutMask, delegated) -> {
                    for (boolean servedOnly : new boolean[] {false, true}) {
                        check(relays, k, shutMask, delegated, servedOnly);
                    }
                });
    }

    private static void check(int relays, int k, int shutMask, boolean delegated, boolean servedOnly) {
        PocketState s = Fixtures.empty();
        Servicer[] sampled = new Servicer[k];
        for (int j = 0; j < k; j++) {
            sampled[j] = Fixtures.servicer(s, j, 15000e6);
            if ((shutMask >> j & 1) == 1) {
                sampled[j].shutDown();
            }
        }
        Fixtures.service(s);
        Application app = Fixtures.app(s, 1, 18000e6, k);
        Gateway g = Fixtures.gateway(s, 150000e6);
        if (delegated) {
            Links.delegate(app, g);
        }
        long split = relays / k;
        long lost = 0;
        for (int j = 0; j < k; j++) {
            long share = j == 0 ? split + relays % k : split;
            lost += sampled[j].isShutDown() ? share : 0;
        }
        long served = relays - lost;

        s.setFeeRates(s.relaysToTokensMultiplier(), GFPR, AFPR);
        PocketRunParameters p = Fixtures.base("average_session_per_application", 1.0, "corrections",
                servedOnly ? List.of(Correction.FEES_FOR_SERVED_RELAYS_ONLY.parameterName()) : List.of());
        // one session: the application, then each pick keeps the servicers in order, then the service; the gamma
        // draw is replaced by one that gives the chosen relay count
        ScriptedRng rng = new ScriptedRng(0);
        for (int j = 0; j < k; j++) {
            rng.then(0);
        }
        rng.then(0);

        RelaySessions.run(p, s, new Samplers(rng, () -> relays + 0.25));

        assertThat(rng.remaining()).isZero();
        assertThat(s.totalRelays()).isEqualTo(relays);
        double processed = s.processedRelays();

        assertThat(processed).isEqualTo(served);
        assertThat(s.relayLog().relays(0)).isEqualTo(served);
        double logged = 0;
        for (int i = 0; i < s.relayLog().servicerSize(); i++) {
            logged += s.relayLog().servicerRelays(i);
        }
        assertThat(logged).isEqualTo(served);
        if (!sampled[0].isShutDown()) {
            assertThat(Fixtures.loggedRelays(s, sampled[0])).isEqualTo(split + relays % k);
        }
        double billed = servedOnly ? served : relays;
        if (delegated) {
            assertThat(g.stakedPokt()).isEqualTo(150000e6 - billed * GFPR);
            assertThat(g.feesPaid()).isEqualTo(billed * GFPR);
            assertThat(g.relaysServed()).isEqualTo(served);
            assertThat(app.stakedPokt()).isEqualTo(18000e6);
        } else {
            assertThat(app.stakedPokt()).isEqualTo(18000e6 - billed * AFPR);
            assertThat(g.stakedPokt()).isEqualTo(150000e6);
        }
        // the fee is not burned without RELAY_FEE_BURN
        assertThat(s.poktBurned()).isZero();
        assertThat(s.floatingSupply()).isEqualTo(InitialStates.FLOATING_SUPPLY);
    }
}
