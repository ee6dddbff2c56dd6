package io.pocketsim.postprocess.csv;

import io.pocketsim.postprocess.result.ResultNames;
import io.pocketsim.postprocess.store.CorruptResultException;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.table.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads chosen runs of a stored time series into a {@link Table}, for assertions on whole columns. */
final class TimeSeriesTables {
    private TimeSeriesTables() {
    }

    /**
     * The rows of some runs as a table: identity columns ({@code experiment} and {@code seed} as text) and the
     * recorded columns. Only the chosen runs are kept in memory.
     *
     * @param runs run indices to keep; empty keeps all
     */
    static Table readRuns(ResultStore store, String experiment, Set<Integer> runs) {
        try (StoredCsv csv = StoredCsv.open(store, experiment, ResultNames.TIMESERIES)) {
            Table.Builder b = Table.builder(csv.header()).text("experiment", "seed");
            List<String> cells = new ArrayList<>();
            csv.forEach(r -> {
                int run;
                try {
                    run = Integer.parseInt(r.get(2));
                } catch (NumberFormatException e) {
                    throw CorruptResultException.forExperiment(experiment, ResultNames.TIMESERIES + " row "
                            + r.getRecordNumber() + " has a malformed run index: \"" + r.get(2) + "\"");
                }
                if (runs.isEmpty() || runs.contains(run)) {
                    cells.clear();
                    r.forEach(cells::add);
                    b.addRow(cells);
                }
            });
            return b.build();
        }
    }
}
