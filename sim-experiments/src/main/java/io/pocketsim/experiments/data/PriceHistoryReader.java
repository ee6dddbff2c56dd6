package io.pocketsim.experiments.data;

import io.pocketsim.core.pocket.oracle.HistoricalReturns;
import io.pocketsim.core.pocket.oracle.KdeReturnSource;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the daily returns for the oracle's kernel density from a CSV file the user names: either a price history
 * (columns {@code Date} and {@code Adj Close}, other columns ignored, as downloaded from finance sites) or a
 * returns file (a column {@code return}). The header row tells which.
 *
 * <p>A price history is sorted by date (ISO {@code yyyy-MM-dd}) and turned into simple returns
 * {@code p[t]/p[t-1] - 1}, as the original model's return sample was. At least two returns are required. Errors are
 * {@link IllegalArgumentException}s naming the file, the line and the column.
 */
public final class PriceHistoryReader {
    /** The date column of a price history. */
    public static final String DATE = "Date";
    /** The price column of a price history. */
    public static final String ADJ_CLOSE = "Adj Close";
    /** The column of a returns file. */
    public static final String RETURN = "return";

    private static final int MIN_RETURNS = 2;
    // Plain decimal numbers only: Double.parseDouble alone would also take "NaN", hex floats and "1.5d".
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();

    private PriceHistoryReader() {
    }

    /**
     * Reads a price history or returns file (UTF-8).
     *
     * @throws IllegalArgumentException naming the file, line and column of the first problem
     * @throws UncheckedIOException     if the file cannot be read
     */
    public static ReturnHistory read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read price data file " + file, e);
        }
    }

    /**
     * Reads CSV text; {@code fileName} is used in messages and descriptions.
     *
     * @throws IllegalArgumentException naming the file, line and column of the first problem
     * @throws UncheckedIOException     if the reader fails
     */
    public static ReturnHistory read(Reader csv, String fileName) {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(fileName, "fileName");
        try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new IllegalArgumentException(fileName + ": empty file, expected a header with columns "
                        + DATE + " and " + ADJ_CLOSE + " (price history) or " + RETURN + " (returns)");
            }
            Map<String, Integer> header = header(fileName, records.next());
            Rows rows = new Rows(fileName, parser, records);
            if (header.containsKey(DATE) && header.containsKey(ADJ_CLOSE)) {
                return readPrices(rows, header.get(DATE), header.get(ADJ_CLOSE));
            }
            if (header.containsKey(RETURN)) {
                return readReturns(rows, header.get(RETURN));
            }
            String missing = header.containsKey(DATE) ? "column " + ADJ_CLOSE + " is missing"
                    : header.containsKey(ADJ_CLOSE) ? "column " + DATE + " is missing"
                    : "expected columns " + DATE + " and " + ADJ_CLOSE + " (price history) or " + RETURN
                            + " (returns)";
            throw new IllegalArgumentException(fileName + " line 1: " + missing + "; header is " + header.keySet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read price data file " + fileName, e);
        } catch (UncheckedIOException e) {
            // Commons CSV's iterator reports malformed CSV (e.g. an unclosed quote) as a wrapped CSVException.
            if (e.getCause() instanceof CSVException malformed) {
                throw new IllegalArgumentException(fileName + ": malformed CSV: " + malformed.getMessage(), e);
            }
            throw e;
        }
    }

    /**
     * A kernel density over the returns of a file, described as {@code "kde(N returns from FILE)"}.
     *
     * @throws IllegalArgumentException naming the file, line and column of the first problem
     * @throws UncheckedIOException     if the file cannot be read
     */
    public static KdeReturnSource kdeSource(Path file) {
        ReturnHistory history = read(file);
        try {
            return KdeReturnSource.of(history.returns(), history.fileName());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(history.fileName() + ": " + e.getMessage(), e);
        }
    }

    private static ReturnHistory readPrices(Rows rows, int dateColumn, int priceColumn) {
        record Price(LocalDate date, double price, long line) {
        }
        List<Price> prices = new ArrayList<>();
        Map<LocalDate, Long> lineOfDate = new HashMap<>();
        for (Row row = rows.next(); row != null; row = rows.next()) {
            LocalDate date = row.date(dateColumn, DATE);
            double price = row.number(priceColumn, ADJ_CLOSE);
            if (!(price > 0) || !Double.isFinite(price)) {
                throw row.invalid(ADJ_CLOSE, "price is not a finite number > 0: " + price);
            }
            Long earlier = lineOfDate.putIfAbsent(date, row.line());
            if (earlier != null) {
                throw row.invalid(DATE, "duplicate date " + date + " (also on line " + earlier + ")");
            }
            prices.add(new Price(date, price, row.line()));
        }
        if (prices.size() < MIN_RETURNS + 1) {
            throw new IllegalArgumentException(rows.fileName() + ": too few rows: " + prices.size()
                    + " prices give " + Math.max(0, prices.size() - 1) + " returns; at least " + (MIN_RETURNS + 1)
                    + " prices are needed");
        }
        prices.sort(Comparator.comparing(Price::date));
        double[] returns = HistoricalReturns.simpleReturns(prices.stream().mapToDouble(Price::price).toArray());
        String detail = ADJ_CLOSE + ", " + prices.size() + " prices " + prices.get(0).date() + ".."
                + prices.get(prices.size() - 1).date();
        return new ReturnHistory(rows.fileName(), ReturnHistory.Format.PRICE_HISTORY, returns, detail);
    }

    private static ReturnHistory readReturns(Rows rows, int returnColumn) {
        List<Double> returns = new ArrayList<>();
        for (Row row = rows.next(); row != null; row = rows.next()) {
            double r = row.number(returnColumn, RETURN);
            if (!(r > -1) || !Double.isFinite(r)) {
                throw row.invalid(RETURN, "daily simple return is not a finite number > -1: " + r);
            }
            returns.add(r);
        }
        if (returns.size() < MIN_RETURNS) {
            throw new IllegalArgumentException(rows.fileName() + ": too few rows: " + returns.size()
                    + " returns; at least " + MIN_RETURNS + " are needed");
        }
        return new ReturnHistory(rows.fileName(), ReturnHistory.Format.RETURNS,
                returns.stream().mapToDouble(Double::doubleValue).toArray(), RETURN + " column");
    }

    private static Map<String, Integer> header(String fileName, CSVRecord record) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            // A byte-order mark (spreadsheet exports) would otherwise stick to the first name.
            String name = (i == 0 ? record.get(i).replace("\uFEFF", "") : record.get(i)).trim();
            if (columns.putIfAbsent(name, i) != null && !name.isEmpty()) {
                throw new IllegalArgumentException(fileName + " line 1 column " + name + ": duplicate column name");
            }
        }
        return columns;
    }

    /** The data rows of one file, with the line each came from. */
    private static final class Rows {
        private final String fileName;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;

        Rows(String fileName, CSVParser parser, Iterator<CSVRecord> records) {
            this.fileName = fileName;
            this.parser = parser;
            this.records = records;
        }

        String fileName() {
            return fileName;
        }

        /** The next row, or null at the end. */
        Row next() {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            // After a record is read the parser's line counter stands on the record's (last) line.
            return new Row(fileName, parser.getCurrentLineNumber(), record);
        }
    }

    /** One data row. */
    private record Row(String fileName, long line, CSVRecord record) {
        String text(int column, String name) {
            if (column >= record.size() || record.get(column).isEmpty()) {
                throw invalid(name, "no value");
            }
            return record.get(column);
        }

        double number(int column, String name) {
            String text = text(column, name);
            if (!DECIMAL.matcher(text).matches()) {
                throw invalid(name, "not a number: '" + text + "'");
            }
            return Double.parseDouble(text);
        }

        LocalDate date(int column, String name) {
            String text = text(column, name);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw invalid(name, "not a date (yyyy-MM-dd): '" + text + "'");
            }
        }

        IllegalArgumentException invalid(String column, String problem) {
            return new IllegalArgumentException(fileName + " line " + line + " column " + column + ": " + problem);
        }
    }
}
