package io.pocketsim.postprocess.csv;

import io.pocketsim.postprocess.result.ResultNames;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.table.Table;
import org.apache.commons.csv.CSVPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    /**
     * Streams the per-run tables of several experiments into one CSV, in the order given, with one header: the
     * grid-wide KPI table, without holding it in memory. Every file is checked against its manifest as it is read.
     *
     * @return the number of data rows written
     * @throws IllegalArgumentException if the experiments' headers differ (tables of different models)
     * @throws io.pocketsim.postprocess.store.CorruptResultException if a file is corrupt
     */
    public static long copyAll(ResultStore store, List<String> experiments, Appendable out) {
        long[] rows = {0};
        List<String> first = null;
        try (CSVPrinter printer = ResultCsv.WRITE.print(out)) {
            for (String e : experiments) {
                try (StoredCsv csv = StoredCsv.open(store, e, ResultNames.KPIS)) {
                    if (first == null) {
                        first = csv.header();
                        printer.printRecord(first);
                    } else if (!first.equals(csv.header())) {
                        throw new IllegalArgumentException("kpis.csv of " + e + " has other columns than "
                                + experiments.get(0) + "'s; tables of different models cannot be stacked");
                    }
                    csv.forEach(r -> {
                        try {
                            printer.printRecord(r);
                        } catch (IOException ex) {
                            // not UncheckedIOException: the reader would report the stored file as corrupt
                            throw new OutputFailure(ex);
                        }
                        rows[0]++;
                    });
                }
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OutputFailure e) {
            throw new UncheckedIOException(e.getCause());
        }
        return rows[0];
    }

    /** A failure to write the output, kept apart from failures to read the stored files. */
    private static final class OutputFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
