package io.pocketsim.core.pocket.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class PyMathTest {

    @Test
    void floorDivisionMatchesPythonOnKnownCases() {
        // values computed with CPython 3: 7.0 // 2.0, -7.0 // 2.0, 1.0 // 0.1 (= 9.0, not 10.0), 0.0 // 5.0
        assertThat(PyMath.floorDiv(7.0, 2.0)).isEqualTo(3.0);
        assertThat(PyMath.floorDiv(-7.0, 2.0)).isEqualTo(-4.0);
        assertThat(PyMath.floorDiv(1.0, 0.1)).isEqualTo(9.0);
        assertThat(1.0 / 0.1).isEqualTo(10.0); // why Math.floor(a / b) is not Python's //
        assertThat(PyMath.floorDiv(0.0, 5.0)).isEqualTo(0.0);
        assertThat(PyMath.floorDiv(18000e6, 34.275)).isEqualTo(525164113.0);
        assertThat(PyMath.floorDiv(1e300, 3.0)).isEqualTo(Math.floor(1e300 / 3.0));
    }

    @Test
    void moduloHasTheSignOfTheDivisorAndSplitsRelaysExactly() {
        assertThat(PyMath.mod(10, 3)).isEqualTo(1.0);
        assertThat(PyMath.mod(-7, 3)).isEqualTo(2.0);
        assertThat(PyMath.mod(7, -3)).isEqualTo(-2.0);
        assertThat(PyMath.mod(2.5, 1)).isEqualTo(0.5);
    }

    @Test
    void truncationIsTowardsZero() {
        assertThat(PyMath.trunc(2.9)).isEqualTo(2.0);
        assertThat(PyMath.trunc(-2.9)).isEqualTo(-2.0);
    }

    @Test
    void floorDivisionIsTheFloorOfTheExactQuotient() {
        qt().withExamples(2000).forAll(doubles().between(0, 1e13), doubles().between(1e-3, 1e6)).checkAssert((a, b) -> {
            BigDecimal exact = new BigDecimal(a).divide(new BigDecimal(b), 0, RoundingMode.FLOOR);
            assertThat(PyMath.floorDiv(a, b)).isEqualTo(exact.doubleValue());
        });
    }

    @Test
    void integerSplitIsExact() {
        qt().withExamples(2000).forAll(longs().between(0, 1L << 40), longs().between(1, 5)).checkAssert((n, k) -> {
            assertThat(PyMath.floorDiv(n, k)).isEqualTo((double) Math.floorDiv(n, k));
            assertThat(PyMath.mod(n, k)).isEqualTo((double) Math.floorMod(n, k));
        });
    }

    @Test
    void modWithAKnownQuotientIsMod() {
        qt().withExamples(5000).forAll(doubles().any(), doubles().any()).checkAssert((a, b) -> {
            double expected = PyMath.mod(a, b);
            double got = PyMath.mod(a, b, PyMath.floorDiv(a, b));
            assertThat(Double.doubleToLongBits(got)).as("%s %% %s", a, b).isEqualTo(Double.doubleToLongBits(expected));
        });
        qt().withExamples(2000).forAll(longs().between(-(1L << 53), 1L << 53), longs().between(1, 20))
                .checkAssert((n, k) -> assertThat(PyMath.mod(n, k, PyMath.floorDiv(n, k))).isEqualTo(PyMath.mod(n, k)));
    }

    @Test
    void floorDivisionByACountIsFloorDivisionBitForBit() {
        qt().withExamples(20000).forAll(doubles().any(), integers().between(-2, 40)).checkAssert((a, k) ->
                assertThat(Double.doubleToLongBits(PyMath.floorDivByCount(a, k))).as("%s // %s", a, k)
                        .isEqualTo(Double.doubleToLongBits(PyMath.floorDiv(a, k))));
        // relay counts as sessions produce them: whole numbers, halves (relay multipliers), zeros of either sign
        qt().withExamples(20000).forAll(longs().between(-(1L << 42), 1L << 42), integers().between(1, 20),
                integers().between(0, 2)).checkAssert((n, k, shift) -> {
                    double a = Math.scalb((double) n, -shift);
                    assertThat(Double.doubleToLongBits(PyMath.floorDivByCount(a, k))).as("%s // %s", a, k)
                            .isEqualTo(Double.doubleToLongBits(PyMath.floorDiv(a, k)));
                });
        for (double a : new double[] {0.0, -0.0, 0.5, -0.5, 0x1p40, -0x1p40, Math.nextDown(0x1p40), Double.NaN,
                Double.POSITIVE_INFINITY}) {
            for (int k = 1; k <= 17; k++) {
                assertThat(Double.doubleToLongBits(PyMath.floorDivByCount(a, k))).as("%s // %s", a, k)
                        .isEqualTo(Double.doubleToLongBits(PyMath.floorDiv(a, k)));
            }
        }
    }

    @Test
    void relayCapIsMaxOfMinWithTheFloorDivisionBitForBit() {
        // near the boundary x * b = a, where the shortcut decides without dividing
        qt().withExamples(20000).forAll(longs().between(0, 1L << 30), doubles().between(1e-3, 1e6),
                integers().between(-3, 3)).checkAssert((relays, fee, ulps) -> {
                    double x = relays;
                    double a = x * fee;
                    for (int i = 0; i < Math.abs(ulps); i++) {
                        a = ulps < 0 ? Math.nextDown(a) : Math.nextUp(a);
                    }
                    assertCapAgrees(x, a, fee);
                    assertCapAgrees(x + 1, a, fee);
                    assertCapAgrees(Math.max(x - 1, 0), a, fee);
                });
        qt().withExamples(20000).forAll(doubles().any(), doubles().any(), doubles().any())
                .checkAssert(PyMathTest::assertCapAgrees);
        double[] edge = {0.0, -0.0, 1.0, -1.0, 2.5, 0x1p52, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.MIN_VALUE};
        for (double x : edge) {
            for (double a : edge) {
                for (double b : edge) {
                    assertCapAgrees(x, a, b);
                }
            }
        }
    }

    @Test
    void aWholeSessionForOneServicerIsItsRelayCount() {
        // RelaySessions.serve gives one servicer n // 1 + n % 1 relays, which it takes to be n for finite n > 0
        qt().withExamples(20000).forAll(doubles().between(Double.MIN_VALUE, Double.MAX_VALUE)).checkAssert(n -> {
            double split = PyMath.floorDivByCount(n, 1);
            assertThat(Double.doubleToLongBits(split + PyMath.mod(n, 1, split))).as("%s", n)
                    .isEqualTo(Double.doubleToLongBits(n));
        });
        qt().withExamples(20000).forAll(longs().between(1, 1L << 50), integers().between(0, 3)).checkAssert((r, sh) -> {
            double n = Math.scalb((double) r, -sh);
            double split = PyMath.floorDivByCount(n, 1);
            assertThat(split + PyMath.mod(n, 1, split)).isEqualTo(n);
        });
    }

    private static void assertCapAgrees(double x, double a, double b) {
        double expected = Math.max(Math.min(x, PyMath.floorDiv(a, b)), 0);
        assertThat(Double.doubleToLongBits(PyMath.capByFloorDiv(x, a, b))).as("max(min(%s, %s // %s), 0)", x, a, b)
                .isEqualTo(Double.doubleToLongBits(expected));
    }
}
