package io.pocketsim.postprocess.csv;

import io.pocketsim.postprocess.result.ResultNames;
import io.pocketsim.postprocess.store.CorruptResultException;
import io.pocketsim.postprocess.store.ResultStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code timeseries.csv.gz} of a complete experiment, streaming row by row. */
public final class TimeSeriesReader {

    /** Receives the rows of a time series. */
    @FunctionalInterface
    public interface RowHandler {
        /**
         * One row.
         *
         * @param run      run index
         * @param seed     the run's seed
         * @param timestep timestep
         * @param values   recorded values, aligned with the recorded columns; reused for the next row, so copy
         *                 what must be kept
         */
        void accept(int run, long seed, int timestep, double[] values);
    }

    private TimeSeriesReader() {
    }

    /**
     * The recorded columns of an experiment's time series (its header after the identity columns).
     *
     * @throws io.pocketsim.postprocess.store.ResultNotFoundException if the experiment is not complete
     */
    public static List<String> columns(ResultStore store, String experiment) {
        try (StoredCsv csv = StoredCsv.open(store, experiment, ResultNames.TIMESERIES)) {
            return recordedColumns(experiment, csv.header());
        }
    }

    /**
     * Streams every row of an experiment's time series, in file order (run by run, timestep by timestep), then
     * verifies the file; returns the recorded columns.
     *
     * @throws io.pocketsim.postprocess.store.CorruptResultException if the file is corrupt (possibly after some
     *                                                               rows were delivered)
     */
    public static List<String> forEachRow(ResultStore store, String experiment, RowHandler handler) {
        try (StoredCsv csv = StoredCsv.open(store, experiment, ResultNames.TIMESERIES)) {
            List<String> columns = recordedColumns(experiment, csv.header());
            int first = ExperimentWriter.TIMESERIES_IDENTITY.size();
            double[] values = new double[columns.size()];
            csv.forEach(r -> {
                int run;
                long seed;
                int timestep;
                try {
                    run = Integer.parseInt(r.get(2));
                    seed = Long.parseLong(r.get(3));
                    timestep = Integer.parseInt(r.get(4));
                } catch (NumberFormatException e) {
                    throw CorruptResultException.forExperiment(experiment, ResultNames.TIMESERIES + " row "
                            + r.getRecordNumber() + " has a malformed run, seed or timestep");
                }
                for (int c = 0; c < values.length; c++) {
                    try {
                        values[c] = CsvNumbers.parse(r.get(first + c));
                    } catch (NumberFormatException e) {
                        throw csv.notANumber(r, columns.get(c));
                    }
                }
                handler.accept(run, seed, timestep, values);
            });
            return columns;
        }
    }

    private static List<String> recordedColumns(String experiment, List<String> header) {
        List<String> identity = ExperimentWriter.TIMESERIES_IDENTITY;
        if (header.size() < identity.size() || !header.subList(0, identity.size()).equals(identity)) {
            throw CorruptResultException.forExperiment(experiment, ResultNames.TIMESERIES + " header does not start"
                    + " with " + identity + ": " + header);
        }
        return List.copyOf(header.subList(identity.size(), header.size()));
    }
}
