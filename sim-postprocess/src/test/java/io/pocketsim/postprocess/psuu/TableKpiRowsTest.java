package io.pocketsim.postprocess.psuu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pocketsim.postprocess.table.Table;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stored KPI table as PSuU's rows: numbers, parameter values and missing cells as kpis.csv writes them. */
class TableKpiRowsTest {
    private final Table table = Table.builder(List.of("param_gateway_fee_per_relay", "param_event", "KPI 1", "note"))
            .addRow(Arrays.asList("Dynamic", "", "1.5", "a"))
            .addRow(Arrays.asList("0.1", "", "", ""))
            .build();
    private final TableKpiRows rows = new TableKpiRows(table);

    @Test
    void shouldGiveNumbersAndMissingAsNaN() {
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.number("KPI 1", 0)).isEqualTo(1.5);
        assertThat(rows.number("KPI 1", 1)).isNaN();
        assertThat(rows.number("note", 1)).isNaN();
    }

    @Test
    void shouldGiveParameterValuesAsStringsDoublesOrNull() {
        assertThat(rows.value("param_gateway_fee_per_relay", 0)).isEqualTo("Dynamic");
        // a column holding text keeps every cell as text, as written: PSuU compares it with the grid's values
        assertThat(rows.value("param_gateway_fee_per_relay", 1)).isEqualTo("0.1");
        assertThat(rows.value("param_event", 0)).isNull();
        assertThat(rows.value("KPI 1", 0)).isEqualTo(1.5);
        assertThat(rows.value("KPI 1", 1)).isNull();
    }

    @Test
    void shouldRefuseTextAsANumberAndUnknownColumns() {
        assertThatThrownBy(() -> rows.number("note", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("note").hasMessageContaining("not a number");
        assertThatThrownBy(() -> rows.value("KPI 2", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KPI 2");
    }
}
