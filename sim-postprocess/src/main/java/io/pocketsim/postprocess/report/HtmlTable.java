package io.pocketsim.postprocess.report;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A table of a report.
 *
 * @param id          unique in the report; the table's HTML id
 * @param caption     what the table shows
 * @param header      column names
 * @param rows        cells, as text
 * @param highlighted indices of rows to emphasise (e.g. the best point)
 * @param csv         name of the CSV file with the whole table, or null when the table is complete here
 */
public record HtmlTable(String id, String caption, List<String> header, List<List<String>> rows,
                        Set<Integer> highlighted, String csv) implements Block {
    public HtmlTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caption, "caption");
        header = List.copyOf(header);
        rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
        highlighted = Set.copyOf(highlighted);
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("table " + id + ": a row has " + r.size() + " cells, the header "
                        + header.size());
            }
        }
    }

    /** A table with nothing highlighted and no CSV. */
    public static HtmlTable of(String id, String caption, List<String> header, List<List<String>> rows) {
        return new HtmlTable(id, caption, header, rows, Set.of(), null);
    }
}
