package io.pocketsim.postprocess.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvBytesTest {
    private static String text(CsvBytes b) {
        return new String(Arrays.copyOf(b.array(), b.size()), StandardCharsets.US_ASCII);
    }

    @Test
    void shouldWriteEveryNumberAsCsvNumbersFormatsIt() {
        for (double v : DoubleGen.SPECIAL) {
            assertThat(text(new CsvBytes(1).number(v))).isEqualTo(CsvNumbers.format(v));
        }
        qt().withExamples(20_000).forAll(DoubleGen.interesting())
                .check(v -> text(new CsvBytes(1).number(v)).equals(CsvNumbers.format(v)));
    }

    @Test
    void shouldWriteIntegersAsLongToString() {
        for (long v : new long[] {0, 1, -1, 9, 10, -10, 99, 100, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1}) {
            assertThat(text(new CsvBytes(1).integer(v))).isEqualTo(Long.toString(v));
        }
        qt().withExamples(20_000).forAll(longs().all())
                .check(v -> text(new CsvBytes(1).integer(v)).equals(Long.toString(v)));
    }

    @Test
    void shouldGrowAndKeepEverythingWritten() {
        CsvBytes b = new CsvBytes(1);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            b.integer(i).comma().number(i + 0.5).endRecord();
            expected.append(i).append(',').append(i + 0.5).append("\r\n");
        }
        b.raw("x".getBytes(StandardCharsets.US_ASCII));
        assertThat(text(b)).isEqualTo(expected + "x");
    }
}
