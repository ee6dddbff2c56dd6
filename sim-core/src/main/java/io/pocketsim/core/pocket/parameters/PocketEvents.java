package io.pocketsim.core.pocket.parameters;

import java.util.List;

/** The scheduled scenario events of the original model (model-spec.md §5.4), by name. */
public final class PocketEvents {
    /** Every event name the {@code event} parameter accepts. */
    public static final List<String> NAMES = List.of(
            "servicer_shutdown_by_geozone_random",
            "service_shutdown_random",
            "service_shutdown_random_t1",
            "service_shutdown_random_t7",
            "service_shutdown_random_t500",
            "service_join",
            "double_relays_1_service",
            "double_relays_3_services",
            "double_relays_5_services",
            "oracle_shutdown",
            "oracle_delay_constant_10",
            "oracle_delay_poisson",
            "oracle_distortion_A_constant_30",
            "oracle_distortion_B_constant_30",
            "oracle_distortion_C_constant_30",
            "oracle_distortion_unbiased_low_noise_poisson",
            "oracle_distortion_unbiased_high_noise_poisson",
            "oracle_distortion_positive_bias_low_noise_poisson",
            "oracle_distortion_positive_bias_high_noise_poisson",
            "oracle_distortion_negative_bias_low_noise_poisson",
            "oracle_distortion_negative_bias_high_noise_poisson");

    private PocketEvents() {
    }
}
