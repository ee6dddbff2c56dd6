package io.pocketsim.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StringsTest {
    @ParameterizedTest
    @CsvSource({"kitten,sitting,3", "flaw,lawn,2", "'',abc,3", "same,same,0", "CASE,case,0", "ab,ba,2"})
    void editDistanceIsCaseInsensitiveLevenshtein(String a, String b, int expected) {
        assertThat(Strings.editDistance(a, b)).isEqualTo(expected);
    }

    @Test
    void editDistanceIsAMetric() {
        qt().withFixedSeed(6L).withExamples(300)
                .forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 8),
                        strings().basicLatinAlphabet().ofLengthBetween(0, 8),
                        strings().basicLatinAlphabet().ofLengthBetween(0, 8))
                .checkAssert((a, b, c) -> {
                    int ab = Strings.editDistance(a, b);
                    assertThat(ab).isEqualTo(Strings.editDistance(b, a));
                    assertThat(ab).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
                    assertThat(ab).isLessThanOrEqualTo(Strings.editDistance(a, c) + Strings.editDistance(c, b));
                    assertThat(Strings.editDistance(a, a)).isZero();
                });
    }

    @Test
    void closestSuggestsOnlyReasonablyCloseNames() {
        List<String> known = List.of("gateway_fee_per_relay", "application_fee_per_relay", "max_chains");
        assertThat(Strings.closest("gateway_fee_per_rely", known)).isEqualTo("gateway_fee_per_relay");
        assertThat(Strings.closest("MAX_CHAIN", known)).isEqualTo("max_chains");
        assertThat(Strings.closest("servicer_count", known)).isNull();
        assertThat(Strings.closest("x", List.of())).isNull();
    }
}
