package io.pocketsim.postprocess.aggregate;

import io.pocketsim.postprocess.csv.CsvNumbers;
import io.pocketsim.postprocess.csv.ResultCsv;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes the long-format distribution table {@code timestep, variable, n, mean, std, p5, p50, p95},
 * one row per (timestep, variable); missing statistics are empty cells. The same layout as the reference
 * distributions of the original model.
 */
public final class DistributionCsv {
    /** The header. */
    public static final List<String> HEADER = List.of("timestep", "variable", "n", "mean", "std", "p5", "p50", "p95");

    private DistributionCsv() {
    }

    /** Writes the rows with a header; the writer is flushed, not closed. */
    public static void write(Writer out, Iterable<DistributionRow> rows) throws IOException {
        CSVPrinter p = new CSVPrinter(out, ResultCsv.WRITE);
        p.printRecord(HEADER);
        for (DistributionRow r : rows) {
            p.printRecord(Integer.toString(r.timestep()), r.variable(), Long.toString(r.n()),
                    CsvNumbers.format(r.mean()), CsvNumbers.format(r.std()), CsvNumbers.format(r.p5()),
                    CsvNumbers.format(r.p50()), CsvNumbers.format(r.p95()));
        }
        p.flush();
    }

    /**
     * Reads a distribution table.
     *
     * @throws IllegalArgumentException if the header differs or a cell is malformed (message names the row)
     */
    public static List<DistributionRow> read(Reader in) throws IOException {
        CSVParser parser = ResultCsv.parse(in);
        if (!parser.getHeaderNames().equals(HEADER)) {
            throw new IllegalArgumentException("distribution header is not " + HEADER + ": "
                    + parser.getHeaderNames());
        }
        List<DistributionRow> rows = new ArrayList<>();
        for (CSVRecord r : parser) {
            try {
                // the reference files write n as a float in some producers ("20.0"), so read it as a number
                double n = CsvNumbers.parse(r.get("n"));
                rows.add(new DistributionRow(Integer.parseInt(r.get("timestep")), r.get("variable"),
                        Double.isNaN(n) ? 0 : (long) n, CsvNumbers.parse(r.get("mean")),
                        CsvNumbers.parse(r.get("std")), CsvNumbers.parse(r.get("p5")),
                        CsvNumbers.parse(r.get("p50")), CsvNumbers.parse(r.get("p95"))));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("distribution row " + r.getRecordNumber() + " is malformed: "
                        + r.toList(), e);
            }
        }
        return rows;
    }
}
