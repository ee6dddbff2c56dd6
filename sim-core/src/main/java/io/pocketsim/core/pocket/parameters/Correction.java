package io.pocketsim.core.pocket.parameters;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Named corrections of behaviours of the original model that look unintended (model-spec.md §9). By default none is
 * on, so results stay comparable with the original's published studies; each is switched on by listing its name in
 * the {@code corrections} parameter. docs/model-differences.md describes each one and what it changes.
 */
public enum Correction {
    /** §9.1: relay fees are burned (they leave floating_supply and count in POKT_burned) instead of vanishing. */
    RELAY_FEE_BURN,
    /** §9.4: each paid servicer receives its stake-bin multiple of the per-bin share (bins change the payment). */
    STAKE_BIN_PAYMENT,
    /** §9.7: the dynamic RTTM supply-growth cap drops the extra 1e6 factor, so the cap can bind. */
    RTTM_CAP_UNITS,
    /** §9.10: services that joined today use service_linking_probability_just_joined, others ..._normal. */
    SERVICE_LINKING_PROBABILITIES,
    /** §9.11: minimum_pause_time is counted in days, not in seconds of height. */
    JAIL_DURATION_DAYS,
    /** §9.13: a departing gateway releases every delegator (no ghost gateways). */
    GATEWAY_DEPARTURE_RELEASES_ALL,
    /** §9.16: an oracle distortion whose Poisson duration is 0 does nothing (instead of lasting forever). */
    ZERO_DURATION_DISTORTION,
    /** §9.2: the requester pays only for the relays actually served, not for those lost to shut-down servicers. */
    FEES_FOR_SERVED_RELAYS_ONLY,
    /** §9.3: transaction fees paid to the validator and the DAO are minted (floating_supply, POKT_minted). */
    TRANSACTION_FEE_MINT,
    /** §9.19: a joining servicer's or application's stake comes out of its drawn personal holdings. */
    JOIN_STAKE_FROM_HOLDINGS,
    /** §9.6: slashed stake is added to period_slashing_costs (the original resets it daily and never adds). */
    PERIOD_SLASHING_COSTS,
    /** §9.9: the application stake target prices the expected relays at the application fee, not at the RTTM. */
    APPLICATION_STAKE_TARGET_FEE,
    /** §9.10: a servicer at or above service_max_number_link proposes no links (the original tests equality only). */
    LINK_BUDGET_AT_LEAST,
    /** §9.17: double_relays_* events multiply k distinct services (the original draws with replacement). */
    DISTINCT_MULTIPLIED_SERVICES;

    /** The name used in parameter files, e.g. {@code relay_fee_burn}. */
    public String parameterName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** All parameter names, in declaration order. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (Correction c : values()) {
            out.add(c.parameterName());
        }
        return List.copyOf(out);
    }

    /** Parses the validated {@code corrections} parameter value (a list of names). */
    public static Set<Correction> parse(Object value) {
        Set<Correction> set = EnumSet.noneOf(Correction.class);
        if (value instanceof List<?> list) {
            for (Object o : list) {
                set.add(valueOf(((String) o).toUpperCase(Locale.ROOT)));
            }
        }
        return set;
    }
}
