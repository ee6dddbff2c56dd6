package io.pocketsim.core.pocket.oracle;

import java.util.Objects;

/**
 * Daily simple returns from a price series and back: pure functions, no I/O.
 *
 * <p>The original model's return sample is {@code p[t] / p[t-1] - 1} over the daily closing prices sorted by
 * date (spec §5.1); callers sort by date before calling {@link #simpleReturns(double[])}.
 */
public final class HistoricalReturns {
    private HistoricalReturns() {
    }

    /**
     * The simple returns {@code r[t-1] = p[t] / p[t-1] - 1} of a price series already sorted by date.
     *
     * @param pricesByDate at least two prices, each finite and strictly positive, oldest first
     * @return {@code pricesByDate.length - 1} returns, oldest first
     * @throws IllegalArgumentException if there are fewer than two prices or a price is not finite and positive
     *                                  (the message names its index)
     */
    public static double[] simpleReturns(double[] pricesByDate) {
        Objects.requireNonNull(pricesByDate, "pricesByDate");
        if (pricesByDate.length < 2) {
            throw new IllegalArgumentException(
                    "pricesByDate has fewer than 2 prices (one return needs two days): " + pricesByDate.length);
        }
        for (int t = 0; t < pricesByDate.length; t++) {
            checkPrice("price[" + t + "]", pricesByDate[t]);
        }
        double[] returns = new double[pricesByDate.length - 1];
        for (int t = 1; t < pricesByDate.length; t++) {
            returns[t - 1] = pricesByDate[t] / pricesByDate[t - 1] - 1.0;
        }
        return returns;
    }

    /**
     * The price path that starts at {@code startPrice} and moves by the factor {@code 1 + r} for each return:
     * the inverse of {@link #simpleReturns(double[])} up to rounding.
     *
     * @param startPrice finite and strictly positive
     * @param returns    finite daily simple returns, oldest first
     * @return {@code returns.length + 1} prices, {@code startPrice} first
     * @throws IllegalArgumentException if the start price is not finite and positive or a return is not finite
     */
    public static double[] compound(double startPrice, double[] returns) {
        Objects.requireNonNull(returns, "returns");
        checkPrice("startPrice", startPrice);
        double[] prices = new double[returns.length + 1];
        prices[0] = startPrice;
        for (int t = 0; t < returns.length; t++) {
            OracleChecks.finite("return[" + t + "]", returns[t]);
            prices[t + 1] = prices[t] * (1.0 + returns[t]);
        }
        return prices;
    }

    private static void checkPrice(String name, double price) {
        if (!(price > 0) || !Double.isFinite(price)) {
            throw new IllegalArgumentException(name + " is not a finite price > 0: " + price);
        }
    }
}
