package io.pocketsim.postprocess.csv;

import io.pocketsim.postprocess.result.ResultNames;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.table.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads {@code kpis.csv} tables: of one experiment, of several, or of every complete experiment under a prefix
 * (a whole grid) into one {@link Table}. {@code experiment} and {@code seed} are text columns (seeds are exact
 * 64-bit integers); other columns are numbers when every cell is.
 */
public final class KpiTables {
    private KpiTables() {
    }

    /**
     * The per-run table of one complete experiment.
     *
     * @throws io.pocketsim.postprocess.store.ResultNotFoundException if it is not complete
     * @throws io.pocketsim.postprocess.store.CorruptResultException  if its files are corrupt
     */
    public static Table read(ResultStore store, String experiment) {
        try (StoredCsv csv = StoredCsv.open(store, experiment, ResultNames.KPIS)) {
            Table.Builder b = Table.builder(csv.header()).text("experiment", "seed");
            List<String> cells = new ArrayList<>();
            csv.forEach(r -> {
                cells.clear();
                r.forEach(cells::add);
                b.addRow(cells);
            });
            return b.build();
        }
    }

    /** The per-run tables of several experiments, stacked in the order given (columns: the union). */
    public static Table readAll(ResultStore store, List<String> experiments) {
        List<Table> tables = new ArrayList<>();
        for (String e : experiments) {
            tables.add(read(store, e));
        }
        return Table.concat(tables);
    }

    /** The per-run tables of every complete experiment whose name starts with the prefix, e.g. a grid name. */
    public static Table readPrefix(ResultStore store, String prefix) {
        return readAll(store, store.list(prefix));
    }
}
