package io.pocketsim.postprocess.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterCellsTest {

    @Test
    void shouldWriteEachKindOfValue() {
        assertThat(ParameterCells.format("fee", 0.0001)).isEqualTo("1.0E-4");
        assertThat(ParameterCells.format("n", 5.0)).isEqualTo("5");
        assertThat(ParameterCells.format("gfpr", "Dynamic")).isEqualTo("Dynamic");
        assertThat(ParameterCells.format("cap", null)).isEmpty();
        assertThat(ParameterCells.format("events", List.of("a", "b c"))).isEqualTo("a;b c");
        assertThat(ParameterCells.format("events", List.of())).isEmpty();
        assertThat(ParameterCells.column("fee")).isEqualTo("param_fee");
    }

    @Test
    void shouldRejectListsWhoseElementsContainTheSeparator() {
        assertThatThrownBy(() -> ParameterCells.format("events", List.of("a;b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("events").hasMessageContaining("a;b");
    }

    @Test
    void shouldRejectOtherTypes() {
        assertThatThrownBy(() -> ParameterCells.format("flag", Boolean.TRUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("flag");
    }
}
