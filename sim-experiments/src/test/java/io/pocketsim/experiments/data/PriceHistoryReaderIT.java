package io.pocketsim.experiments.data;

import io.pocketsim.testsupport.External;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.pocketsim.core.pocket.oracle.KdeReturnSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceHistoryReaderIT {
    private static final Path SHARED_DATA =
            External.sharedFolder().resolve("data");

    @Test
    void shouldReadAFileAndDescribeItByName(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("my-prices.csv"),
                "Date,Adj Close\n2023-01-02,3.0\n2023-01-01,2.0\n2023-01-03,1.5\n");

        KdeReturnSource kde = PriceHistoryReader.kdeSource(file);

        assertThat(PriceHistoryReader.read(file).returns()).containsExactly(0.5, -0.5);
        assertThat(kde.description()).isEqualTo("kde(2 returns from my-prices.csv)");
    }

    @Test
    void shouldNameTheFileWhenTheReturnsCannotMakeAKernel(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("flat.csv"), "return\n0.01\n0.01\n");

        assertThatThrownBy(() -> PriceHistoryReader.kdeSource(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("flat.csv: returns have no spread");
    }

    @Test
    void shouldNameAFileThatCannotBeRead(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.csv");

        assertThatThrownBy(() -> PriceHistoryReader.read(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read price data file " + missing);
    }

    @Test
    void shouldReadTheSharedPriceHistoryAsTheOriginalKdeSample() {
        Path prices = SHARED_DATA.resolve("pokt-historical-price.csv");
        Path stored = SHARED_DATA.resolve("kde-oracle-returns.csv");
        External.require(Files.exists(prices) && Files.exists(stored), "../shared/data (price history)");

        ReturnHistory fromPrices = PriceHistoryReader.read(prices);
        ReturnHistory fromReturns = PriceHistoryReader.read(stored);

        assertThat(fromPrices.format()).isEqualTo(ReturnHistory.Format.PRICE_HISTORY);
        assertThat(fromReturns.format()).isEqualTo(ReturnHistory.Format.RETURNS);
        assertThat(fromPrices.returns()).hasSize(364).containsExactly(fromReturns.returns());
        assertThat(fromPrices.description()).isEqualTo(
                "364 daily returns from pokt-historical-price.csv (Adj Close, 365 prices 2022-11-18..2023-11-17)");
        assertThat(PriceHistoryReader.kdeSource(prices).kernelStandardDeviation(0.30745369958511376))
                .isCloseTo(0.0201775, within(5e-8));
    }
}
