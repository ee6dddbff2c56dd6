package io.pocketsim.postprocess.psuu;

import io.pocketsim.postprocess.table.Table;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a plain per-run KPI table from a CSV file for PSuU: our {@code kpis} output, or the original's concatenated
 * {@code simulation_data/{grid}.csv} (cloud-and-psuu.md §1.4: a leading unnamed pandas index column, {@code KPI 8},
 * {@code kpi_c_pre}, {@code param_*}, ... and the spelling {@code _cummulative}, read as our {@code _cumulative}).
 */
public final class KpiTableFile {
    private KpiTableFile() {
    }

    /**
     * The table.
     *
     * @throws IllegalArgumentException if the file is empty, a row has another number of cells than the header, or
     *                                  the header names a column twice
     * @throws UncheckedIOException     if it cannot be read
     */
    public static TableKpiRows read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Iterator<CSVRecord> records = CSVFormat.RFC4180.parse(in).iterator();
            if (!records.hasNext()) {
                throw new IllegalArgumentException(file + ": empty; allowed: a CSV KPI table with a header row");
            }
            List<String> header = new ArrayList<>();
            for (String h : records.next()) {
                // the original's column spelling, e.g. net_mint_rate_cummulative (kpi_D)
                header.add(h.replace("cummulative", "cumulative"));
            }
            Table.Builder b;
            try {
                b = Table.builder(header);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": header: " + e.getMessage(), e);
            }
            List<String> cells = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord r = records.next();
                cells.clear();
                r.forEach(cells::add);
                if (cells.size() != header.size()) {
                    throw new IllegalArgumentException(file + ": line " + r.getRecordNumber() + " has " + cells.size()
                            + " cells for " + header.size() + " columns; allowed: one cell per column");
                }
                b.addRow(cells);
            }
            return new TableKpiRows(b.build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(file + ": not a CSV table: " + e.getMessage(), e);
        }
    }
}
