package io.pocketsim.core.pocket.kpi;

import java.util.ArrayList;
import java.util.List;

/**
 * Positions, in the recorder's row, of the per-day columns the KPIs read; resolved once by name.
 *
 * @param totalRelays     {@code total_relays}
 * @param processedRelays {@code processed_relays}
 * @param netMint         {@code POKT_net_mint}
 * @param floatingSupply  {@code floating_supply}
 * @param kpiA            {@code kpi_a}
 * @param kpiC            {@code kpi_c}
 * @param endOfRun        the columns reported at their last value, in {@link PocketKpis#END_OF_RUN_COLUMNS} order
 */
record RowInputs(int totalRelays, int processedRelays, int netMint, int floatingSupply, int kpiA, int kpiC,
                 int[] endOfRun) {

    /** The recorder columns the KPIs need. */
    static List<String> required() {
        List<String> names = new ArrayList<>(List.of(PocketKpis.TOTAL_RELAYS, PocketKpis.PROCESSED_RELAYS,
                "POKT_net_mint", PocketKpis.FLOATING_SUPPLY, PocketKpis.KPI_A_MEAN, "kpi_c"));
        for (String c : PocketKpis.END_OF_RUN_COLUMNS) {
            if (!names.contains(c)) {
                names.add(c);
            }
        }
        return List.copyOf(names);
    }

    /**
     * Looks the required columns up in the recorder's column list.
     *
     * @throws IllegalArgumentException naming every required column the recorder lacks
     */
    static RowInputs resolve(List<String> recorderColumns) {
        List<String> missing = new ArrayList<>();
        for (String name : required()) {
            if (!recorderColumns.contains(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("recorderColumns lacks " + missing + " needed by the Pocket KPIs; has "
                    + recorderColumns);
        }
        int[] endOfRun = new int[PocketKpis.END_OF_RUN_COLUMNS.size()];
        for (int i = 0; i < endOfRun.length; i++) {
            endOfRun[i] = recorderColumns.indexOf(PocketKpis.END_OF_RUN_COLUMNS.get(i));
        }
        return new RowInputs(recorderColumns.indexOf(PocketKpis.TOTAL_RELAYS),
                recorderColumns.indexOf(PocketKpis.PROCESSED_RELAYS), recorderColumns.indexOf("POKT_net_mint"),
                recorderColumns.indexOf(PocketKpis.FLOATING_SUPPLY), recorderColumns.indexOf(PocketKpis.KPI_A_MEAN),
                recorderColumns.indexOf("kpi_c"), endOfRun);
    }
}
