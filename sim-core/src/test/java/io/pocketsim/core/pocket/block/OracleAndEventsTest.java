package io.pocketsim.core.pocket.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.pocketsim.core.pocket.Fixtures;
import io.pocketsim.core.pocket.PocketRecorder;
import io.pocketsim.core.pocket.parameters.PocketEvents;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import io.pocketsim.core.pocket.support.Samplers;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class OracleAndEventsTest {
    private static final double ONE_PERCENT = 0.01;

    /** Runs day t's price update (block 1) and event block (block 11) on a state with a +1 %/day price model. */
    private static final class Days {
        final PocketRunParameters p;
        final PocketState s = Fixtures.empty(rng -> ONE_PERCENT);
        final Samplers r;
        final List<Double> prices = new ArrayList<>();

        Days(PocketRunParameters p, UniformRandomProvider rng) {
            this.p = p;
            this.r = Fixtures.samplers(rng, p);
            for (int i = 0; i < 10; i++) {
                Fixtures.service(s);
            }
            prices.add(s.poktPriceOracle());
        }

        void runTo(int lastDay) {
            ScenarioEvent e = p.event() == null ? null : ScenarioEvent.of(p.event());
            while (s.day() < lastDay) {
                MetaBlock.updateTime(s);
                MetaBlock.updatePrice(s, r);
                prices.add(s.poktPriceOracle());
                ScenarioEvents.run(p, s, r, e, s.day());
            }
        }

        /** Whether the price moved by exactly the undistorted +1 % on day t. */
        boolean plain(int t) {
            return prices.get(t) == prices.get(t - 1) * (1 + ONE_PERCENT);
        }

        boolean frozen(int t) {
            return prices.get(t).equals(prices.get(t - 1));
        }
    }

    @Test
    void priceIsAMultiplicativeStepOfTheReturnModel() {
        Days d = new Days(Fixtures.base(), new ScriptedRng());
        d.runTo(3);
        assertThat(d.prices.get(3)).isCloseTo(6e-8 * Math.pow(1.01, 3), within(1e-20));
    }

    @Test
    void oracleShutdownFreezesThePriceFromTheDayAfterTheEventForever() {
        Days d = new Days(Fixtures.base("event", "oracle_shutdown"), new ScriptedRng());
        d.runTo(365);
        assertThat(d.plain(182)).isTrue();
        for (int t = 183; t <= 365; t++) {
            assertThat(d.frozen(t)).as("day %d", t).isTrue();
        }
        double[] row = new double[PocketRecorder.COLUMNS.size()];
        new PocketRecorder().record(365, d.s, row);
        assertThat(row[PocketRecorder.COLUMNS.indexOf("oracle_shutdown")]).isEqualTo(1.0);
    }

    @Test
    void constantDelayFreezesForItsDaysThenResumes() {
        Days d = new Days(Fixtures.base("event", "oracle_delay_constant_10"), new ScriptedRng());
        d.runTo(182);
        assertThat(d.s.oracleShutdown()).isEqualTo(10);
        d.runTo(183);
        assertThat(d.s.oracleShutdown()).isEqualTo(9);
        d.runTo(200);
        for (int t = 183; t <= 192; t++) {
            assertThat(d.frozen(t)).as("day %d", t).isTrue();
        }
        assertThat(d.plain(193)).isTrue();
        assertThat(d.s.oracleShutdown()).isEqualTo(PocketState.ORACLE_RUNNING);
    }

    @Test
    void poissonDelayOfZeroDoesNothing() {
        Days d = new Days(Fixtures.base("event", "oracle_delay_poisson", "oracle_treatment_time_mean", 0.0),
                new ScriptedRng());
        d.runTo(200);
        assertThat(d.plain(183)).isTrue();
        assertThat(d.s.oracleShutdown()).isEqualTo(PocketState.ORACLE_RUNNING);
    }

    @Test
    void poissonDelayDrawsItsDurationWithTheTreatmentMean() {
        double sum = 0;
        int runs = 2000;
        UniformRandomProvider rng = Fixtures.seeded(11);
        PocketRunParameters p = Fixtures.base("event", "oracle_delay_poisson", "oracle_treatment_time_mean", 10.0);
        Samplers r = Fixtures.samplers(rng, p);
        for (int i = 0; i < runs; i++) {
            PocketState s = Fixtures.empty();
            ScenarioEvents.fire(p, s, r, ScenarioEvent.of("oracle_delay_poisson"));
            sum += s.oracleShutdown();
        }
        assertThat(sum / runs).isCloseTo(10.0, within(4 * Math.sqrt(10.0 / runs)));
    }

    @Test
    void constantDistortionAltersTheReturnsForItsDaysThenClears() {
        Days d = new Days(Fixtures.base("event", "oracle_distortion_A_constant_30"), Fixtures.seeded(3));
        d.runTo(182);
        assertThat(d.s.isOracleDistorted()).isTrue();
        assertThat(d.s.oracleDistortionTime()).isEqualTo(30);
        d.runTo(240);
        assertThat(d.plain(182)).isTrue();
        for (int t = 183; t <= 212; t++) {
            assertThat(d.plain(t)).as("day %d distorted", t).isFalse();
        }
        assertThat(d.plain(213)).isTrue();
        assertThat(d.s.isOracleDistorted()).isFalse();
    }

    @Test
    void distortionNoiseHasTheEventsMeanAndSpread() {
        // positive bias, high noise: return factor 1 + 0.01 + N(0.05, 0.05)
        PocketRunParameters p = Fixtures.base("event", "oracle_distortion_positive_bias_high_noise_poisson");
        Samplers r = Fixtures.samplers(Fixtures.seeded(4), p);
        PocketState s = Fixtures.empty(rng -> ONE_PERCENT);
        double sum = 0;
        double sumSq = 0;
        int n = 4000;
        for (int i = 0; i < n; i++) {
            s.startDistortion(5, 0.05, 0.05);
            s.setPrice(1);
            MetaBlock.updatePrice(s, r);
            double noise = s.poktPriceOracle() - 1 - ONE_PERCENT;
            sum += noise;
            sumSq += noise * noise;
        }
        double mean = sum / n;
        assertThat(mean).isCloseTo(0.05, within(4 * 0.05 / Math.sqrt(n)));
        assertThat(Math.sqrt(sumSq / n - mean * mean)).isCloseTo(0.05, within(0.005));
    }

    @Test
    void poissonDistortionOfZeroDaysNeverEndsUnlessCorrected() {
        Days d = new Days(Fixtures.base("event", "oracle_distortion_unbiased_low_noise_poisson",
                "oracle_treatment_time_mean", 0.0), Fixtures.seeded(5));
        d.runTo(365);
        for (int t = 183; t <= 365; t++) {
            assertThat(d.plain(t)).as("day %d", t).isFalse();
        }
        assertThat(d.s.isOracleDistorted()).isTrue();
        assertThat(d.s.oracleDistortionTime()).isEqualTo(-(365 - 182));

        Days fixed = new Days(Fixtures.base("event", "oracle_distortion_unbiased_low_noise_poisson",
                "oracle_treatment_time_mean", 0.0, "corrections", List.of("zero_duration_distortion")),
                Fixtures.seeded(5));
        fixed.runTo(365);
        assertThat(fixed.plain(183)).isTrue();
        assertThat(fixed.s.isOracleDistorted()).isFalse();
    }

    @Test
    void permanentShutdownClearsADistortion() {
        PocketState s = Fixtures.empty();
        s.setOracleShutdown(PocketState.ORACLE_SHUT_DOWN_FOREVER);
        s.startDistortion(0, 0, 0);
        MetaBlock.updatePrice(s, Fixtures.samplers(new ScriptedRng(), Fixtures.base()));
        assertThat(s.isOracleDistorted()).isFalse();
        assertThat(s.poktPriceOracle()).isEqualTo(6e-8);
    }

    @Test
    void serviceShutdownSwitchesOneServiceOffAndAllBackOnAfterItsTime() {
        // the only draw is the index of the service to shut down
        Days scripted = new Days(Fixtures.base("event", "service_shutdown_random_t7"), new ScriptedRng(4));
        scripted.runTo(182);
        assertThat(scripted.s.services().get(4).isShutdown()).isTrue();
        scripted.s.services().get(7).shutDown(); // the reset switches every service on
        scripted.runTo(188);
        assertThat(scripted.s.services().get(4).isShutdown()).isTrue();
        scripted.runTo(189);
        assertThat(scripted.s.services()).allSatisfy(sv -> assertThat(sv.isShutdown()).isFalse());
    }

    @Test
    void serviceJoinEventMultipliesEveryServicesRelays() {
        Days d = new Days(Fixtures.base("event", "service_join"), new ScriptedRng());
        d.runTo(182);
        assertThat(d.s.services()).hasSize(11);
        Service added = d.s.services().get(10);
        assertThat(added.joinHeight()).isEqualTo(182 * 86400L);
        assertThat(d.s.services()).allSatisfy(sv -> assertThat(sv.relayMultiplier()).isEqualTo(11.0 / 10.0));
    }

    @Test
    void doubleRelaysDrawsServicesWithReplacement() {
        Days d = new Days(Fixtures.base("event", "double_relays_3_services"), new ScriptedRng(1, 1, 4));
        d.runTo(182);
        for (int i = 0; i < 10; i++) {
            assertThat(d.s.services().get(i).hasRelayMultiplier()).isEqualTo(i == 1 || i == 4);
        }
        assertThat(d.s.services().get(1).relayMultiplier()).isEqualTo(2.0);
    }

    @Test
    void distinctServicesCorrectionMultipliesKDifferentServices() {
        // a partial Fisher-Yates over positions 0..9: draw 1 picks service 1 (positions 0 and 1 swap), draw 0 picks
        // position 1 + 0, which now holds service 0, draw 2 picks position 2 + 2, service 4
        Days d = new Days(Fixtures.base("event", "double_relays_3_services", "corrections",
                List.of("distinct_multiplied_services")), new ScriptedRng(1, 0, 2));
        d.runTo(182);
        for (int i = 0; i < 10; i++) {
            assertThat(d.s.services().get(i).hasRelayMultiplier()).as("service %d", i).isEqualTo(i <= 1 || i == 4);
        }
        assertThat(d.s.services().stream().filter(Service::hasRelayMultiplier))
                .allSatisfy(sv -> assertThat(sv.relayMultiplier()).isEqualTo(2.0));
        // seeded: always exactly k services, even when k is the number of services
        for (long seed = 1; seed <= 20; seed++) {
            Days five = new Days(Fixtures.base("event", "double_relays_5_services", "corrections",
                    List.of("distinct_multiplied_services")), Fixtures.seeded(seed));
            five.runTo(182);
            assertThat(five.s.services().stream().filter(Service::hasRelayMultiplier).count()).isEqualTo(5);
        }
    }

    @Test
    void servicerShutdownHitsEveryCurrentServicerOfOneZone() {
        Days d = new Days(Fixtures.base("event", "servicer_shutdown_by_geozone_random"), new ScriptedRng(2));
        Servicer inZone = Fixtures.servicer(d.s, 2, 15000e6);
        Servicer elsewhere = Fixtures.servicer(d.s, 3, 15000e6);
        d.runTo(182);
        assertThat(inZone.isShutDown()).isTrue();
        assertThat(elsewhere.isShutDown()).isFalse();
    }

    @Test
    void unknownEventsAreRejectedByName() {
        assertThatThrownBy(() -> ScenarioEvent.of("oracle_meltdown")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("oracle_meltdown").hasMessageContaining("oracle_shutdown");
        assertThat(PocketEvents.NAMES).allSatisfy(name -> assertThat(ScenarioEvent.of(name).time()).isEqualTo(182));
    }
}
