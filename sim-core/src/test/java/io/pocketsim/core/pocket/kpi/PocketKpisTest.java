package io.pocketsim.core.pocket.kpi;

import static io.pocketsim.core.pocket.state.PocketStateFixture.addGateway;
import static io.pocketsim.core.pocket.state.PocketStateFixture.addServicer;
import static io.pocketsim.core.pocket.state.PocketStateFixture.loseJailRevenue;
import static io.pocketsim.core.pocket.state.PocketStateFixture.removeGateway;
import static io.pocketsim.core.pocket.state.PocketStateFixture.removeServicer;
import static io.pocketsim.core.pocket.state.PocketStateFixture.setGateway;
import static io.pocketsim.core.pocket.state.PocketStateFixture.setServicer;
import static io.pocketsim.core.pocket.state.PocketStateFixture.slash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.pocketsim.core.engine.RunMetrics;
import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.pocket.state.Gateway;
import io.pocketsim.core.pocket.parameters.PocketEvents;
import io.pocketsim.core.pocket.parameters.PocketParameterSpace;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.PocketStateFixture;
import io.pocketsim.core.pocket.state.Servicer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PocketKpisTest {
    private static final double REL = 1e-9; // percent: hand arithmetic vs doubles

    /** Base with round numbers for the KPI inputs: p = 0.1, kpi_3_R = 3e-5 POKT, GFPR = 10 uPOKT, GMS = 1.5e11. */
    static ParameterPoint point() {
        return PocketParameterSpace.namedSet("Base")
                .with("servicer_jailing_probability", 0.1)
                .with("kpi_3_R", 3e-5)
                .with("gateway_fee_per_relay", 10.0)
                .with("gateway_minimum_stake", 150000e6);
    }

    static PocketRunParameters params() {
        return PocketRunParameters.from(point());
    }

    static double kpi(double[] result, String name) {
        int c = PocketKpis.COLUMNS.indexOf(name);
        assertThat(c).as("column " + name).isGreaterThanOrEqualTo(0);
        return result[c];
    }

    /**
     * A 3-day run (rows 0..3) with five servicers and three gateways:
     * A (id 5) stays; B (id 6) leaves after day 1 and keeps changing afterwards; C (id 7) joins on day 2 with no
     * revenue; D (id 8) joins on day 3 with all zeros; E (id 9) stays. G1 (id 1) leaves after day 1 and is still
     * charged as a ghost; G2 (id 2) joins on day 1; G3 (id 3) joins on day 3 and serves nothing.
     * Final (last-seen) values, uPOKT:
     * <pre>
     *      staked  inflow  revenues  slashing        jail lost
     *   A  2000    2500    1000      -400 (1 entry)  100
     *   B  1500    1500     500      none              0
     *   C  1000    1000       0      -30 (2 entries)  50
     *   D     0       0       0      none              0
     *   E  1000    1200     200      none             60
     *        staked   fees   relays
     *   G1   1.4e11   1e7    1e6
     *   G2   1.6e11   2e7    2e6
     *   G3   1.5e11   0      0
     * </pre>
     */
    static double[] scenario(RunMetrics<PocketState, PocketRunParameters> kpis, PocketRunParameters params) {
        PocketState s = PocketStateFixture.emptyState();
        RunMetrics.Accumulator<PocketState> acc = kpis.begin(params, 3);

        Servicer a = addServicer(s, 5);
        Servicer b = addServicer(s, 6);
        Servicer e = addServicer(s, 9);
        setServicer(a, 1500, 1500, 0);
        setServicer(b, 1500, 1500, 100);
        setServicer(e, 1000, 1000, 0);
        Gateway g1 = addGateway(s, 1);
        setGateway(g1, 1.5e11, 0, 0);
        acc.observe(0, s, KpiRows.row().set("floating_supply", 1000).set("POKT_net_mint", 0)
                .set("circulating_supply", 900).set("dao_value_capture", 0.01)
                .set("POKT_burned_cumulative", 0).set("POKT_minted_cumulative", 0).set("POKT_net_mint_cumulative", 0)
                .set("burn_rate_cumulative", 0).set("mint_rate_cumulative", 0).set("net_mint_rate_cumulative", 0)
                .build());

        setServicer(a, 1500, 1500, 400);
        setServicer(b, 1500, 1500, 500);
        setGateway(g1, 1.4e11, 1e7, 1e6);
        Gateway g2 = addGateway(s, 2);
        setGateway(g2, 1.6e11, 0, 0);
        acc.observe(1, s, KpiRows.row().set("kpi_c", 0.2).set("floating_supply", 1010).set("POKT_net_mint", 10)
                .set("total_relays", 100).set("processed_relays", 90).set("kpi_a", 0.9)
                .set("circulating_supply", 905).set("dao_value_capture", 0.011)
                .set("POKT_burned_cumulative", 5).set("POKT_minted_cumulative", 15).set("POKT_net_mint_cumulative", 10)
                .set("burn_rate_cumulative", 0.005).set("mint_rate_cumulative", 0.015)
                .set("net_mint_rate_cumulative", 0.01).build());

        // B and G1 depart; their objects keep changing (G1 as a ghost charged by a forgotten delegator)
        removeServicer(s, b);
        removeGateway(s, g1);
        setServicer(b, 0, 1500, 99999);
        slash(b, 77);
        setGateway(g1, 1.4e11 - 5e6, 1e7 + 5e6, 1e6 + 5e5);

        Servicer c = addServicer(s, 7);
        setServicer(c, 1000, 1000, 0);
        slash(c, 10);
        setServicer(a, 1500, 1500, 800);
        slash(a, 400);
        setGateway(g2, 1.6e11, 1e7, 1e6);
        acc.observe(2, s, KpiRows.row().set("kpi_c", 0.4).set("floating_supply", 1030).set("POKT_net_mint", 20)
                .set("total_relays", 200).set("processed_relays", 200).set("kpi_a", 1.0)
                .set("circulating_supply", 915).set("dao_value_capture", 0.012)
                .set("POKT_burned_cumulative", 10).set("POKT_minted_cumulative", 40).set("POKT_net_mint_cumulative", 30)
                .set("burn_rate_cumulative", 0.01).set("mint_rate_cumulative", 0.04)
                .set("net_mint_rate_cumulative", 0.03).build());

        addServicer(s, 8);
        setServicer(a, 2000, 2500, 1000);
        loseJailRevenue(a, 100);
        slash(c, 20);
        loseJailRevenue(c, 50);
        setServicer(e, 1000, 1200, 200);
        loseJailRevenue(e, 60);
        setGateway(g2, 1.6e11, 2e7, 2e6);
        Gateway g3 = addGateway(s, 3);
        setGateway(g3, 1.5e11, 0, 0);
        // dao_value_capture missing on the last row: the last non-missing value (day 2) is reported, as pandas' last()
        acc.observe(3, s, KpiRows.row().set("kpi_c", 0.3).set("floating_supply", 1025).set("POKT_net_mint", -5)
                .set("total_relays", 50).set("processed_relays", 40).set("kpi_a", 0.8)
                .set("circulating_supply", 920)
                .set("POKT_burned_cumulative", 20).set("POKT_minted_cumulative", 45).set("POKT_net_mint_cumulative", 25)
                .set("burn_rate_cumulative", 0.02).set("mint_rate_cumulative", 0.045)
                .set("net_mint_rate_cumulative", 0.025).build());
        return acc.result();
    }

    @Nested
    @DisplayName("a hand-computed 3-day run")
    class HandComputedRun {
        private final double[] k = scenario(PocketKpis.of(KpiRows.COLUMNS), params());

        @Test
        void columnsAreTheOriginalsInItsOrder() {
            assertThat(PocketKpis.of(KpiRows.COLUMNS).columns()).containsExactly("Net Minting Rate", "KPI C", "KPI 8",
                    "KPI E", "KPI 1", "KPI 3", "KPI 11", "KPI 14", "total_relays", "processed_relays", "kpi_a",
                    "floating_supply", "circulating_supply", "dao_value_capture", "POKT_burned_cumulative",
                    "POKT_minted_cumulative", "POKT_net_mint_cumulative", "burn_rate_cumulative",
                    "mint_rate_cumulative", "net_mint_rate_cumulative", "kpi_c_pre", "kpi_c_post");
            assertThat(k).hasSize(22);
        }

        @Test
        void rowSumsAndMeansSkipMissingDays() {
            // (0 + 10 + 20 - 5) / first floating supply 1000
            assertThat(kpi(k, "Net Minting Rate")).isCloseTo(0.025, withinPercentage(REL));
            // kpi_c missing on day 0: (0.2 + 0.4 + 0.3) / 3
            assertThat(kpi(k, "KPI C")).isCloseTo(0.3, withinPercentage(REL));
            // relays missing on day 0: 100 + 200 + 50, 90 + 200 + 40
            assertThat(kpi(k, "total_relays")).isEqualTo(350);
            assertThat(kpi(k, "processed_relays")).isEqualTo(330);
            // (0.9 + 1.0 + 0.8) / 3
            assertThat(kpi(k, "kpi_a")).isCloseTo(0.9, withinPercentage(REL));
        }

        @Test
        void endOfRunColumnsAreTheLastNonMissingValues() {
            assertThat(kpi(k, "floating_supply")).isEqualTo(1025);
            assertThat(kpi(k, "circulating_supply")).isEqualTo(920);
            assertThat(kpi(k, "dao_value_capture")).isEqualTo(0.012);
            assertThat(kpi(k, "POKT_burned_cumulative")).isEqualTo(20);
            assertThat(kpi(k, "POKT_minted_cumulative")).isEqualTo(45);
            assertThat(kpi(k, "POKT_net_mint_cumulative")).isEqualTo(25);
            assertThat(kpi(k, "burn_rate_cumulative")).isEqualTo(0.02);
            assertThat(kpi(k, "mint_rate_cumulative")).isEqualTo(0.045);
            assertThat(kpi(k, "net_mint_rate_cumulative")).isEqualTo(0.025);
        }

        @Test
        void kpi1IsTheMeanOfTheNonZeroServicerNpvs() {
            // r = 0.05: 1 + 1/r = 21; p_j = 1 - 0.9^3 = 0.271; (1/1.05)(1 - p_j) = 0.729/1.05
            // A: 21 (1000 - 0.05*2000 + 0.729/1.05*100) = 21*900 + 0.729*100*20 = 18900 + 1458 = 20358
            // B: 21 (500 - 75) = 8925 (its day-1 values, not the later ones)
            // C: 21 (0 - 50 + 0.729/1.05*50) = -1050 + 729 = -321
            // D: 21 (0 - 0 + 0) = 0, dropped by the truthiness filter
            // E: 21 (200 - 50 + 0.729/1.05*60) = 3150 + 874.8 = 4024.8
            assertThat(kpi(k, "KPI 1")).isCloseTo((20358 + 8925 - 321 + 4024.8) / 4, withinPercentage(REL));
        }

        @Test
        void kpi8AveragesOverSlashedServicersOnly() {
            // A -400, C -10-20; B's slash after it left is not seen: -(-400 - 30) / 2
            assertThat(kpi(k, "KPI 8")).isCloseTo(215, withinPercentage(REL));
        }

        @Test
        void kpiEIsExpOfSlashingOverJailingCost() {
            // S = -430; J = -[(100-400) + 0 + (50-30) + 0 + 60] = 220
            assertThat(kpi(k, "KPI E")).isCloseTo(Math.exp(430.0 / 220.0), withinPercentage(REL));
        }

        @Test
        void kpi11And14UseServicersWithRevenueAndDropZeros() {
            // KPI 11: A 100/1000 = 0.1, B 0/500 = 0 dropped, E 60/200 = 0.3; C and D have no revenue
            assertThat(kpi(k, "KPI 11")).isCloseTo(0.2, withinPercentage(REL));
            // KPI 14: A 0.05*2500/1000 = 0.125, B 0.05*1500/500 = 0.15, E 0.05*1200/200 = 0.3
            assertThat(kpi(k, "KPI 14")).isCloseTo((0.125 + 0.15 + 0.3) / 3, withinPercentage(REL));
        }

        @Test
        void kpi3AveragesEveryGatewayWithItsLastSeenValues() {
            // (1 + 1/r)(kpi_3_R - GFPR/1e6) = 21 (3e-5 - 1e-5) = 4.2e-4 POKT per relay
            // G1 (day 1, ghost charges ignored): 4.2e-4*1e6 - (1.5e11 - 1.4e11)/1e6 = 420 - 10000 = -9580 POKT
            // G2: 4.2e-4*2e6 - 0 = 840 POKT; G3: 0 (kept: no filter)
            assertThat(kpi(k, "KPI 3")).isCloseTo((-9580 + 840 + 0) * 1e6 / 3, withinPercentage(REL));
        }

        @Test
        void recoveryColumnsAreMissingWithoutAnOutageEvent() {
            assertThat(kpi(k, "kpi_c_pre")).isNaN();
            assertThat(kpi(k, "kpi_c_post")).isNaN();
        }
    }

    @Nested
    @DisplayName("discount rate")
    class DiscountRate {
        @Test
        void defaultsToTheOriginals5Percent() {
            assertThat(PocketKpis.of(KpiRows.COLUMNS).discountRate()).isEqualTo(0.05);
            assertThat(scenario(PocketKpis.of(KpiRows.COLUMNS), params()))
                    .containsExactly(scenario(PocketKpis.of(KpiRows.COLUMNS, 0.05), params()));
        }

        @Test
        void entersKpis1And3And14() {
            double[] k = scenario(PocketKpis.of(KpiRows.COLUMNS, 0.1), params());
            // r = 0.1: 1 + 1/r = 11; (1/1.1)(0.729)
            // A: 11 (1000 - 200) + 11/1.1*0.729*100 = 8800 + 729 = 9529
            // B: 11 (500 - 150) = 3850; C: 11 (-100) + 10*0.729*50 = -1100 + 364.5 = -735.5
            // E: 11 (200 - 100) + 10*0.729*60 = 1100 + 437.4 = 1537.4
            assertThat(kpi(k, "KPI 1")).isCloseTo((9529 + 3850 - 735.5 + 1537.4) / 4, withinPercentage(REL));
            // 11 * 2e-5 = 2.2e-4 POKT per relay: G1 220 - 10000, G2 440, G3 0
            assertThat(kpi(k, "KPI 3")).isCloseTo((220 - 10000 + 440) * 1e6 / 3, withinPercentage(REL));
            // twice the r = 0.05 values
            assertThat(kpi(k, "KPI 14")).isCloseTo(2 * (0.125 + 0.15 + 0.3) / 3, withinPercentage(REL));
            // the other KPIs do not depend on r
            assertThat(kpi(k, "KPI 8")).isCloseTo(215, withinPercentage(REL));
            assertThat(kpi(k, "KPI 11")).isCloseTo(0.2, withinPercentage(REL));
        }

        @ParameterizedTest
        @ValueSource(doubles = {0, -0.05, Double.NaN, Double.POSITIVE_INFINITY})
        void mustBeAFinitePositiveNumber(double r) {
            assertThatThrownBy(() -> PocketKpis.of(KpiRows.COLUMNS, r))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("discountRate")
                    .hasMessageContaining(String.valueOf(r));
        }
    }

    @Nested
    @DisplayName("KPI 3")
    class Kpi3 {
        @Test
        void withADynamicFeeUsesEachGatewaysFeesPaid() {
            PocketRunParameters dynamic = PocketRunParameters.from(point().with("gateway_fee_per_relay", "Dynamic"));
            double[] k = scenario(PocketKpis.of(KpiRows.COLUMNS), dynamic);
            // fees_paid = 10 uPOKT x relays for every gateway of the scenario, so the fixed-fee numbers come out:
            // G1 21 (3e-5*1e6 - 1e7/1e6) - 10000 = 21*20 - 10000 = -9580; G2 21 (60 - 20) = 840; G3 0
            assertThat(kpi(k, "KPI 3")).isCloseTo((-9580 + 840 + 0) * 1e6 / 3, withinPercentage(REL));
        }

        @Test
        void withADynamicFeeChargesWhatWasActuallyPaid() {
            PocketRunParameters dynamic = PocketRunParameters.from(point().with("gateway_fee_per_relay", "Dynamic"));
            PocketState s = PocketStateFixture.emptyState();
            // 2e6 relays served but 3e7 charged (relays lost to shut-down servicers are billed too), full stake
            setGateway(addGateway(s, 4), 1.5e11, 3e7, 2e6);
            double[] k = observeOnce(PocketKpis.of(KpiRows.COLUMNS), dynamic, s);
            // 21 (3e-5*2e6 - 3e7/1e6) = 21 (60 - 30) = 630 POKT
            assertThat(kpi(k, "KPI 3")).isCloseTo(630e6, withinPercentage(REL));

            // the fixed fee ignores fees_paid: 21 (3e-5 - 1e-5) 2e6 = 840 POKT
            assertThat(kpi(observeOnce(PocketKpis.of(KpiRows.COLUMNS), params(), s), "KPI 3"))
                    .isCloseTo(840e6, withinPercentage(REL));
        }

        @Test
        void isMissingWhenNoGatewayWasEverSeen() {
            PocketState s = PocketStateFixture.emptyState();
            setServicer(addServicer(s, 0), 100, 100, 10);
            assertThat(kpi(observeOnce(PocketKpis.of(KpiRows.COLUMNS), params(), s), "KPI 3")).isNaN();
        }

        @Test
        void chargesOnlyTheStakeShortfallBelowTheMinimum() {
            PocketState s = PocketStateFixture.emptyState();
            setGateway(addGateway(s, 0), 1.5e11 + 1e9, 0, 0);  // above GMS: no penalty
            setGateway(addGateway(s, 1), 1.5e11 - 2e9, 0, 0);  // 2e9 uPOKT short = 2000 POKT
            // (0 - 2000 POKT) * 1e6 / 2
            assertThat(kpi(observeOnce(PocketKpis.of(KpiRows.COLUMNS), params(), s), "KPI 3"))
                    .isCloseTo(-1e9, withinPercentage(REL));
        }
    }

    @Nested
    @DisplayName("missing values")
    class MissingValues {
        @Test
        void kpiEIsMissingWhenTheJailingCostIsNotPositive() {
            PocketState s = PocketStateFixture.emptyState();
            Servicer x = addServicer(s, 0);
            setServicer(x, 100, 100, 10);
            slash(x, 30);
            loseJailRevenue(x, 30);
            // J = -(30 - 30) = 0: not > 0
            double[] k = observeOnce(PocketKpis.of(KpiRows.COLUMNS), params(), s);
            assertThat(kpi(k, "KPI E")).isNaN();
            assertThat(kpi(k, "KPI 8")).isCloseTo(30, withinPercentage(REL));

            loseJailRevenue(x, 1);
            // J = -(31 - 30) = -1 < 0
            assertThat(kpi(observeOnce(PocketKpis.of(KpiRows.COLUMNS), params(), s), "KPI E")).isNaN();
        }

        @Test
        void kpiEIsOneWithoutSlashingWhenOnlyTheSignMakesJPositive() {
            PocketState s = PocketStateFixture.emptyState();
            Servicer x = addServicer(s, 0);
            slash(x, 0);  // an entry of -0.0: S = 0, J = -(0 + 0) = 0 -> missing
            assertThat(kpi(observeOnce(PocketKpis.of(KpiRows.COLUMNS), params(), s), "KPI E")).isNaN();
            slash(x, 5);  // S = -5, J = 5: exp(5/5) = e
            assertThat(kpi(observeOnce(PocketKpis.of(KpiRows.COLUMNS), params(), s), "KPI E"))
                    .isCloseTo(Math.E, withinPercentage(REL));
        }

        @Test
        void kpi8IsMissingWithoutASlashedServicer() {
            PocketState s = PocketStateFixture.emptyState();
            Servicer x = addServicer(s, 0);
            setServicer(x, 100, 100, 10);
            loseJailRevenue(x, 30);
            double[] k = observeOnce(PocketKpis.of(KpiRows.COLUMNS), params(), s);
            assertThat(kpi(k, "KPI 8")).isNaN();
            // S = 0, J = -30
            assertThat(kpi(k, "KPI E")).isNaN();
        }

        @Test
        void servicerKpisAreMissingWhenEveryValueIsDropped() {
            PocketState s = PocketStateFixture.emptyState();
            // revenue but no stake inflow and no jail loss: KPI 11 and 14 values are exactly 0 and dropped;
            // NPV = 21 (0 - 0 + 0) = 0 for a servicer with nothing
            setServicer(addServicer(s, 0), 0, 0, 50);
            setServicer(addServicer(s, 1), 0, 0, 0);
            double[] k = observeOnce(PocketKpis.of(KpiRows.COLUMNS), params(), s);
            assertThat(kpi(k, "KPI 11")).isNaN();
            assertThat(kpi(k, "KPI 14")).isNaN();
            // servicer 0: 21 * 50 = 1050; servicer 1 dropped
            assertThat(kpi(k, "KPI 1")).isCloseTo(1050, withinPercentage(REL));

            PocketState none = PocketStateFixture.emptyState();
            double[] empty = observeOnce(PocketKpis.of(KpiRows.COLUMNS), params(), none);
            assertThat(kpi(empty, "KPI 1")).isNaN();
            assertThat(kpi(empty, "KPI 8")).isNaN();
            assertThat(kpi(empty, "KPI E")).isNaN();
        }

        @Test
        void rowSumsOfOnlyMissingDaysAreZeroAndMeansAreMissing() {
            double[] k = observeOnce(PocketKpis.of(KpiRows.COLUMNS), params(), PocketStateFixture.emptyState());
            assertThat(kpi(k, "total_relays")).isZero();
            assertThat(kpi(k, "processed_relays")).isZero();
            assertThat(kpi(k, "kpi_a")).isNaN();
            assertThat(kpi(k, "KPI C")).isNaN();
            assertThat(kpi(k, "floating_supply")).isNaN();
            assertThat(kpi(k, "Net Minting Rate")).isNaN();
        }
    }

    static Stream<String> recoveryEvents() {
        return PocketKpis.RECOVERY_EVENTS.stream().sorted();
    }

    static Stream<String> otherEvents() {
        return PocketEvents.NAMES.stream().filter(e -> !PocketKpis.RECOVERY_EVENTS.contains(e));
    }

    @Nested
    @DisplayName("kpi_c_pre and kpi_c_post")
    class Recovery {
        @ParameterizedTest
        @MethodSource("io.pocketsim.core.pocket.kpi.PocketKpisTest#recoveryEvents")
        void areReportedForTheFourOutageEvents(String event) {
            double[] k = kpiCRun(event, 190);
            // kpi_c(t) = t/1000 from day 1 (missing on day 0); pre = mean over days 1..181 = 91/1000
            assertThat(kpi(k, "kpi_c_pre")).isCloseTo(0.091, withinPercentage(REL));
            assertThat(kpi(k, "kpi_c_post")).isEqualTo(0.190);
            // KPI C over days 1..190: 95.5/1000
            assertThat(kpi(k, "KPI C")).isCloseTo(0.0955, withinPercentage(REL));
        }

        @ParameterizedTest
        @MethodSource("io.pocketsim.core.pocket.kpi.PocketKpisTest#otherEvents")
        void areMissingForEveryOtherEvent(String event) {
            double[] k = kpiCRun(event, 190);
            assertThat(kpi(k, "kpi_c_pre")).isNaN();
            assertThat(kpi(k, "kpi_c_post")).isNaN();
        }

        @Test
        void postIsTheLastRowEvenWhenMissingAndPreCoversShortRuns() {
            PocketRunParameters p = PocketRunParameters.from(point().with("event", "service_shutdown_random_t1"));
            RunMetrics.Accumulator<PocketState> acc = PocketKpis.of(KpiRows.COLUMNS).begin(p, 3);
            PocketState s = PocketStateFixture.emptyState();
            acc.observe(0, s, KpiRows.row().build());
            acc.observe(1, s, KpiRows.row().set("kpi_c", 0.5).build());
            acc.observe(2, s, KpiRows.row().set("kpi_c", 0.7).build());
            acc.observe(3, s, KpiRows.row().build());
            double[] k = acc.result();
            // all days are before day 182: (0.5 + 0.7) / 2; the last row's kpi_c is missing
            assertThat(kpi(k, "kpi_c_pre")).isCloseTo(0.6, withinPercentage(REL));
            assertThat(kpi(k, "kpi_c_post")).isNaN();
        }

        private double[] kpiCRun(String event, int days) {
            PocketRunParameters p = PocketRunParameters.from(point().with("event", event));
            RunMetrics.Accumulator<PocketState> acc = PocketKpis.of(KpiRows.COLUMNS).begin(p, days);
            PocketState s = PocketStateFixture.emptyState();
            for (int t = 0; t <= days; t++) {
                acc.observe(t, s, KpiRows.row().set("kpi_c", t == 0 ? Double.NaN : t / 1000.0).build());
            }
            return acc.result();
        }
    }

    @Nested
    @DisplayName("runs")
    class Runs {
        @Test
        void runsInSequenceAndInterleavedGiveIndependentValues() {
            PocketKpis kpis = PocketKpis.of(KpiRows.COLUMNS);
            double[] alone = scenario(kpis, params());
            double[] other = otherRun(kpis.begin(params(), 2), null);

            // the scenario after another run on the same metrics object
            assertThat(scenario(kpis, params())).containsExactly(alone);
            // the other run interleaved with a second one, day by day
            RunMetrics.Accumulator<PocketState> second = kpis.begin(params(), 2);
            double[] interleaved = otherRun(kpis.begin(params(), 2), second);
            assertThat(interleaved).containsExactly(other);
            assertThat(second.result()).containsExactly(other);
            // the other run's own values: its cumulative columns and entities only
            assertThat(kpi(other, "POKT_minted_cumulative")).isEqualTo(7);
            assertThat(kpi(other, "net_mint_rate_cumulative")).isEqualTo(0.007);
            assertThat(kpi(other, "total_relays")).isEqualTo(11);
            // one servicer: 21 (30 - 0.05*100) = 525
            assertThat(kpi(other, "KPI 1")).isCloseTo(525, withinPercentage(REL));
            assertThat(kpi(other, "KPI 3")).isNaN();
        }

        /** A 2-day run with one servicer (id 5, as in the scenario) and no gateway; feeds {@code twin} too. */
        private double[] otherRun(RunMetrics.Accumulator<PocketState> acc, RunMetrics.Accumulator<PocketState> twin) {
            PocketState s = PocketStateFixture.emptyState();
            Servicer x = addServicer(s, 5);
            for (int t = 0; t <= 2; t++) {
                setServicer(x, 100, 100, 15 * t);
                double[] row = KpiRows.row().set("floating_supply", 1000).set("total_relays", t == 0 ? Double.NaN : 5.5)
                        .set("POKT_minted_cumulative", 3.5 * t).set("net_mint_rate_cumulative", 0.0035 * t).build();
                acc.observe(t, s, row);
                if (twin != null) {
                    twin.observe(t, s, row);
                }
            }
            return acc.result();
        }
    }

    @Test
    void requiresEveryInputColumnByName() {
        assertThat(PocketKpis.requiredColumns()).containsExactlyInAnyOrderElementsOf(
                KpiRows.COLUMNS.stream().filter(c -> !c.equals("day")).toList());
        List<String> lacking = new ArrayList<>(KpiRows.COLUMNS);
        lacking.remove("kpi_c");
        lacking.remove("POKT_minted_cumulative");
        assertThatThrownBy(() -> PocketKpis.of(lacking))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recorderColumns lacks [kpi_c, POKT_minted_cumulative]");
    }

    static double[] observeOnce(PocketKpis kpis, PocketRunParameters params, PocketState s) {
        RunMetrics.Accumulator<PocketState> acc = kpis.begin(params, 1);
        acc.observe(0, s, KpiRows.row().build());
        acc.observe(1, s, KpiRows.row().build());
        return acc.result();
    }
}
