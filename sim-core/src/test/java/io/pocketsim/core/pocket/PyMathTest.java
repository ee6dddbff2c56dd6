package io.pocketsim.core.pocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
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
}
