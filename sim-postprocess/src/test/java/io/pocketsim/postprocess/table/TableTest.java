package io.pocketsim.postprocess.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    private static Table sample() {
        return Table.builder(List.of("experiment", "seed", "fee", "gfpr", "kpi"))
                .text("seed")
                .addRow(Arrays.asList("g_1", "-9223372036854775808", "0.5", "Dynamic", "1.5"))
                .addRow(Arrays.asList("g_1", "9223372036854775807", "0.5", "27.42", ""))
                .addRow(Arrays.asList("g_2", "12", "1", "27.42", "-0.0"))
                .build();
    }

    @Test
    void shouldTypeColumnsByTheirCells() {
        Table t = sample();

        assertThat(t.type("experiment")).isEqualTo(Table.ColumnType.TEXT);
        assertThat(t.type("seed")).isEqualTo(Table.ColumnType.TEXT);
        assertThat(t.type("fee")).isEqualTo(Table.ColumnType.NUMBER);
        assertThat(t.type("gfpr")).isEqualTo(Table.ColumnType.TEXT);
        assertThat(t.numbers("kpi")).containsExactly(1.5, Double.NaN, -0.0);
        assertThat(Double.doubleToRawLongBits(t.number(2, "kpi"))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void shouldKeepDeclaredTextColumnsExact() {
        assertThat(sample().longs("seed")).containsExactly(Long.MIN_VALUE, Long.MAX_VALUE, 12L);
    }

    @Test
    void shouldGiveTextOfEveryColumn() {
        Table t = sample();

        assertThat(t.texts("gfpr")).containsExactly("Dynamic", "27.42", "27.42");
        assertThat(t.texts("kpi")).containsExactly("1.5", null, "-0.0");
        assertThat(t.text(2, "fee")).isEqualTo("1");
    }

    @Test
    void shouldRefuseNumbersOfATextColumn() {
        assertThatThrownBy(() -> sample().number(0, "gfpr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gfpr holds text");
        assertThatThrownBy(() -> sample().number(0, "nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown column nope");
    }

    @Test
    void shouldConcatenateWithTheUnionOfColumns() {
        Table a = Table.builder(List.of("x", "y")).addRow(List.of("1", "a")).build();
        Table b = Table.builder(List.of("y", "z")).addRow(List.of("2", "3")).build();

        Table c = Table.concat(List.of(a, b));

        assertThat(c.columns()).containsExactly("x", "y", "z");
        assertThat(c.numbers("x")).containsExactly(1.0, Double.NaN);
        assertThat(c.type("y")).isEqualTo(Table.ColumnType.TEXT);
        assertThat(c.texts("y")).containsExactly("a", "2");
        assertThat(c.numbers("z")).containsExactly(Double.NaN, 3.0);
    }

    @Test
    void shouldRejectRowsOfTheWrongWidthAndDuplicateColumns() {
        assertThatThrownBy(() -> Table.builder(List.of("a", "b")).addRow(List.of("1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells for 2 columns");
        assertThatThrownBy(() -> Table.builder(List.of("a", "a"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldGrowBeyondItsInitialCapacity() {
        Table.Builder b = Table.builder(List.of("i", "label"));
        for (int i = 0; i < 1000; i++) {
            b.addRow(List.of(Integer.toString(i), i == 500 ? "x" : Integer.toString(i)));
        }
        Table t = b.build();

        assertThat(t.numbers("i")[999]).isEqualTo(999);
        assertThat(t.type("label")).isEqualTo(Table.ColumnType.TEXT);
        assertThat(t.text(499, "label")).isEqualTo("499");
        assertThat(t.text(500, "label")).isEqualTo("x");
        assertThat(t.text(999, "label")).isEqualTo("999");
    }
}
