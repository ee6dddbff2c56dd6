package io.pocketsim.experiments.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.pocketsim.core.pocket.oracle.KdeReturnSource;
import java.io.StringReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PriceHistoryReaderTest {

    private static ReturnHistory read(String csv) {
        return PriceHistoryReader.read(new StringReader(csv), "prices.csv");
    }

    @Nested
    @DisplayName("price histories")
    class PriceHistories {
        @Test
        void shouldSortByDateAndComputeSimpleReturnsFromAdjClose() {
            // Given rows out of date order, with Close differing from Adj Close
            ReturnHistory history = read("""
                    Date,Open,Close,Adj Close,Volume
                    2023-01-03,9,9,1.5,10
                    2023-01-01,9,9,2.0,10
                    2023-01-02,9,9,3.0,10
                    """);

            // Then returns follow the dates: 2 -> 3 -> 1.5
            assertThat(history.returns()).containsExactly(0.5, -0.5);
            assertThat(history.format()).isEqualTo(ReturnHistory.Format.PRICE_HISTORY);
            assertThat(history.count()).isEqualTo(2);
            assertThat(history.description())
                    .isEqualTo("2 daily returns from prices.csv (Adj Close, 3 prices 2023-01-01..2023-01-03)");
        }

        @Test
        void shouldAcceptColumnsInAnyOrderWithSpacesBlankLinesAndAByteOrderMark() {
            ReturnHistory history = read("\uFEFFAdj Close , Date\n 1.0 , 2023-05-01\n\n2.0,2023-05-02\n1.0,2023-05-03");

            assertThat(history.returns()).containsExactly(1.0, -0.5);
        }

        @Test
        void shouldPreferThePriceColumnsWhenAReturnColumnIsAlsoPresent() {
            ReturnHistory history = read("Date,Adj Close,return\n2023-01-01,1,9\n2023-01-02,2,9\n2023-01-03,4,9\n");

            assertThat(history.format()).isEqualTo(ReturnHistory.Format.PRICE_HISTORY);
            assertThat(history.returns()).containsExactly(1.0, 1.0);
        }
    }

    @Nested
    @DisplayName("returns files")
    class ReturnsFiles {
        @Test
        void shouldReadTheReturnColumnInFileOrder() {
            ReturnHistory history = read("index,return\n0,-0.02\n1,0.05\n2,1e-3\n");

            assertThat(history.returns()).containsExactly(-0.02, 0.05, 0.001);
            assertThat(history.format()).isEqualTo(ReturnHistory.Format.RETURNS);
            assertThat(history.description()).isEqualTo("3 daily returns from prices.csv (return column)");
        }

        @Test
        void shouldBuildAKernelDensityOverTheReturnsRead() {
            ReturnHistory history = read("return\n-0.1\n0.02\n0.2\n");

            // sample variance (ddof 1) of {-0.1, 0.02, 0.2} is 0.0228
            assertThat(KdeReturnSource.of(history.returns())
                    .sampleStandardDeviation()).isCloseTo(Math.sqrt(0.0228), within(1e-15));
        }
    }

    @Nested
    @DisplayName("errors")
    class Errors {
        @Test
        void shouldRejectAnEmptyFile() {
            assertThatThrownBy(() -> read(""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("prices.csv: empty file, expected a header with columns Date and Adj Close "
                            + "(price history) or return (returns)");
        }

        @Test
        void shouldNameAMissingAdjCloseColumn() {
            assertThatThrownBy(() -> read("Date,Open,Close\n2023-01-01,1,1\n"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("prices.csv line 1: column Adj Close is missing; header is [Date, Open, Close]");
        }

        @Test
        void shouldNameAMissingDateColumn() {
            assertThatThrownBy(() -> read("Day,Adj Close\n2023-01-01,1\n"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("prices.csv line 1: column Date is missing; header is [Day, Adj Close]");
        }

        @Test
        void shouldSayWhichColumnsAreExpectedWhenNeitherLayoutMatches() {
            assertThatThrownBy(() -> read("time,price\n1,2\n"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("prices.csv line 1: expected columns Date and Adj Close (price history) or return "
                            + "(returns); header is [time, price]");
        }

        @Test
        void shouldRejectADuplicateColumnName() {
            assertThatThrownBy(() -> read("Date,Adj Close,Date\n"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("prices.csv line 1 column Date: duplicate column name");
        }

        @Test
        void shouldNameLineAndColumnOfANonNumericPrice() {
            assertThatThrownBy(() -> read("Date,Adj Close\n2023-01-01,1\n\n2023-01-02,null\n2023-01-03,1\n"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("prices.csv line 4 column Adj Close: not a number: 'null'");
        }

        @Test
        void shouldRejectNumbersThatAreNotPlainDecimals() {
            assertThatThrownBy(() -> read("return\n0.1\nNaN\n"))
                    .hasMessage("prices.csv line 3 column return: not a number: 'NaN'");
            assertThatThrownBy(() -> read("return\n0.1\n0.2d\n"))
                    .hasMessage("prices.csv line 3 column return: not a number: '0.2d'");
        }

        @Test
        void shouldNameAMissingValue() {
            assertThatThrownBy(() -> read("Date,Adj Close\n2023-01-01,1\n2023-01-02\n"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("prices.csv line 3 column Adj Close: no value");
            assertThatThrownBy(() -> read("Date,Adj Close\n2023-01-01,1\n,2\n"))
                    .hasMessage("prices.csv line 3 column Date: no value");
        }

        @Test
        void shouldNameAnUnreadableDate() {
            assertThatThrownBy(() -> read("Date,Adj Close\n2023-01-01,1\n01/02/2023,2\n"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("prices.csv line 3 column Date: not a date (yyyy-MM-dd): '01/02/2023'");
        }

        @Test
        void shouldRejectDuplicateDatesNamingBothLines() {
            assertThatThrownBy(() -> read("Date,Adj Close\n2023-01-01,1\n2023-01-02,2\n2023-01-01,3\n"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("prices.csv line 4 column Date: duplicate date 2023-01-01 (also on line 2)");
        }

        @Test
        void shouldRejectANonPositivePrice() {
            assertThatThrownBy(() -> read("Date,Adj Close\n2023-01-01,1\n2023-01-02,0\n2023-01-03,1\n"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("prices.csv line 3 column Adj Close: price is not a finite number > 0: 0.0");
            assertThatThrownBy(() -> read("Date,Adj Close\n2023-01-01,-0.5\n"))
                    .hasMessage("prices.csv line 2 column Adj Close: price is not a finite number > 0: -0.5");
            assertThatThrownBy(() -> read("Date,Adj Close\n2023-01-01,1e400\n"))
                    .hasMessage("prices.csv line 2 column Adj Close: price is not a finite number > 0: Infinity");
        }

        @Test
        void shouldRejectTooFewPrices() {
            assertThatThrownBy(() -> read("Date,Adj Close\n2023-01-01,1\n2023-01-02,2\n"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("prices.csv: too few rows: 2 prices give 1 returns; at least 3 prices are needed");
        }

        @Test
        void shouldRejectTooFewReturns() {
            assertThatThrownBy(() -> read("return\n0.1\n"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("prices.csv: too few rows: 1 returns; at least 2 are needed");
        }

        @Test
        void shouldRejectAReturnAtOrBelowMinusOne() {
            assertThatThrownBy(() -> read("return\n0.1\n-1\n"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("prices.csv line 3 column return: daily simple return is not a finite number > -1: "
                            + "-1.0");
        }

        @Test
        void shouldReportMalformedCsv() {
            assertThatThrownBy(() -> read("Date,Adj Close\n2023-01-01,\"1\n"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("prices.csv: malformed CSV: ");
        }
    }

    @Test
    void shouldCompareHistoriesByValue() {
        ReturnHistory a = read("return\n0.1\n0.2\n");
        ReturnHistory b = read("return\n0.1\n0.2\n");
        double[] copy = a.returns();
        copy[0] = 9;

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.returns()).containsExactly(0.1, 0.2);
        assertThat(a).isNotEqualTo(read("return\n0.1\n0.3\n"));
    }
}
