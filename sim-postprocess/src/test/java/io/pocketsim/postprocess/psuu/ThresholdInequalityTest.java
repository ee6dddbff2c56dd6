package io.pocketsim.postprocess.psuu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ThresholdInequalityTest {
    private static final double NAN = Double.NaN;
    private static final ScenarioConfig BUILT_IN_SERVICE = PsuuConfig.builtIn().scenario("network_failures_service");

    private static Inequality.Outcome evaluate(String inequality, double... values) {
        PsuuConfig c = PsuuConfig.builtIn();
        Inequality i = c.inequalities().get(inequality);
        int[] group = new int[values.length];
        for (int r = 0; r < group.length; r++) {
            group[r] = r;
        }
        return i.evaluate(values, group, c.thresholds());
    }

    @Nested
    class Fraction {
        @Test
        void shouldPassWhenTheShareAboveTheFloorReachesTheFraction() {
            // s1 = 750e6, s2 = 0.9: 9 of 10 rows above -> p = 0.9 >= 0.9
            Inequality.Outcome o = evaluate("servicer_npv", 8e8, 8e8, 8e8, 8e8, 8e8, 8e8, 8e8, 8e8, 8e8, 1e8);
            assertThat(o).isEqualTo(new Inequality.Outcome(true, 0.9));
            assertThat(evaluate("servicer_npv", 8e8, 8e8, 8e8, 8e8, 1e8)).isEqualTo(new Inequality.Outcome(false, 0.8));
        }

        @Test
        void shouldCompareStrictly() {
            assertThat(evaluate("servicer_npv", 750e6, 750e6)).isEqualTo(new Inequality.Outcome(false, 0.0));
            assertThat(evaluate("dao_value_capture", 0.02, 0.1, 0.05, 0.05)).isEqualTo(new Inequality.Outcome(false, 0.5));
        }

        @Test
        void shouldCountNullRowsInTheDenominatorAsFailures() {
            assertThat(evaluate("servicer_npv", 8e8, 8e8, 8e8, 8e8, 8e8, 8e8, 8e8, 8e8, 8e8, NAN))
                    .isEqualTo(new Inequality.Outcome(true, 0.9));
            assertThat(evaluate("servicer_npv", 8e8, 8e8, 8e8, 8e8, 8e8, 8e8, 8e8, 8e8, NAN, NAN))
                    .isEqualTo(new Inequality.Outcome(false, 0.8));
            assertThat(evaluate("gateway_npv", NAN, NAN)).isEqualTo(new Inequality.Outcome(false, 0.0));
        }

        @Test
        void shouldApplyBothBoundsOfATwoSidedTest() {
            // z1 = 0.02 < kpi_10 < z2 = 0.1 in at least z3 = 0.9 of rows
            assertThat(evaluate("dao_value_capture", 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.2))
                    .isEqualTo(new Inequality.Outcome(true, 0.9));
            assertThat(evaluate("dao_value_capture", 0.05, 0.01)).isEqualTo(new Inequality.Outcome(false, 0.5));
        }

        @Test
        void shouldAcceptInfiniteRatiosAsAboveTheFloor() {
            assertThat(evaluate("network_load_balancing", Double.POSITIVE_INFINITY, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9,
                    0.9, 0.9, 0.9)).isEqualTo(new Inequality.Outcome(true, 1.0));
        }
    }

    @Nested
    class Negated {
        @Test
        void shouldPassWhenTheShareAboveTheFloorStaysBelowTheFraction() {
            // b1 = 1e6, b2 = 0.1: P(kpi_8 > 1e6) < 0.1
            assertThat(evaluate("servicer_slashing_cost", 2e6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                    .satisfies(o -> {
                        assertThat(o.pass()).isTrue();
                        assertThat(o.soft()).isCloseTo(10.0 / 11, within(1e-15));
                    });
            assertThat(evaluate("servicer_slashing_cost", 2e6, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                    .isEqualTo(new Inequality.Outcome(false, 0.9));
            assertThat(evaluate("servicer_slashing_cost", 0, 0)).isEqualTo(new Inequality.Outcome(true, 1.0));
        }

        @Test
        void shouldScoreOneMinusTheShareNotTheBooleanNotP() {
            // the original returned `not p`: False for any p > 0; we return 1 - p
            Inequality.Outcome o = evaluate("servicer_slashing_cost", 2e6, 2e6, 0, 0);
            assertThat(o).isEqualTo(new Inequality.Outcome(false, 0.5));
        }

        @Test
        void shouldCountNullRowsAsNotExceedingTheFloor() {
            // a null comparison is false, so a null row is never "above b1" and helps the negated test pass
            assertThat(evaluate("servicer_slashing_cost", NAN, NAN, NAN)).isEqualTo(new Inequality.Outcome(true, 1.0));
        }

        @Test
        void shouldTestTheJailingRatioAgainstARatioThreshold() {
            // c1 = 0.1 of revenue: the original's 1e6 made this pass for any ratio
            assertThat(BUILT_IN_SERVICE.thresholds().get("c1").value()).isEqualTo(0.1);
            assertThat(BUILT_IN_SERVICE.thresholds().get("c1").unit()).isEqualTo("ratio");
            assertThat(evaluate("servicer_jailing_cost", 0.5, 0.5, 0.01, 0.01)).isEqualTo(new Inequality.Outcome(false, 0.5));
            assertThat(evaluate("servicer_jailing_cost", 0.01, 0.01)).isEqualTo(new Inequality.Outcome(true, 1.0));
        }
    }

    @Nested
    class Average {
        @Test
        void shouldTestTheMeanButScoreTheShareOfRowsInBounds() {
            // a1 = 0.1 < mean(kpi_14) < a2 = 0.9
            assertThat(evaluate("servicer_capital_costs", 0.05, 0.95, 0.5)).satisfies(o -> {
                assertThat(o.pass()).isTrue();
                assertThat(o.soft()).isEqualTo(1.0 / 3);
            });
            assertThat(evaluate("servicer_capital_costs", 0.95, 0.95, 0.85)).satisfies(o -> {
                assertThat(o.pass()).isFalse();
                assertThat(o.soft()).isEqualTo(1.0 / 3);
            });
        }

        @Test
        void shouldSkipNullsInTheMeanButNotInTheSoftShare() {
            assertThat(evaluate("servicer_capital_costs", 0.5, NAN)).isEqualTo(new Inequality.Outcome(true, 0.5));
            assertThat(evaluate("servicer_capital_costs", NAN, NAN)).isEqualTo(new Inequality.Outcome(false, 0.0));
        }

        @Test
        void shouldHonourAOneSidedBound() {
            // v1 = 0.3 < mean(kpi_4 / kpi_5)
            assertThat(evaluate("circulating_supply_available_supply_ratio", 0.2, 0.5)).isEqualTo(new Inequality.Outcome(true, 0.5));
            assertThat(evaluate("circulating_supply_available_supply_ratio", 0.2, 0.3)).isEqualTo(new Inequality.Outcome(false, 0.0));
        }
    }

    @Test
    void shouldHonourABoundOfZero() {
        // the original treated a bound of 0 as "not given" (truthiness)
        assertThat(ThresholdTests.inBounds(-1, 0.0, null)).isFalse();
        assertThat(ThresholdTests.inBounds(1, 0.0, null)).isTrue();
        assertThat(ThresholdTests.inBounds(1, null, 0.0)).isFalse();
        assertThat(ThresholdTests.inBounds(Double.NaN, null, 5.0)).isFalse();
        assertThatThrownBy(() -> ThresholdTests.inBounds(1, null, null)).hasMessageContaining("no bound given");
        ScenarioConfig zero = BUILT_IN_SERVICE.withThresholds(Map.of("b1", 0.0));
        Inequality slashing = zero.inequalities().get(0);
        assertThat(slashing.evaluate(new double[] {0, 0, 1}, new int[] {0, 1, 2}, zero.thresholds()).soft())
                .isEqualTo(1 - 1.0 / 3);
    }
}
