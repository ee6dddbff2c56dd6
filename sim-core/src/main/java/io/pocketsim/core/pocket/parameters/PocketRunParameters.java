package io.pocketsim.core.pocket.parameters;

import io.pocketsim.core.param.ParameterPoint;
import java.util.Set;

/**
 * Typed, validated parameters of one Pocket model run (see {@link PocketParameterSpace} for names, units and meaning).
 * Component names are the snake_case parameter names in camelCase. Parameters that accept a number or a string are
 * split: {@code relaysToTokensMultiplier} is {@code NaN} and {@code relaysToTokensMultiplierDynamic} true when the
 * value is "Dynamic"; {@code applicationFeePerRelay} is {@code NaN} and {@code applicationFeePerRelayGfprMultiplier}
 * holds x when the value is "GFPR*x"; {@code servicerServiceDensityStarting} is {@code NaN} when null.
 */
public record PocketRunParameters(
        double minimumStakeServicer,
        double minimumStakePeriodServicer,
        double minimumPauseTime,
        double maxChainsServicer,
        double relaysToTokensMultiplier,
        boolean relaysToTokensMultiplierDynamic,
        double slashFractionDowntime,
        double minimumServicersPerSession,
        double maximumServicersPerSession,
        double applicationFeePerRelay,
        double applicationFeePerRelayGfprMultiplier,
        double minimumApplicationStake,
        double appBurnPerSession,
        double appBurnPerRelay,
        double blockProposerAllocation,
        double daoAllocation,
        double stakePerAppDelegation,
        double gatewayFeePerRelay,
        boolean gatewayFeePerRelayDynamic,
        double gatewayMinimumStake,
        double sessionTokenBucketCoefficient,
        double daoFeePercentage,
        double validatorFeePercentage,
        double transactionFee,
        double minBootstrapGatewayFeePerRelay,
        double maturityRelayCharge,
        double gatewayBootstrapUnwindStart,
        double gatewayBootstrapEnd,
        double supplyGrowCap,
        double servicerBootstrapEnd,
        double maxBootstrapServicerCostPerRelay,
        double servicerBootstrapUnwindStart,
        double maturityRelayCost,
        double oracleTreatmentTimeMean,
        double kpi3R,
        double applicationMaxNumber,
        double servicerMaxNumber,
        double serviceMaxNumber,
        double gatewayMaxNumber,
        double serviceMaxNumberLink,
        double applicationLeaveProbability,
        double gatewayLeaveProbability,
        double serviceLeaveProbability,
        double servicerLeaveProbability,
        double serviceUnlinkingProbability,
        double gatewayUndelegationProbability,
        double relaysPerSessionGammaDistributionShape,
        double relaysPerSessionGammaDistributionScale,
        double averageSessionPerApplication,
        double servicerJailingProbability,
        double usesGatewayProbability,
        double applicationsUseMinServicers,
        double applicationsUseMaxServicers,
        double lambdaEwmRevenueExpectation,
        double serviceLinkingProbabilityNormal,
        double serviceLinkingProbabilityJustJoined,
        double kickBottomProbability,
        double oraclePriceKdeBandwidth,
        double oraclePriceInterarrivalTimeFlag,
        String event,
        double servicerServiceDensityStarting,
        String applicationJoinFunction,
        String servicerJoinFunction,
        String serviceJoinFunction,
        String gatewayJoinFunction,
        String serviceLinkingFunction,
        String gatewayDelegationFunction,
        String relayRequestsFunction,
        String submitRelayRequestsFunction,
        String submitRelayRequestsPolicyFunction,
        String applicationLeaveFunction,
        String serviceLeaveFunction,
        String servicerLeaveFunction,
        String gatewayLeaveFunction,
        String serviceUnlinkingFunction,
        String gatewayUndelegationFunction,
        String servicerStakeFunction,
        String applicationStakeFunction,
        String jailingFunction,
        String gatewayStakeFunction,
        Set<Correction> corrections) {

    /**
     * Validates a point against {@link PocketParameterSpace#schema()} and converts it.
     *
     * @throws IllegalArgumentException naming the first missing, unknown or invalid parameter
     */
    public static PocketRunParameters from(ParameterPoint p) {
        PocketParameterSpace.schema().check(p);
        PocketRunParameters params = new PocketRunParameters(
                p.number("minimum_stake_servicer"),
                p.number("minimum_stake_period_servicer"),
                p.number("minimum_pause_time"),
                p.number("max_chains_servicer"),
                numberOrNaN(p, "relays_to_tokens_multiplier"),
                PocketParameterSpace.DYNAMIC.equals(p.get("relays_to_tokens_multiplier")),
                p.number("slash_fraction_downtime"),
                p.number("minimum_servicers_per_session"),
                p.number("maximum_servicers_per_session"),
                numberOrNaN(p, "application_fee_per_relay"),
                gfprMultiplier(p.get("application_fee_per_relay")),
                p.number("minimum_application_stake"),
                p.number("app_burn_per_session"),
                p.number("app_burn_per_relay"),
                p.number("block_proposer_allocation"),
                p.number("dao_allocation"),
                p.number("stake_per_app_delegation"),
                numberOrNaN(p, "gateway_fee_per_relay"),
                PocketParameterSpace.DYNAMIC.equals(p.get("gateway_fee_per_relay")),
                p.number("gateway_minimum_stake"),
                p.number("session_token_bucket_coefficient"),
                p.number("dao_fee_percentage"),
                p.number("validator_fee_percentage"),
                p.number("transaction_fee"),
                p.number("min_bootstrap_gateway_fee_per_relay"),
                p.number("maturity_relay_charge"),
                p.number("gateway_bootstrap_unwind_start"),
                p.number("gateway_bootstrap_end"),
                p.number("supply_grow_cap"),
                p.number("servicer_bootstrap_end"),
                p.number("max_bootstrap_servicer_cost_per_relay"),
                p.number("servicer_bootstrap_unwind_start"),
                p.number("maturity_relay_cost"),
                p.number("oracle_treatment_time_mean"),
                p.number("kpi_3_R"),
                p.number("application_max_number"),
                p.number("servicer_max_number"),
                p.number("service_max_number"),
                p.number("gateway_max_number"),
                p.number("service_max_number_link"),
                p.number("application_leave_probability"),
                p.number("gateway_leave_probability"),
                p.number("service_leave_probability"),
                p.number("servicer_leave_probability"),
                p.number("service_unlinking_probability"),
                p.number("gateway_undelegation_probability"),
                p.number("relays_per_session_gamma_distribution_shape"),
                p.number("relays_per_session_gamma_distribution_scale"),
                p.number("average_session_per_application"),
                p.number("servicer_jailing_probability"),
                p.number("uses_gateway_probability"),
                p.number("applications_use_min_servicers"),
                p.number("applications_use_max_servicers"),
                p.number("lambda_ewm_revenue_expectation"),
                p.number("service_linking_probability_normal"),
                p.number("service_linking_probability_just_joined"),
                p.number("kick_bottom_probability"),
                p.number("oracle_price_kde_bandwidth"),
                p.number("oracle_price_interarrival_time_flag"),
                (String) p.get("event"),
                numberOrNaN(p, "servicer_service_density_starting"),
                (String) p.get("application_join_function"),
                (String) p.get("servicer_join_function"),
                (String) p.get("service_join_function"),
                (String) p.get("gateway_join_function"),
                (String) p.get("service_linking_function"),
                (String) p.get("gateway_delegation_function"),
                (String) p.get("relay_requests_function"),
                (String) p.get("submit_relay_requests_function"),
                (String) p.get("submit_relay_requests_policy_function"),
                (String) p.get("application_leave_function"),
                (String) p.get("service_leave_function"),
                (String) p.get("servicer_leave_function"),
                (String) p.get("gateway_leave_function"),
                (String) p.get("service_unlinking_function"),
                (String) p.get("gateway_undelegation_function"),
                (String) p.get("servicer_stake_function"),
                (String) p.get("application_stake_function"),
                (String) p.get("jailing_function"),
                (String) p.get("gateway_stake_function"),
                Correction.parse(p.get("corrections")));
        params.checkConsistency();
        return params;
    }

    /** Whether a correction of the original's behaviour is switched on. */
    public boolean corrected(Correction c) {
        return corrections.contains(c);
    }

    private void checkConsistency() {
        if (applicationsUseMinServicers > applicationsUseMaxServicers) {
            throw new IllegalArgumentException("parameter applications_use_min_servicers (" + applicationsUseMinServicers
                    + ") exceeds applications_use_max_servicers (" + applicationsUseMaxServicers + ")");
        }
        if (blockProposerAllocation + daoAllocation > 1.0) {
            throw new IllegalArgumentException("parameters block_proposer_allocation + dao_allocation exceed 1: "
                    + blockProposerAllocation + " + " + daoAllocation);
        }
    }

    private static double numberOrNaN(ParameterPoint p, String name) {
        Object v = p.get(name);
        return v instanceof Double d ? d : Double.NaN;
    }

    private static double gfprMultiplier(Object v) {
        if (v instanceof String s) {
            return Double.parseDouble(s.substring("GFPR*".length()));
        }
        return Double.NaN;
    }
}
