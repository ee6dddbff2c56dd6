package io.pocketsim.core.pocket.oracle;

import io.pocketsim.testsupport.External;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the shared data files (../shared/data) for tests of sim-core, which has no CSV library: both files are
 * plain comma-separated with a header row and no quoting. The product reads files with
 * {@code io.pocketsim.experiments.data.PriceHistoryReader}.
 */
final class SharedPriceData {
    /** The historical POKT/USD daily prices. */
    static final String PRICE_FILE = "pokt-historical-price.csv";
    /** The original model's KDE return sample, in stored order. */
    static final String KDE_RETURNS_FILE = "kde-oracle-returns.csv";

    private SharedPriceData() {
    }

    /** The shared data folder, {@code <project root>/../shared/data}. */
    static Path dataDir() {
        return External.sharedFolder().resolve("data");
    }

    /** The {@code Adj Close} column of a price history file, sorted by its ISO {@code Date} column. */
    static double[] adjCloseSortedByDate(Path file) {
        List<String[]> rows = rows(file);
        int date = column(file, rows.get(0), "Date");
        int adjClose = column(file, rows.get(0), "Adj Close");
        return rows.subList(1, rows.size()).stream()
                .sorted(Comparator.comparing((String[] row) -> row[date]))
                .mapToDouble(row -> Double.parseDouble(row[adjClose]))
                .toArray();
    }

    /** The {@code return} column of a returns file, in file order. */
    static double[] returnsInFileOrder(Path file) {
        List<String[]> rows = rows(file);
        int ret = column(file, rows.get(0), "return");
        return rows.subList(1, rows.size()).stream().mapToDouble(row -> Double.parseDouble(row[ret])).toArray();
    }

    /** The simple returns of the shared price history, oldest first. */
    static double[] historicalReturns() {
        return HistoricalReturns.simpleReturns(adjCloseSortedByDate(dataDir().resolve(PRICE_FILE)));
    }

    private static List<String[]> rows(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(",", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static int column(Path file, String[] header, String name) {
        int index = Arrays.asList(header).indexOf(name);
        if (index < 0) {
            throw new IllegalStateException(file + " has no column " + name + ": " + Arrays.toString(header));
        }
        return index;
    }
}
