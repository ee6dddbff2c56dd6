package io.pocketsim.experiments.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * Daily simple returns read from a file, with what a result manifest records about them.
 *
 * @param fileName the file's name (without folders), as given in descriptions
 * @param format   whether the file held prices or returns
 * @param returns  the daily simple returns, oldest first for a price history, in file order for a returns file
 * @param detail   what was read, e.g. {@code "Adj Close, 365 prices 2022-11-18..2023-11-17"}
 */
public record ReturnHistory(String fileName, Format format, double[] returns, String detail) {

    /** The two file layouts the reader accepts, told apart by the header. */
    public enum Format {
        /** Columns {@code Date} and {@code Adj Close}; returns computed from the prices sorted by date. */
        PRICE_HISTORY,
        /** A column {@code return} of daily simple returns. */
        RETURNS
    }

    /** Checks the fields and copies the returns. */
    public ReturnHistory {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(detail, "detail");
        returns = returns.clone();
    }

    /** A copy of the returns. */
    @Override
    public double[] returns() {
        return returns.clone();
    }

    /** The number of returns. */
    public int count() {
        return returns.length;
    }

    /** One line for manifests: {@code "364 daily returns from prices.csv (Adj Close, 365 prices ...)"}. */
    public String description() {
        return count() + " daily returns from " + fileName + " (" + detail + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReturnHistory other && fileName.equals(other.fileName) && format == other.format
                && Arrays.equals(returns, other.returns) && detail.equals(other.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, format, Arrays.hashCode(returns), detail);
    }

    @Override
    public String toString() {
        return "ReturnHistory[" + description() + "]";
    }
}
