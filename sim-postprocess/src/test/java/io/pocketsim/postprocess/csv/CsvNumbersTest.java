package io.pocketsim.postprocess.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class CsvNumbersTest {

    @Test
    void shouldRoundTripEveryDoubleExactly() {
        qt().withFixedSeed(20260101L).withExamples(20_000)
                .forAll(DoubleGen.interesting())
                .check(d -> DoubleGen.same(CsvNumbers.parse(CsvNumbers.format(d)), d));
    }

    @Test
    void shouldRoundTripTheSpecialValues() {
        for (double d : DoubleGen.SPECIAL) {
            assertThat(DoubleGen.same(CsvNumbers.parse(CsvNumbers.format(d)), d))
                    .as("%s written as \"%s\"", d, CsvNumbers.format(d)).isTrue();
        }
    }

    @Test
    void shouldWriteNaNAsTheEmptyCell() {
        assertThat(CsvNumbers.format(Double.NaN)).isEmpty();
        assertThat(CsvNumbers.parse("")).isNaN();
        assertThat(CsvNumbers.parse(null)).isNaN();
    }

    @Test
    void shouldWriteSmallIntegralValuesWithoutAFraction() {
        assertThat(CsvNumbers.format(15.0)).isEqualTo("15");
        assertThat(CsvNumbers.format(-3.0)).isEqualTo("-3");
        assertThat(CsvNumbers.format(0.0)).isEqualTo("0");
        assertThat(CsvNumbers.format(1521517215000000.0)).isEqualTo("1521517215000000");
        assertThat(CsvNumbers.format(0x1p53 - 1)).isEqualTo("9007199254740991");
    }

    @Test
    void shouldKeepTheSignOfNegativeZeroAndUseExponentsBeyondTwoToThe53() {
        assertThat(CsvNumbers.format(-0.0)).isEqualTo("-0.0");
        assertThat(CsvNumbers.format(0x1p53)).isEqualTo("9.007199254740992E15");
        assertThat(CsvNumbers.format(6.0e-8)).isEqualTo("6.0E-8");
        assertThat(CsvNumbers.format(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    }

    @Test
    void shouldReadTheSpellingsOfPandasAndPython() {
        assertThat(CsvNumbers.parse("nan")).isNaN();
        assertThat(CsvNumbers.parse("NaN")).isNaN();
        assertThat(CsvNumbers.parse("inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(CsvNumbers.parse("-inf")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(CsvNumbers.parse("1.5e-3")).isEqualTo(0.0015);
        assertThat(CsvNumbers.parse(" 2 ")).isEqualTo(2.0);
    }

    @Test
    void shouldRejectText() {
        assertThatThrownBy(() -> CsvNumbers.parse("Dynamic")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> CsvNumbers.parse("1d")).isInstanceOf(NumberFormatException.class);
        assertThat(CsvNumbers.isNumber("1f")).isFalse();
        assertThat(CsvNumbers.isNumber("12")).isTrue();
    }
}
