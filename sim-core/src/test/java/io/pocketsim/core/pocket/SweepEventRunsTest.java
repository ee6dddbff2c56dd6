package io.pocketsim.core.pocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pocketsim.core.engine.RunResult;
import io.pocketsim.core.engine.RunSpec;
import io.pocketsim.core.engine.Simulation;
import io.pocketsim.core.pocket.block.ScenarioEvent;
import io.pocketsim.core.pocket.oracle.DailyReturnModel;
import io.pocketsim.core.pocket.oracle.ReturnModelSource;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.random.RunIdentity;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole seeded runs of the Base state with each event type the original's sweeps use (model-spec.md §5.3, §5.4),
 * read back from the recorded columns: when the event acts, what it changes and for how long. The price model
 * returns exactly +1 % every day, so a frozen day and the distortion noise show exactly in the recorded price.
 */
class SweepEventRunsTest {
    private static final int EVENT_DAY = ScenarioEvent.EVENT_DAY;
    private static final int T = 365;
    private static final double DAILY_RETURN = 0.01;
    private static final double EXACT = 1e-12;
    private final PocketModel model = new PocketModel(new ReturnModelSource() {
        @Override
        public DailyReturnModel forBandwidth(double bandwidthFactor) {
            return rng -> DAILY_RETURN;
        }

        @Override
        public String description() {
            return "+1 % a day";
        }
    });
    private final Simulation<PocketState, PocketRunParameters> sim = new Simulation<>(model,
            io.pocketsim.core.pocket.kpi.PocketObservers.recorderOnly());

    private RunResult run(int runIndex, Object... overrides) {
        PocketRunParameters p = Fixtures.params("Base", overrides);
        return sim.run(new RunSpec<>(new RunIdentity("sweep-event", 1, runIndex), p, "Base", T, 2026L));
    }

    /**
     * service_shutdown_random_t{1,7,500}: the service shut in block 11 of day 182 serves nothing from day 183 until
     * the reset in block 11 of day 182 + k, so relays are lost (kpi_a < 1) only on days 183..182 + k, and nothing
     * else in Base loses relays (no servicer is shut down).
     */
    @ParameterizedTest
    @CsvSource({"service_shutdown_random_t1, 1", "service_shutdown_random_t7, 7", "service_shutdown_random_t500, 500"})
    void serviceShutdownLosesRelaysOnlyWhileTheServiceIsOff(String event, int days) {
        int lastLossDay = Math.min(EVENT_DAY + days, T);
        int runsLosingOnTheFirstDay = 0;
        for (int run = 1; run <= 6; run++) {
            RunResult r = run(run, "event", event);
            for (int t = 1; t <= T; t++) {
                double kpiA = r.value(t, "kpi_a");
                if (t > EVENT_DAY && t <= lastLossDay) {
                    assertThat(kpiA).as("run %d day %d", run, t).isLessThanOrEqualTo(1.0);
                } else {
                    assertThat(kpiA).as("run %d day %d", run, t).isEqualTo(1.0);
                }
            }
            // ~24 sessions per application a day over ~10 services: the shut one is (almost) always requested
            runsLosingOnTheFirstDay += r.value(EVENT_DAY + 1, "kpi_a") < 1 ? 1 : 0;
        }
        assertThat(runsLosingOnTheFirstDay).isGreaterThanOrEqualTo(5);
    }

    /** The day-t price return of a run. */
    private static double ret(RunResult r, int t) {
        return r.value(t, "pokt_price_oracle") / r.value(t - 1, "pokt_price_oracle") - 1;
    }

    /** oracle_shutdown: the recorded flag is 1 from day 182 on and the price never moves after day 182. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void oracleShutdownFreezesTheRecordedPriceForTheRestOfTheRun(int run) {
        RunResult r = run(run, "event", "oracle_shutdown");
        for (int t = 0; t <= T; t++) {
            assertThat(r.value(t, "oracle_shutdown")).as("day %d", t).isEqualTo(t >= EVENT_DAY ? 1.0 : 0.0);
            assertThat(r.value(t, "oracle_distortion")).isNaN();
        }
        for (int t = 1; t <= T; t++) {
            assertThat(ret(r, t)).as("day %d", t).isCloseTo(t <= EVENT_DAY ? DAILY_RETURN : 0, within(EXACT));
        }
    }

    /**
     * oracle_delay_poisson: k = Poisson(oracle_treatment_time_mean) is recorded on day 182 and counts down to 0 on
     * day 182 + k; the price is frozen on days 183..182 + k and moves again from day 183 + k. Over many runs k has the
     * treatment mean (Poisson: variance = mean); k = 0 freezes nothing.
     */
    @ParameterizedTest
    @ValueSource(doubles = {1, 10, 100})
    void poissonDelayCountsDownFromAPoissonDraw(double mean) {
        int runs = 40;
        double sum = 0;
        for (int run = 1; run <= runs; run++) {
            RunResult r = run(run, "event", "oracle_delay_poisson", "oracle_treatment_time_mean", mean);
            int k = (int) r.value(EVENT_DAY, "oracle_shutdown");
            assertThat(r.value(EVENT_DAY - 1, "oracle_shutdown")).isZero();
            for (int t = EVENT_DAY; t <= T; t++) {
                double expected = Math.max(k - (t - EVENT_DAY), 0);
                assertThat(r.value(t, "oracle_shutdown")).as("run %d day %d (k = %d)", run, t, k).isEqualTo(expected);
            }
            for (int t = 1; t <= T; t++) {
                boolean frozen = t > EVENT_DAY && t <= EVENT_DAY + k;
                assertThat(ret(r, t)).as("run %d day %d (k = %d)", run, t, k)
                        .isCloseTo(frozen ? 0 : DAILY_RETURN, within(EXACT));
            }
            sum += k;
        }
        // 5 standard errors of the mean of 40 Poisson draws
        assertThat(sum / runs).isCloseTo(mean, within(5 * Math.sqrt(mean / runs)));
    }

    /**
     * oracle_distortion_*_poisson: on day 182 the recorded duration k is drawn; on days 183..182 + k the daily return
     * is 1 % + N(mu, sigma) and the recorded remaining time counts down, then the return is 1 % again. A duration of
     * 0 never ends (quirk §9.16): the remaining time goes negative and every later day is distorted.
     */
    @ParameterizedTest
    @CsvSource({"oracle_distortion_positive_bias_low_noise_poisson, 0.05, 0.01",
            "oracle_distortion_negative_bias_high_noise_poisson, -0.05, 0.05",
            "oracle_distortion_unbiased_low_noise_poisson, 0, 0.01"})
    void poissonDistortionMovesThePriceForItsDrawnDays(String event, double mu, double sigma) {
        double sum = 0;
        int distortedDays = 0;
        int permanent = 0;
        for (int run = 1; run <= 30; run++) {
            RunResult r = run(run, "event", event, "oracle_treatment_time_mean", 1.0);
            int k = (int) r.value(EVENT_DAY, "oracle_distortion");
            int lastDistorted = k == 0 ? T : EVENT_DAY + k;
            permanent += k == 0 ? 1 : 0;
            for (int t = 1; t <= T; t++) {
                double noise = ret(r, t) - DAILY_RETURN;
                if (t > EVENT_DAY && t <= lastDistorted) {
                    sum += noise;
                    distortedDays++;
                    double remaining = EVENT_DAY + k - t; // k - 1, ..., then -1, -2, ... for k = 0
                    double recorded = r.value(t, "oracle_distortion");
                    if (remaining == 0) {
                        assertThat(recorded).as("run %d day %d", run, t).isNaN();
                    } else {
                        assertThat(recorded).as("run %d day %d", run, t).isEqualTo(remaining);
                    }
                } else {
                    assertThat(noise).as("run %d day %d", run, t).isCloseTo(0, within(EXACT));
                    if (t > EVENT_DAY) {
                        assertThat(r.value(t, "oracle_distortion")).isNaN();
                    }
                }
            }
        }
        // P(k = 0) = e^-1 for a mean of 1: some of the 30 runs are distorted for good
        assertThat(permanent).isBetween(3, 21);
        assertThat(sum / distortedDays).isCloseTo(mu, within(5 * sigma / Math.sqrt(distortedDays)));
    }

    /**
     * double_relays_k_services: from day 183 every session on a service with multiplier 2 asks for twice its gamma
     * draw, before the caps (which do not bind in Base). So the day's requested relays are
     * 24 × #applications × k·θ × (1 + m/N) in expectation, m of the N services being doubled. Checked on summed
     * relays before and after the event. Departing gateways release every delegator here, so no ghost gateway with a
     * drained stake caps the sessions (that quirk is tested elsewhere and would blur the expectation).
     */
    @ParameterizedTest
    @CsvSource({"double_relays_1_service, 1", "double_relays_5_services, 5"})
    void doubledServicesDoubleTheirSessionsRelays(String event, int k) {
        PocketRunParameters p = Fixtures.params("Base", "event", event,
                "corrections", List.of("gateway_departure_releases_all"));
        double meanPerSession = 5 * 300000;
        double[] actual = new double[2];
        double[] expected = new double[2];
        double[] undoubled = new double[2];
        for (long seed = 1; seed <= 3; seed++) {
            PocketState s = model.initialState(p, "Base", Fixtures.seeded(0));
            UniformRandomProvider rng = Fixtures.seeded(seed);
            for (int t = 1; t <= T; t++) {
                Fixtures.blocks(model, p, s, rng, 1, 5);
                int doubled = 0;
                for (Service service : s.services()) {
                    if (service.hasRelayMultiplier()) {
                        assertThat(service.relayMultiplier()).isEqualTo(2.0);
                        doubled++;
                    }
                }
                int period = t <= EVENT_DAY ? 0 : 1;
                if (period == 0) {
                    assertThat(doubled).as("day %d", t).isZero();
                } else {
                    assertThat(doubled).as("day %d", t).isBetween(0, k); // drawn with replacement; may leave
                }
                double sessions = p.averageSessionPerApplication() * s.applications().size();
                expected[period] += sessions * meanPerSession * (1 + (double) doubled / s.services().size());
                undoubled[period] += sessions * meanPerSession;
                Fixtures.blocks(model, p, s, rng, 6, 6);
                actual[period] += s.totalRelays();
                Fixtures.blocks(model, p, s, rng, 7, 11);
            }
        }
        // about 3 × 182 days × ~300 sessions of CV 0.45 each: the relative standard error is ~0.1 %
        assertThat(actual[0] / expected[0]).isCloseTo(1.0, within(0.01));
        assertThat(actual[1] / expected[1]).isCloseTo(1.0, within(0.01));
        // and the doubling is visible: 1 of ~10 services is +10 %, 5 draws hit ~4 distinct services, +40 %
        assertThat(actual[1] / undoubled[1]).isGreaterThan(1 + 0.02 * k);
    }
}
