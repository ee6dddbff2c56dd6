package io.pocketsim.core.pocket.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Offset.offset;

import io.pocketsim.core.pocket.Fixtures;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.InitialStates;
import io.pocketsim.core.pocket.state.PocketState;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class FeeRatesTest {
    private static final Percentage EXACT = Percentage.withPercentage(1e-9);
    private static final double F0 = InitialStates.FLOATING_SUPPLY;

    @Test
    void constantRatesAndTheGfprRuleForApplications() {
        PocketState s = Fixtures.empty();
        FeeRates.update(Fixtures.base(), s);
        assertThat(s.gatewayFeePerRelay()).isEqualTo(27.42);
        assertThat(s.relaysToTokensMultiplier()).isEqualTo(161.29);
        assertThat(s.applicationFeePerRelay()).isCloseTo(34.275, within(1e-12));

        FeeRates.update(Fixtures.base("application_fee_per_relay", 40.0), s);
        assertThat(s.applicationFeePerRelay()).isEqualTo(40.0);
    }

    @Test
    void dynamicWorkedExampleOfSection6() {
        // day 1 with the initial price 0.06 USD/POKT and no relay data yet (R = 1)
        PocketRunParameters p = Fixtures.params("BaseDynamic");
        double price = 6e-8;
        assertThat(FeeRates.dynamicGfpr(p, price, 1)).isCloseTo(0.85e-6 / 0.06 * 1e6, EXACT); // 14.1667
        assertThat(FeeRates.dynamicRttmUncapped(p, price, 1)).isCloseTo(5e-6 / 0.06 * 1e6, EXACT); // 83.333
        // the cap carries an extra 1e6: about 2.08e8 uPOKT per relay, so it never binds
        assertThat(FeeRates.dynamicRttmCap(p, price, F0, 1)).isCloseTo(208312871.71412924 + 14.166666666666668, EXACT);
        assertThat(FeeRates.dynamicRttm(p, price, F0, 1)).isCloseTo(83.33333333333334, EXACT);

        PocketState s = Fixtures.empty();
        s.setPrice(price);
        FeeRates.update(p, s);
        assertThat(s.gatewayFeePerRelay()).isCloseTo(14.166666666666668, EXACT);
        assertThat(s.relaysToTokensMultiplier()).isCloseTo(83.33333333333334, EXACT);
        assertThat(s.applicationFeePerRelay()).isCloseTo(14.166666666666668 * 1.25, EXACT);
    }

    @Test
    void dynamicRatesInterpolateBetweenBootstrapAndMaturity() {
        PocketRunParameters p = Fixtures.params("BaseDynamic");
        double price = 6e-8;
        // R = 5 billion relays/day: inside both unwind ranges (3..20 for gateways, 1.5..10 for servicers)
        double gatewayUsd = 0.85e-6 + (5 - 3) / 17.0 * (1.971e-6 - 0.85e-6);
        double servicerUsd = 5e-6 + (5 - 1.5) / 8.5 * (1.47825e-6 - 5e-6);
        assertThat(FeeRates.dynamicGfpr(p, price, 5)).isCloseTo(gatewayUsd / 0.06 * 1e6, EXACT);
        assertThat(FeeRates.dynamicRttmUncapped(p, price, 5)).isCloseTo(servicerUsd / 0.06 * 1e6, EXACT);
        // at and beyond maturity the USD amounts are the maturity charge and cost
        assertThat(FeeRates.dynamicGfpr(p, price, 50)).isCloseTo(1.971e-6 / 0.06 * 1e6, EXACT);
        assertThat(FeeRates.dynamicRttmUncapped(p, price, 50)).isCloseTo(24.637499999999996, EXACT);
        // a cheaper POKT means more uPOKT per relay, in proportion
        assertThat(FeeRates.dynamicGfpr(p, price / 2, 5)).isCloseTo(2 * FeeRates.dynamicGfpr(p, price, 5), EXACT);
    }

    @Test
    void noOrZeroProcessedRelaysCountAsOneBillion() {
        assertThat(FeeRates.relaysInBillions(Double.NaN)).isEqualTo(1.0);
        assertThat(FeeRates.relaysInBillions(0)).isEqualTo(1.0);
        assertThat(FeeRates.relaysInBillions(2.5e9)).isEqualTo(2.5);

        PocketRunParameters p = Fixtures.params("BaseDynamic");
        PocketState s = Fixtures.empty();
        s.setRelays(s.totalRelays(), 0);
        FeeRates.update(p, s);
        double withZero = s.relaysToTokensMultiplier();
        s.setRelays(s.totalRelays(), Double.NaN);
        FeeRates.update(p, s);
        assertThat(s.relaysToTokensMultiplier()).isEqualTo(withZero).isCloseTo(83.33333333333334, EXACT);
    }

    @Test
    void rttmCapUnitsCorrectionLetsTheCapBind() {
        // price 0.0006 USD/POKT and 10 billion relays/day: uncapped 2463.75, corrected cap 20.83 + GFPR 2185.98
        double price = 6e-10;
        PocketRunParameters original = Fixtures.params("BaseDynamic");
        PocketRunParameters corrected = Fixtures.params("BaseDynamic", "corrections", java.util.List.of("rttm_cap_units"));
        assertThat(FeeRates.dynamicRttm(original, price, F0, 10)).isCloseTo(2463.75, EXACT);
        assertThat(FeeRates.dynamicRttm(corrected, price, F0, 10)).isCloseTo(2206.811679328276, EXACT);
        // the correction never changes the gateway fee
        assertThat(FeeRates.dynamicGfpr(corrected, price, 10)).isCloseTo(2185.980392156863, offset(1e-9));
    }

    @Test
    void dynamicRttmWithNumericGfprStillUsesTheDynamicGfprInItsCap() {
        PocketRunParameters p = Fixtures.base("relays_to_tokens_multiplier", "Dynamic",
                "corrections", java.util.List.of("rttm_cap_units"));
        PocketState s = Fixtures.empty();
        s.setPrice(6e-10);
        s.setRelays(s.totalRelays(), 10e9);
        FeeRates.update(p, s);
        assertThat(s.gatewayFeePerRelay()).isEqualTo(27.42);
        assertThat(s.relaysToTokensMultiplier()).isCloseTo(2206.811679328276, EXACT);
    }
}
