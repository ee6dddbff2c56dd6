package io.pocketsim.postprocess.csv;

import com.google.common.io.ByteStreams;
import io.pocketsim.postprocess.gzip.GzipMembersInputStream;
import io.pocketsim.postprocess.store.CorruptResultException;
import io.pocketsim.postprocess.store.ResultStore;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one stored CSV file of a complete experiment record by record and, at the end, drains the store's
 * verifying stream so that size and checksum are always checked. Undecodable bytes (broken gzip, a record of the
 * wrong width) make the experiment corrupt.
 */
final class StoredCsv implements AutoCloseable {
    /** Receives the records of a file. */
    interface RecordHandler {
        void accept(CSVRecord record);
    }

    private final String experiment;
    private final String file;
    private final InputStream raw;
    private final CSVParser parser;

    private StoredCsv(String experiment, String file, InputStream raw, CSVParser parser) {
        this.experiment = experiment;
        this.file = file;
        this.raw = raw;
        this.parser = parser;
    }

    /** Opens a stored table; gzip files are decompressed. */
    static StoredCsv open(ResultStore store, String experiment, String file) {
        InputStream raw = store.open(experiment, file);
        try {
            InputStream content = file.endsWith(".gz") ? new GzipMembersInputStream(raw, 1 << 16) : raw;
            BufferedReader text = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), 1 << 16);
            CSVParser parser = ResultCsv.parse(text);
            return new StoredCsv(experiment, file, raw, parser);
        } catch (IOException | RuntimeException e) {
            closeQuietly(raw);
            throw translate(experiment, file, e);
        }
    }

    /** The header. */
    List<String> header() {
        return parser.getHeaderNames();
    }

    /** Passes every record to the handler, then verifies the file's bytes. */
    void forEach(RecordHandler handler) {
        int width = header().size();
        try {
            for (CSVRecord r : parser) {
                if (r.size() != width) {
                    throw CorruptResultException.forExperiment(experiment, file + " row "
                            + r.getRecordNumber() + " has " + r.size() + " cells; the header has " + width);
                }
                handler.accept(r);
            }
            ByteStreams.exhaust(raw);
        } catch (IOException | UncheckedIOException e) {
            throw translate(experiment, file, e);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // reading is finished or failed already; nothing more to learn
        } finally {
            closeQuietly(raw);
        }
    }

    /** A cell that should be a number but is not. */
    CorruptResultException notANumber(CSVRecord r, String column) {
        return CorruptResultException.forExperiment(experiment, file + " row " + r.getRecordNumber() + " column "
                + column + " is not a number: \"" + r.get(column) + "\"");
    }

    private static RuntimeException translate(String experiment, String file, Exception e) {
        if (e instanceof CorruptResultException c) {
            return c;
        }
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof EOFException || cause instanceof ZipException) {
            return CorruptResultException.forExperiment(experiment, file + " does not decompress completely: "
                    + cause.getMessage());
        }
        if (e instanceof RuntimeException re) {
            return re;
        }
        return new UncheckedIOException("cannot read " + file + " of experiment \"" + experiment + "\"",
                (IOException) e);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
