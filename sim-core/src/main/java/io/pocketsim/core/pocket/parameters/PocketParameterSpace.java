package io.pocketsim.core.pocket.parameters;

import io.pocketsim.core.param.ParameterKind;
import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.param.ParameterSchema;
import io.pocketsim.core.param.ParameterSpec;
import io.pocketsim.core.param.AllowedValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Pocket model's parameters: every parameter of the original model under its original snake_case name, in the
 * original's "Base" key order (the order that numbers sweep points), plus {@code corrections}. Also the named
 * parameter sets of the original: {@code Test}, {@code Base}, {@code BaseDynamic} and {@code BaseEvent}.
 *
 * <p>Units: token amounts are uPOKT (1 POKT = 1e6 uPOKT), bootstrap thresholds billions of relays per day, relay
 * costs and charges USD per relay (model-spec.md §3).
 */
public final class PocketParameterSpace {
    /** The string that selects the price-dependent formula for RTTM and GFPR. */
    public static final String DYNAMIC = "Dynamic";
    /** Allowed string form of application_fee_per_relay: a multiple of the day's gateway fee. */
    public static final String GFPR_RULE = "GFPR\\*[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?";
    /** Names of the named parameter sets. */
    public static final List<String> NAMED_SETS = List.of("Test", "Base", "BaseDynamic", "BaseEvent");

    private static final ParameterSchema SCHEMA = ParameterSchema.of(List.of(
            ParameterSpec.number("minimum_stake_servicer", 0, Double.POSITIVE_INFINITY, "uPOKT", "minimum servicer stake (joins stake exactly this; top-ups restore it)"),
            ParameterSpec.number("minimum_stake_period_servicer", 0, Double.POSITIVE_INFINITY, "", "unused by the model (kept for parity)"),
            ParameterSpec.number("minimum_pause_time", 0, Double.POSITIVE_INFINITY, "height units (seconds in practice)", "jail duration before unjailing (heights advance 86400 per day, so one day)"),
            ParameterSpec.number("max_chains_servicer", 0, Double.POSITIVE_INFINITY, "services", "maximum services a servicer may link to (may be fractional in sweeps)"),
            ParameterSpec.numberOrChoice("relays_to_tokens_multiplier", 0, Double.POSITIVE_INFINITY, List.of(DYNAMIC), "uPOKT per relay", "uPOKT minted per relay, or \"Dynamic\" (price-dependent formula)"),
            ParameterSpec.number("slash_fraction_downtime", 0, 1, "fraction of stake", "fraction of stake burned when a servicer is jailed"),
            ParameterSpec.number("minimum_servicers_per_session", 0, Double.POSITIVE_INFINITY, "servicers", "unused by the model (kept for parity)"),
            ParameterSpec.number("maximum_servicers_per_session", 0, Double.POSITIVE_INFINITY, "servicers", "unused by the model (kept for parity)"),
            ParameterSpec.number("application_fee_per_relay", 0, Double.POSITIVE_INFINITY, "uPOKT per relay", "fee per relay paid by applications without a gateway, or \"GFPR*x\" (x times the gateway fee)").withExpression(GFPR_RULE),
            ParameterSpec.number("minimum_application_stake", 0, Double.POSITIVE_INFINITY, "uPOKT", "minimum application stake"),
            ParameterSpec.number("app_burn_per_session", 0, Double.POSITIVE_INFINITY, "uPOKT", "unused by the model (kept for parity)"),
            ParameterSpec.number("app_burn_per_relay", 0, Double.POSITIVE_INFINITY, "uPOKT", "unused by the model (kept for parity)"),
            ParameterSpec.number("block_proposer_allocation", 0, 1, "fraction of block reward", "validator share of each block reward"),
            ParameterSpec.number("dao_allocation", 0, 1, "fraction of block reward", "DAO share of each block reward"),
            ParameterSpec.number("stake_per_app_delegation", 0, Double.POSITIVE_INFINITY, "uPOKT", "gateway stake target per delegating application"),
            ParameterSpec.numberOrChoice("gateway_fee_per_relay", 0, Double.POSITIVE_INFINITY, List.of(DYNAMIC), "uPOKT per relay", "fee per relay charged to gateways, or \"Dynamic\" (price-dependent formula)"),
            ParameterSpec.number("gateway_minimum_stake", 0, Double.POSITIVE_INFINITY, "uPOKT", "minimum gateway stake"),
            ParameterSpec.number("session_token_bucket_coefficient", 0, Double.POSITIVE_INFINITY, "relays per uPOKT staked", "session relay cap per unit of application stake"),
            ParameterSpec.number("dao_fee_percentage", 0, 1, "fraction of transaction fees", "DAO share of transaction fees (sweeps force 1 - validator_fee_percentage)"),
            ParameterSpec.number("validator_fee_percentage", 0, 1, "fraction of transaction fees", "validator share of transaction fees"),
            ParameterSpec.number("transaction_fee", 0, Double.POSITIVE_INFINITY, "uPOKT per transaction", "fee per on-chain transaction (unit as in the original: added to uPOKT balances)"),
            ParameterSpec.number("min_bootstrap_gateway_fee_per_relay", 0, Double.POSITIVE_INFINITY, "USD per relay", "dynamic GFPR: fee at or below gateway_bootstrap_unwind_start"),
            ParameterSpec.number("maturity_relay_charge", 0, Double.POSITIVE_INFINITY, "USD per relay", "dynamic GFPR: fee at or above gateway_bootstrap_end"),
            ParameterSpec.number("gateway_bootstrap_unwind_start", 0, Double.POSITIVE_INFINITY, "billion relays per day", "dynamic GFPR: start of the linear unwind"),
            ParameterSpec.number("gateway_bootstrap_end", 0, Double.POSITIVE_INFINITY, "billion relays per day", "dynamic GFPR: end of the linear unwind"),
            ParameterSpec.number("supply_grow_cap", 0, Double.POSITIVE_INFINITY, "fraction of supply per year", "dynamic RTTM: cap on yearly supply growth"),
            ParameterSpec.number("servicer_bootstrap_end", 0, Double.POSITIVE_INFINITY, "billion relays per day", "dynamic RTTM: end of the linear unwind"),
            ParameterSpec.number("max_bootstrap_servicer_cost_per_relay", 0, Double.POSITIVE_INFINITY, "USD per relay", "dynamic RTTM: servicer cost per relay at or below servicer_bootstrap_unwind_start"),
            ParameterSpec.number("servicer_bootstrap_unwind_start", 0, Double.POSITIVE_INFINITY, "billion relays per day", "dynamic RTTM: start of the linear unwind"),
            ParameterSpec.number("maturity_relay_cost", 0, Double.POSITIVE_INFINITY, "USD per relay", "dynamic RTTM: servicer cost per relay at or above servicer_bootstrap_end"),
            ParameterSpec.number("oracle_treatment_time_mean", 0, Double.POSITIVE_INFINITY, "days", "mean of the Poisson durations of oracle events"),
            ParameterSpec.number("kpi_3_R", 0, Double.POSITIVE_INFINITY, "POKT per relay", "gateway revenue per relay used by KPI 3 only"),
            ParameterSpec.integer("application_max_number", 1, Double.POSITIVE_INFINITY, "applications", "join threshold denominator (join probability 1 - n/max per day)"),
            ParameterSpec.integer("servicer_max_number", 1, Double.POSITIVE_INFINITY, "servicers", "join threshold denominator"),
            ParameterSpec.integer("service_max_number", 1, Double.POSITIVE_INFINITY, "services", "join threshold denominator"),
            ParameterSpec.integer("gateway_max_number", 1, Double.POSITIVE_INFINITY, "gateways", "join threshold denominator"),
            ParameterSpec.integer("service_max_number_link", 0, Double.POSITIVE_INFINITY, "services", "a servicer proposes links only while it has fewer than this"),
            ParameterSpec.number("application_leave_probability", 0, 1, "per application per day", "random departure probability"),
            ParameterSpec.number("gateway_leave_probability", 0, 1, "per gateway per day", "random departure probability"),
            ParameterSpec.number("service_leave_probability", 0, 1, "per service per day", "random departure probability"),
            ParameterSpec.number("servicer_leave_probability", 0, 1, "per servicer per day", "random departure probability"),
            ParameterSpec.number("service_unlinking_probability", 0, 1, "per link per day", "random unlinking probability"),
            ParameterSpec.number("gateway_undelegation_probability", 0, 1, "per delegated application per day", "random undelegation probability"),
            ParameterSpec.number("relays_per_session_gamma_distribution_shape", Double.MIN_VALUE, Double.POSITIVE_INFINITY, "", "gamma shape k of relays per session"),
            ParameterSpec.number("relays_per_session_gamma_distribution_scale", Double.MIN_VALUE, Double.POSITIVE_INFINITY, "relays", "gamma scale theta of relays per session (mean k*theta)"),
            ParameterSpec.integer("average_session_per_application", 0, Double.POSITIVE_INFINITY, "sessions per application per day", "sessions per day = this x number of applications"),
            ParameterSpec.number("servicer_jailing_probability", 0, 1, "per servicer per day", "random jailing probability"),
            ParameterSpec.number("uses_gateway_probability", 0, 1, "probability", "a new application uses a gateway; also scales the gateway stake target"),
            ParameterSpec.integer("applications_use_min_servicers", 1, Double.POSITIVE_INFINITY, "servicers", "servicers per session of a new application, minimum (inclusive)"),
            ParameterSpec.integer("applications_use_max_servicers", 1, Double.POSITIVE_INFINITY, "servicers", "servicers per session of a new application, maximum (inclusive)"),
            ParameterSpec.number("lambda_ewm_revenue_expectation", 0, 1, "weight", "EWMA weight on the previous revenue expectation"),
            ParameterSpec.number("service_linking_probability_normal", 0, 1, "probability", "link probability the original applies to services that joined today (names swapped, see corrections)"),
            ParameterSpec.number("service_linking_probability_just_joined", 0, 1, "probability", "link probability the original applies to all other services (names swapped, see corrections)"),
            ParameterSpec.number("kick_bottom_probability", 0, 1, "probability", "probability to unlink the lowest-revenue service on the day a new service joins"),
            ParameterSpec.number("oracle_price_kde_bandwidth", Double.MIN_VALUE, Double.POSITIVE_INFINITY, "factor", "kernel bandwidth factor of the price-return density (kernel sd = factor x sample sd)"),
            ParameterSpec.number("oracle_price_interarrival_time_flag", 0, Double.POSITIVE_INFINITY, "", "unused by the model (kept for parity)"),
            ParameterSpec.choice("event", PocketEvents.NAMES, "scheduled scenario event (fires in block 11 of day 182), or null").orNull(),
            ParameterSpec.number("servicer_service_density_starting", 0, 1, "fraction of all servicer-service pairs", "initial link density applied once per parameter point, or null").orNull(),
            ParameterSpec.choice("application_join_function", List.of("simple_unfiform"), "functional variant"),
            ParameterSpec.choice("servicer_join_function", List.of("simple_unfiform"), "functional variant"),
            ParameterSpec.choice("service_join_function", List.of("simple_unfiform", "off"), "functional variant"),
            ParameterSpec.choice("gateway_join_function", List.of("simple_unfiform"), "functional variant"),
            ParameterSpec.choice("service_linking_function", List.of("basic", "test"), "functional variant"),
            ParameterSpec.choice("gateway_delegation_function", List.of("basic", "test"), "functional variant"),
            ParameterSpec.choice("relay_requests_function", List.of("test"), "functional variant"),
            ParameterSpec.choice("submit_relay_requests_function", List.of("basic_gamma", "test"), "functional variant"),
            ParameterSpec.choice("submit_relay_requests_policy_function", List.of("V1", "test"), "functional variant"),
            ParameterSpec.choice("application_leave_function", List.of("basic"), "functional variant"),
            ParameterSpec.choice("service_leave_function", List.of("basic"), "functional variant"),
            ParameterSpec.choice("servicer_leave_function", List.of("basic"), "functional variant"),
            ParameterSpec.choice("gateway_leave_function", List.of("basic"), "functional variant"),
            ParameterSpec.choice("service_unlinking_function", List.of("basic"), "functional variant"),
            ParameterSpec.choice("gateway_undelegation_function", List.of("basic"), "functional variant"),
            ParameterSpec.choice("servicer_stake_function", List.of("basic"), "functional variant"),
            ParameterSpec.choice("application_stake_function", List.of("basic"), "functional variant"),
            ParameterSpec.choice("jailing_function", List.of("basic"), "functional variant"),
            ParameterSpec.choice("gateway_stake_function", List.of("basic"), "functional variant"),
            new ParameterSpec("corrections", ParameterKind.CHOICE_LIST, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Correction.names(), false, null, "", "named corrections of the original's unintended behaviours to switch on (default none: reproduce the original)")));

    private PocketParameterSpace() {
    }

    /** The schema, in the original's Base key order. */
    public static ParameterSchema schema() {
        return SCHEMA;
    }

    /**
     * A named parameter set of the original model.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static ParameterPoint namedSet(String name) {
        Map<String, Object> v = base();
        switch (name) {
            case "Base":
                break;
            case "Test":
                test(v);
                break;
            case "BaseDynamic":
                v.put("relays_to_tokens_multiplier", DYNAMIC);
                v.put("gateway_fee_per_relay", DYNAMIC);
                break;
            case "BaseEvent":
                v.put("event", "servicer_shutdown_by_geozone_random");
                break;
            default:
                throw new IllegalArgumentException("parameterSet: unknown parameter set \"" + name + "\""
                        + AllowedValues.oneOf(name, NAMED_SETS));
        }
        ParameterPoint point = ParameterPoint.of(v);
        SCHEMA.check(point);
        return point;
    }

    private static Map<String, Object> base() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("minimum_stake_servicer", 15000e6);
        v.put("minimum_stake_period_servicer", 10);
        v.put("minimum_pause_time", 10);
        v.put("max_chains_servicer", 15);
        v.put("relays_to_tokens_multiplier", 161.29);
        v.put("slash_fraction_downtime", 0.000001);
        v.put("minimum_servicers_per_session", 1);
        v.put("maximum_servicers_per_session", 5);
        v.put("application_fee_per_relay", "GFPR*1.25");
        v.put("minimum_application_stake", 15000e6);
        v.put("app_burn_per_session", 0);
        v.put("app_burn_per_relay", 0);
        v.put("block_proposer_allocation", 0.05);
        v.put("dao_allocation", 0.1);
        v.put("stake_per_app_delegation", 15000e6);
        v.put("gateway_fee_per_relay", 27.42);
        v.put("gateway_minimum_stake", 150000e6);
        v.put("session_token_bucket_coefficient", 100);
        v.put("dao_fee_percentage", 0.9);
        v.put("validator_fee_percentage", 0.1);
        v.put("transaction_fee", 0.01);
        v.put("min_bootstrap_gateway_fee_per_relay", 0.00000085);
        v.put("maturity_relay_charge", 0.000001971);
        v.put("gateway_bootstrap_unwind_start", 3);
        v.put("gateway_bootstrap_end", 20);
        v.put("supply_grow_cap", 0.05);
        v.put("servicer_bootstrap_end", 10);
        v.put("max_bootstrap_servicer_cost_per_relay", 0.000005);
        v.put("servicer_bootstrap_unwind_start", 1.5);
        v.put("maturity_relay_cost", 0.000001971 * 0.75);
        v.put("oracle_treatment_time_mean", 10);
        v.put("kpi_3_R", 1.632 * 1e-5);
        v.put("application_max_number", 20);
        v.put("servicer_max_number", 20);
        v.put("service_max_number", 10);
        v.put("gateway_max_number", 25);
        v.put("service_max_number_link", 15);
        v.put("application_leave_probability", 0.02);
        v.put("gateway_leave_probability", 0.005);
        v.put("service_leave_probability", 0.0025);
        v.put("servicer_leave_probability", 0.015);
        v.put("service_unlinking_probability", 0.01);
        v.put("gateway_undelegation_probability", 0.01);
        v.put("relays_per_session_gamma_distribution_shape", 5);
        v.put("relays_per_session_gamma_distribution_scale", 300000);
        v.put("average_session_per_application", 24);
        v.put("servicer_jailing_probability", 0.001);
        v.put("uses_gateway_probability", 0.5);
        v.put("applications_use_min_servicers", 1);
        v.put("applications_use_max_servicers", 3);
        v.put("lambda_ewm_revenue_expectation", 0.9);
        v.put("service_linking_probability_normal", 0.01);
        v.put("service_linking_probability_just_joined", 0.5);
        v.put("kick_bottom_probability", 0.5);
        v.put("oracle_price_kde_bandwidth", 0.30745369958511376);
        v.put("oracle_price_interarrival_time_flag", 1);
        v.put("event", null);
        v.put("servicer_service_density_starting", null);
        v.put("application_join_function", "simple_unfiform");
        v.put("servicer_join_function", "simple_unfiform");
        v.put("service_join_function", "simple_unfiform");
        v.put("gateway_join_function", "simple_unfiform");
        v.put("service_linking_function", "basic");
        v.put("gateway_delegation_function", "basic");
        v.put("relay_requests_function", "test");
        v.put("submit_relay_requests_function", "basic_gamma");
        v.put("submit_relay_requests_policy_function", "V1");
        v.put("application_leave_function", "basic");
        v.put("service_leave_function", "basic");
        v.put("servicer_leave_function", "basic");
        v.put("gateway_leave_function", "basic");
        v.put("service_unlinking_function", "basic");
        v.put("gateway_undelegation_function", "basic");
        v.put("servicer_stake_function", "basic");
        v.put("application_stake_function", "basic");
        v.put("jailing_function", "basic");
        v.put("gateway_stake_function", "basic");
        v.put("corrections", List.of());
        return v;
    }

    // Test differs from Base only in these behavioural values (model-spec.md §3.5).
    private static void test(Map<String, Object> v) {
        v.put("service_max_number_link", 8);
        v.put("application_leave_probability", 0.01);
        v.put("gateway_leave_probability", 0.01);
        v.put("servicer_leave_probability", 0.01);
        v.put("relays_per_session_gamma_distribution_shape", 500);
        v.put("relays_per_session_gamma_distribution_scale", 50);
    }

    /** Names of all parameters, in schema order. */
    public static List<String> names() {
        return new ArrayList<>(SCHEMA.names());
    }
}
