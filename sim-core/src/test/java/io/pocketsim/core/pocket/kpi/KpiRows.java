package io.pocketsim.core.pocket.kpi;

import java.util.Arrays;
import java.util.List;

/** Builds recorder rows for a fixed column list by naming the values; unnamed columns are {@code NaN}. */
final class KpiRows {
    /** Every column the KPIs read, in a shuffled order with an unrelated column, to exercise lookup by name. */
    static final List<String> COLUMNS = List.of("kpi_c", "day", "floating_supply", "dao_value_capture",
            "POKT_net_mint", "total_relays", "processed_relays", "kpi_a", "circulating_supply",
            "POKT_burned_cumulative", "POKT_minted_cumulative", "POKT_net_mint_cumulative", "burn_rate_cumulative",
            "mint_rate_cumulative", "net_mint_rate_cumulative");

    private final double[] row = new double[COLUMNS.size()];

    private KpiRows() {
        Arrays.fill(row, Double.NaN);
    }

    static KpiRows row() {
        return new KpiRows();
    }

    KpiRows set(String column, double value) {
        int c = COLUMNS.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("unknown column " + column);
        }
        row[c] = value;
        return this;
    }

    double[] build() {
        return row.clone();
    }
}
