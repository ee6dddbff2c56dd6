package io.pocketsim.postprocess.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TimeSeriesSelectionTest {

    @Test
    void shouldReadTheThreeFormsInAnyCase() {
        assertThat(TimeSeriesSelection.parse("all")).isEqualTo(TimeSeriesSelection.ALL);
        assertThat(TimeSeriesSelection.parse(" NONE ")).isEqualTo(TimeSeriesSelection.NONE);
        assertThat(TimeSeriesSelection.parse("Runs:3")).isEqualTo(TimeSeriesSelection.firstRuns(3));
    }

    @Test
    void shouldWriteTheFormItReads() {
        assertThat(TimeSeriesSelection.ALL).hasToString("all");
        assertThat(TimeSeriesSelection.NONE).hasToString("none");
        qt().withFixedSeed(14L).forAll(integers().between(1, Integer.MAX_VALUE - 1))
                .check(n -> TimeSeriesSelection.parse(TimeSeriesSelection.firstRuns(n).toString())
                        .equals(TimeSeriesSelection.firstRuns(n)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "some", "runs:", "runs:0", "runs:-2", "runs:x", "runs:1.5", "first:3"})
    void shouldRejectOtherTextNamingTheAllowedForms(String text) {
        assertThatThrownBy(() -> TimeSeriesSelection.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("all, none or runs:N");
    }

    @Test
    void shouldKeepTheFirstRunsByIndex() {
        TimeSeriesSelection two = TimeSeriesSelection.firstRuns(2);
        assertThat(two.keeps(1)).isTrue();
        assertThat(two.keeps(2)).isTrue();
        assertThat(two.keeps(3)).isFalse();
        assertThat(TimeSeriesSelection.NONE.keeps(1)).isFalse();
        assertThat(TimeSeriesSelection.ALL.keeps(Integer.MAX_VALUE)).isTrue();
        assertThat(two.keptOf(5)).isEqualTo(2);
        assertThat(two.keptOf(1)).isEqualTo(1);
        assertThat(TimeSeriesSelection.ALL.keptOf(7)).isEqualTo(7);
        assertThat(TimeSeriesSelection.NONE.keptOf(7)).isZero();
    }
}
