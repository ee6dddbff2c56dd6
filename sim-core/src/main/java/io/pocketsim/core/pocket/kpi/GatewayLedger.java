package io.pocketsim.core.pocket.kpi;

import io.pocketsim.core.pocket.state.Gateway;
import java.util.Arrays;
import java.util.List;

/**
 * The last-seen numbers of every gateway of one run, and KPI 3 (the mean gateway NPV) computed from them.
 *
 * <p>As for servicers, a gateway counts with its state on the last day it was in the gateway list. A departed
 * ("ghost") gateway may still be charged by applications the original forgot to release; those later charges are not
 * seen, exactly as in the original, whose recorded rows no longer contain the ghost.
 */
final class GatewayLedger {
    private final IdSlots slots = new IdSlots();
    private double[] staked = new double[16];
    private double[] feesPaid = new double[16];
    private double[] relaysServed = new double[16];

    /** Records the current values of every gateway in the list (the list of one recorded day). */
    void observe(List<Gateway> gateways) {
        for (int i = 0, n = gateways.size(); i < n; i++) {
            Gateway g = gateways.get(i);
            int k = slots.slot(g.id());
            if (k >= staked.length) {
                grow();
            }
            staked[k] = g.stakedPokt();
            feesPaid[k] = g.feesPaid();
            relaysServed[k] = g.relaysServed();
        }
    }

    /** Number of distinct gateways seen. */
    int size() {
        return slots.count();
    }

    /**
     * KPI 3 with a fixed gateway fee, uPOKT: the mean over all gateways seen (no filter) of
     * {@code 1e6 · [(1 + 1/r) · (kpi_3_R − GFPR/1e6) · Q − max(0, GMS − staked_pokt)/1e6]}, with
     * {@code Q = relays_served}; {@code NaN} when no gateway was seen (the original divides by zero).
     *
     * @param r                    the discount rate
     * @param revenuePerRelayPokt  {@code kpi_3_R}, POKT per relay
     * @param feePerRelayUpokt     the parameter {@code gateway_fee_per_relay}, uPOKT per relay
     * @param minimumStakeUpokt    {@code gateway_minimum_stake}, uPOKT
     */
    double kpi3(double r, double revenuePerRelayPokt, double feePerRelayUpokt, double minimumStakeUpokt) {
        // operation order as the original's compute_kpi3
        double margin = (1 + 1 / r) * (revenuePerRelayPokt - feePerRelayUpokt / 1e6);
        double sum = 0;
        for (int k = 0; k < size(); k++) {
            double pokt = margin * relaysServed[k] - stakeShortfall(minimumStakeUpokt, staked[k]) / 1e6;
            sum += pokt * 1e6;
        }
        return size() > 0 ? sum / size() : Double.NaN;
    }

    /**
     * KPI 3 with the "Dynamic" gateway fee (where the original fails), uPOKT: the fee bill {@code GFPR · Q} is
     * replaced by what the gateway actually paid, {@code fees_paid}, i.e. each gateway's effective fee per relay
     * {@code fees_paid / Q}: mean of
     * {@code 1e6 · [(1 + 1/r) · (kpi_3_R · Q − fees_paid/1e6) − max(0, GMS − staked_pokt)/1e6]};
     * {@code NaN} when no gateway was seen.
     *
     * @param r                    the discount rate
     * @param revenuePerRelayPokt  {@code kpi_3_R}, POKT per relay
     * @param minimumStakeUpokt    {@code gateway_minimum_stake}, uPOKT
     */
    double kpi3EffectiveFee(double r, double revenuePerRelayPokt, double minimumStakeUpokt) {
        double perpetuity = 1 + 1 / r;
        double sum = 0;
        for (int k = 0; k < size(); k++) {
            double pokt = perpetuity * (revenuePerRelayPokt * relaysServed[k] - feesPaid[k] / 1e6)
                    - stakeShortfall(minimumStakeUpokt, staked[k]) / 1e6;
            sum += pokt * 1e6;
        }
        return size() > 0 ? sum / size() : Double.NaN;
    }

    // Python's max(0, x): 0 unless x > 0 (so also 0 for NaN)
    private static double stakeShortfall(double minimumStake, double stake) {
        double x = minimumStake - stake;
        return x > 0 ? x : 0;
    }

    private void grow() {
        int len = staked.length * 2;
        staked = Arrays.copyOf(staked, len);
        feesPaid = Arrays.copyOf(feesPaid, len);
        relaysServed = Arrays.copyOf(relaysServed, len);
    }
}
