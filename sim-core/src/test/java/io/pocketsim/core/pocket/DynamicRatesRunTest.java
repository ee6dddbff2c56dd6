package io.pocketsim.core.pocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pocketsim.core.engine.RunResult;
import io.pocketsim.core.engine.RunSpec;
import io.pocketsim.core.engine.Simulation;
import io.pocketsim.core.pocket.oracle.ParametricReturnSource;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.random.RunIdentity;
import org.junit.jupiter.api.Test;

/**
 * BaseDynamic over a whole seeded run, with sessions large enough (gamma shape 100: 3e7 relays per session) that
 * the daily relays cross the bootstrap ranges of §6 (RTTM: 1.5..10 billion relays a day, GFPR: 3..20 billion). Every
 * recorded RTTM, GFPR and AFPR must equal the spec's formulas evaluated on the recorded inputs: today's price,
 * yesterday's processed relays (1 billion when there are none) and yesterday's floating supply. The expectations are
 * written as the spec's USD interpolation, not as the code's a·x + b form.
 */
class DynamicRatesRunTest {
    private static final double RELATIVE = 1e-9;

    private final Simulation<PocketState, PocketRunParameters> sim =
            new Simulation<>(new PocketModel(ParametricReturnSource.pokt()),
                    io.pocketsim.core.pocket.kpi.PocketObservers.recorderOnly());

    /** Linear interpolation of {@code y0..y1} over {@code x0..x1}, clamped outside. */
    private static double interpolate(double x, double x0, double x1, double y0, double y1) {
        double c = Math.min(Math.max(x, x0), x1);
        return y0 + (y1 - y0) * (c - x0) / (x1 - x0);
    }

    @Test
    void recordedRatesFollowPriceAndYesterdaysRelays() {
        PocketRunParameters p = Fixtures.params("BaseDynamic", "relays_per_session_gamma_distribution_shape", 100.0);
        RunResult r = sim.run(new RunSpec<>(new RunIdentity("BaseDynamic", 1, 1), p, "Base", 365, 7L));
        boolean sawRttmUnwind = false;
        boolean sawGfprUnwind = false;
        for (int t = 1; t <= 365; t++) {
            double price = r.value(t, "pokt_price_oracle"); // USD per uPOKT, already today's
            double processed = r.value(t - 1, "processed_relays");
            double billions = Double.isNaN(processed) || processed == 0 ? 1 : processed / 1e9;
            double gfprUsd = interpolate(billions, 3, 20, 0.85e-6, 1.971e-6);
            double rttmUsd = interpolate(billions, 1.5, 10, 5e-6, 1.971e-6 * 0.75);
            double gfpr = gfprUsd / price; // USD per relay / USD per uPOKT = uPOKT per relay
            double cap = 0.05 * r.value(t - 1, "floating_supply") / (billions * 1e9 * 365.2) * 1e6 + gfpr;
            double rttm = Math.min(rttmUsd / price, cap);
            assertThat(r.value(t, "gateway_fee_per_relay")).as("day %d", t).isCloseTo(gfpr, within(gfpr * RELATIVE));
            assertThat(r.value(t, "relays_to_tokens_multiplier")).as("day %d", t)
                    .isCloseTo(rttm, within(rttm * RELATIVE));
            assertThat(r.value(t, "application_fee_per_relay")).as("day %d", t)
                    .isCloseTo(1.25 * gfpr, within(gfpr * RELATIVE));
            assertThat(cap).isGreaterThan(rttmUsd / price); // the cap never binds (quirk §9.7)
            sawRttmUnwind |= billions > 1.5 && billions < 10;
            sawGfprUnwind |= billions > 3 && billions < 20;
        }
        // the run really crossed the interpolated ranges, so the check is not only about the bootstrap plateau
        assertThat(sawRttmUnwind).isTrue();
        assertThat(sawGfprUnwind).isTrue();
    }

    @Test
    void moreRelaysLowerTheRttmInUsdAndRaiseTheGfpr() {
        PocketRunParameters p = Fixtures.params("BaseDynamic", "relays_per_session_gamma_distribution_shape", 100.0);
        RunResult r = sim.run(new RunSpec<>(new RunIdentity("BaseDynamic", 1, 2), p, "Base", 365, 7L));
        double firstRttmUsd = r.value(1, "relays_to_tokens_multiplier") * r.value(1, "pokt_price_oracle");
        double firstGfprUsd = r.value(1, "gateway_fee_per_relay") * r.value(1, "pokt_price_oracle");
        double lastRttmUsd = r.value(365, "relays_to_tokens_multiplier") * r.value(365, "pokt_price_oracle");
        double lastGfprUsd = r.value(365, "gateway_fee_per_relay") * r.value(365, "pokt_price_oracle");
        assertThat(firstRttmUsd).isCloseTo(5e-6, within(1e-15)); // day 1: no relays yet, R = 1
        assertThat(firstGfprUsd).isCloseTo(0.85e-6, within(1e-15));
        assertThat(lastRttmUsd).isLessThan(firstRttmUsd);
        assertThat(lastGfprUsd).isGreaterThan(firstGfprUsd);
    }
}
