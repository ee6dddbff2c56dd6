package io.pocketsim.postprocess.csv;

import java.io.IOException;
import java.io.Reader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * The one CSV dialect of result files: RFC 4180 (comma, double quotes only where needed, CRLF line ends), one
 * header row, UTF-8, '.' as decimal separator. pandas, Python's csv module and Commons CSV read it with no options.
 */
public final class ResultCsv {
    /** The format used to write. */
    public static final CSVFormat WRITE = CSVFormat.RFC4180.builder().get();

    /** The format used to read: the first record is the header, and duplicate header names are an error. */
    public static final CSVFormat READ = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(false)
            .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW)
            .get();

    private ResultCsv() {
    }

    /** Opens a parser over a result CSV whose first row is the header. */
    public static CSVParser parse(Reader reader) throws IOException {
        return READ.parse(reader);
    }
}
