package io.pocketsim.core.pocket.block;

import io.pocketsim.core.pocket.parameters.PocketEvents;
import java.util.Locale;
import java.util.Objects;

/**
 * Block 11 ({@code events_block}): one scheduled scenario event of the original's {@code event_map} (model-spec.md
 * §5.4): its name, day, type and parameters. Every event fires in block 11 of its day ({@link ScenarioEvents}).
 *
 * @param name         the event name (see {@link PocketEvents#NAMES})
 * @param time         the day it fires
 * @param type         what it does
 * @param shutdownTime service shutdowns: days until every service is switched back on; else 0
 * @param count        relay-multiply events: services drawn (with replacement); oracle delay: the constant delay;
 *                     constant distortions: the duration; else 0
 * @param multiple     relay-multiply events: the multiplier; else 0
 * @param mu           distortions: mean of the added return noise; else 0
 * @param sigma        distortions: standard deviation of the added return noise; else 0
 */
public record ScenarioEvent(String name, int time, Type type, int shutdownTime, int count, double multiple,
                            double mu, double sigma) {
    /** The day every standard event fires. */
    public static final int EVENT_DAY = 182;

    /** What an event does. */
    public enum Type {
        /** Every current servicer of one random geo-zone is shut down for good. */
        SERVICER_SHUTDOWN,
        /** One random service is shut down; all services are switched back on {@code shutdownTime} days later. */
        SERVICE_SHUTDOWN,
        /** A service joins and every service's relays are multiplied by n/(n-1). */
        SERVICE_JOIN,
        /** {@code count} services drawn with replacement get relay multiplier {@code multiple}. */
        SERVICE_RELAY_MULTIPLY,
        /** The oracle price is frozen for the rest of the run. */
        ORACLE_SHUTDOWN,
        /** The oracle price is frozen for {@code count} days. */
        ORACLE_DELAY_CONSTANT,
        /** The oracle price is frozen for Poisson(oracle_treatment_time_mean) days. */
        ORACLE_DELAY_POISSON,
        /** Price returns get N(mu, sigma) noise for {@code count} days. */
        ORACLE_DISTORTION_CONSTANT,
        /** Price returns get N(mu, sigma) noise for Poisson(oracle_treatment_time_mean) days. */
        ORACLE_DISTORTION_POISSON
    }

    public ScenarioEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /**
     * The event of a name.
     *
     * @throws IllegalArgumentException for a name not in {@link PocketEvents#NAMES}
     */
    public static ScenarioEvent of(String name) {
        int t = EVENT_DAY;
        switch (name) {
            case "servicer_shutdown_by_geozone_random":
                return new ScenarioEvent(name, t, Type.SERVICER_SHUTDOWN, 0, 0, 0, 0, 0);
            case "service_shutdown_random":
                return new ScenarioEvent(name, t, Type.SERVICE_SHUTDOWN, 10, 0, 0, 0, 0);
            case "service_shutdown_random_t1":
                return new ScenarioEvent(name, t, Type.SERVICE_SHUTDOWN, 1, 0, 0, 0, 0);
            case "service_shutdown_random_t7":
                return new ScenarioEvent(name, t, Type.SERVICE_SHUTDOWN, 7, 0, 0, 0, 0);
            case "service_shutdown_random_t500":
                return new ScenarioEvent(name, t, Type.SERVICE_SHUTDOWN, 500, 0, 0, 0, 0);
            case "service_join":
                return new ScenarioEvent(name, t, Type.SERVICE_JOIN, 0, 0, 0, 0, 0);
            case "double_relays_1_service":
                return new ScenarioEvent(name, t, Type.SERVICE_RELAY_MULTIPLY, 0, 1, 2, 0, 0);
            case "double_relays_3_services":
                return new ScenarioEvent(name, t, Type.SERVICE_RELAY_MULTIPLY, 0, 3, 2, 0, 0);
            case "double_relays_5_services":
                return new ScenarioEvent(name, t, Type.SERVICE_RELAY_MULTIPLY, 0, 5, 2, 0, 0);
            case "oracle_shutdown":
                return new ScenarioEvent(name, t, Type.ORACLE_SHUTDOWN, 0, 0, 0, 0, 0);
            case "oracle_delay_constant_10":
                return new ScenarioEvent(name, t, Type.ORACLE_DELAY_CONSTANT, 0, 10, 0, 0, 0);
            case "oracle_delay_poisson":
                return new ScenarioEvent(name, t, Type.ORACLE_DELAY_POISSON, 0, 0, 0, 0, 0);
            case "oracle_distortion_A_constant_30":
                return new ScenarioEvent(name, t, Type.ORACLE_DISTORTION_CONSTANT, 0, 30, 0, 0.01, 0.025);
            case "oracle_distortion_B_constant_30":
                return new ScenarioEvent(name, t, Type.ORACLE_DISTORTION_CONSTANT, 0, 30, 0, 0.01, 0.01);
            case "oracle_distortion_C_constant_30":
                return new ScenarioEvent(name, t, Type.ORACLE_DISTORTION_CONSTANT, 0, 30, 0, 0.01, 0.001);
            case "oracle_distortion_unbiased_low_noise_poisson":
                return new ScenarioEvent(name, t, Type.ORACLE_DISTORTION_POISSON, 0, 0, 0, 0, 0.01);
            case "oracle_distortion_unbiased_high_noise_poisson":
                return new ScenarioEvent(name, t, Type.ORACLE_DISTORTION_POISSON, 0, 0, 0, 0, 0.05);
            case "oracle_distortion_positive_bias_low_noise_poisson":
                return new ScenarioEvent(name, t, Type.ORACLE_DISTORTION_POISSON, 0, 0, 0, 0.05, 0.01);
            case "oracle_distortion_positive_bias_high_noise_poisson":
                return new ScenarioEvent(name, t, Type.ORACLE_DISTORTION_POISSON, 0, 0, 0, 0.05, 0.05);
            case "oracle_distortion_negative_bias_low_noise_poisson":
                return new ScenarioEvent(name, t, Type.ORACLE_DISTORTION_POISSON, 0, 0, 0, -0.05, 0.01);
            case "oracle_distortion_negative_bias_high_noise_poisson":
                return new ScenarioEvent(name, t, Type.ORACLE_DISTORTION_POISSON, 0, 0, 0, -0.05, 0.05);
            default:
                throw new IllegalArgumentException("event: unknown event \"" + name + "\""
                        + io.pocketsim.core.param.AllowedValues.oneOf(name, PocketEvents.NAMES));
        }
    }

    @Override
    public String toString() {
        return name + "@" + time + "(" + type.name().toLowerCase(Locale.ROOT) + ")";
    }
}
