package io.pocketsim.postprocess.report;

import io.pocketsim.postprocess.csv.ResultCsv;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVPrinter;

/**
 * The numbers behind one or more charts, written beside the report in the project's CSV conventions
 * (docs/results-format.md).
 *
 * @param name   file name, e.g. {@code fan-price.csv}
 * @param header column names
 * @param rows   cells as text (numbers already formatted so they round-trip)
 */
public record CsvFile(String name, List<String> header, List<List<String>> rows) {
    public CsvFile {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z0-9_.-]+\\.csv")) {
            throw new IllegalArgumentException("CSV file name is not [A-Za-z0-9_.-]+.csv: " + name);
        }
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Writes the file's content. */
    public void writeTo(Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, ResultCsv.WRITE)) {
            csv.printRecord(header);
            for (List<String> r : rows) {
                csv.printRecord(r);
            }
        }
    }
}
