package io.pocketsim.core.pocket.block;

import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.PocketState;

/**
 * Block 2 ({@code gfpr_rttm_block}): the relays-to-tokens multiplier and the gateway/application fees per relay
 * (model-spec.md §4.2, §6).
 */
public final class FeeRates {
    /** Days per year in the dynamic RTTM cap. */
    static final double DAYS_PER_YEAR = 365.2;

    private FeeRates() {
    }

    /** p_update_gfpr, p_update_rttm and s_update_afpr. */
    public static void update(PocketRunParameters p, PocketState s) {
        double r = relaysInBillions(s.processedRelays());
        double price = s.poktPriceOracle();
        double gfpr = p.gatewayFeePerRelayDynamic() ? dynamicGfpr(p, price, r) : p.gatewayFeePerRelay();
        double rttm = p.relaysToTokensMultiplierDynamic()
                ? dynamicRttm(p, price, s.floatingSupply(), r)
                : p.relaysToTokensMultiplier();
        // s_update_afpr: a number, or "GFPR*x" times today's gateway fee
        double afpr = Double.isNaN(p.applicationFeePerRelay())
                ? gfpr * p.applicationFeePerRelayGfprMultiplier()
                : p.applicationFeePerRelay();
        s.setFeeRates(rttm, gfpr, afpr);
    }

    /** Yesterday's processed relays in billions; 1 when there is no data yet or it was 0 (quirk §9.7). */
    static double relaysInBillions(double processedRelays) {
        if (Double.isNaN(processedRelays) || processedRelays == 0) {
            return 1;
        }
        return processedRelays / 1e9;
    }

    /** The dynamic gateway fee per relay, uPOKT (p_update_gfpr): USD fee interpolated, converted at the price. */
    static double dynamicGfpr(PocketRunParameters p, double price, double r) {
        double usdPerPokt = price * 1e6;
        double a = (p.minBootstrapGatewayFeePerRelay() - p.maturityRelayCharge()) / usdPerPokt
                / (p.gatewayBootstrapUnwindStart() - p.gatewayBootstrapEnd());
        double b = p.maturityRelayCharge() / usdPerPokt - a * p.gatewayBootstrapEnd();
        double x = Math.min(Math.max(r, p.gatewayBootstrapUnwindStart()), p.gatewayBootstrapEnd());
        return (a * x + b) * 1e6;
    }

    /** The dynamic RTTM before its cap, uPOKT per relay. */
    static double dynamicRttmUncapped(PocketRunParameters p, double price, double r) {
        double usdPerPokt = price * 1e6;
        double a = (p.maxBootstrapServicerCostPerRelay() - p.maturityRelayCost()) / usdPerPokt
                / (p.servicerBootstrapUnwindStart() - p.servicerBootstrapEnd());
        double x = Math.min(Math.max(r, p.servicerBootstrapUnwindStart()), p.servicerBootstrapEnd());
        double b = p.maturityRelayCost() / usdPerPokt - a * p.servicerBootstrapEnd();
        return (a * x + b) * 1e6;
    }

    /**
     * The dynamic RTTM supply-growth cap, uPOKT per relay. The original multiplies an amount already in uPOKT by
     * 1e6 (quirk §9.7: the cap never binds); {@link Correction#RTTM_CAP_UNITS} drops that factor.
     */
    static double dynamicRttmCap(PocketRunParameters p, double price, double floatingSupply, double r) {
        double perRelay = p.supplyGrowCap() * floatingSupply / (r * 1e9 * DAYS_PER_YEAR);
        if (!p.corrected(Correction.RTTM_CAP_UNITS)) {
            perRelay = perRelay * 1e6;
        }
        return perRelay + dynamicGfpr(p, price, r);
    }

    /** The dynamic RTTM (p_update_rttm with uses_supply_growth), uPOKT per relay. */
    static double dynamicRttm(PocketRunParameters p, double price, double floatingSupply, double r) {
        return Math.min(dynamicRttmUncapped(p, price, r), dynamicRttmCap(p, price, floatingSupply, r));
    }
}
