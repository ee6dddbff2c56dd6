package io.pocketsim.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AllowedValuesTest {
    @ParameterizedTest
    @CsvSource({"kitten,sitting,3", "flaw,lawn,2", "'',abc,3", "same,same,0", "CASE,case,0", "ab,ba,2"})
    void editDistanceIsCaseInsensitiveLevenshtein(String a, String b, int expected) {
        assertThat(AllowedValues.editDistance(a, b)).isEqualTo(expected);
    }

    @Test
    void editDistanceIsAMetric() {
        qt().withFixedSeed(6L).withExamples(300)
                .forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 8),
                        strings().basicLatinAlphabet().ofLengthBetween(0, 8),
                        strings().basicLatinAlphabet().ofLengthBetween(0, 8))
                .checkAssert((a, b, c) -> {
                    int ab = AllowedValues.editDistance(a, b);
                    assertThat(ab).isEqualTo(AllowedValues.editDistance(b, a));
                    assertThat(ab).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
                    assertThat(ab).isLessThanOrEqualTo(AllowedValues.editDistance(a, c) + AllowedValues.editDistance(c, b));
                    assertThat(AllowedValues.editDistance(a, a)).isZero();
                });
    }

    @Test
    void closestSuggestsOnlyReasonablyCloseNames() {
        List<String> known = List.of("gateway_fee_per_relay", "application_fee_per_relay", "max_chains");
        assertThat(AllowedValues.closest("gateway_fee_per_rely", known)).isEqualTo("gateway_fee_per_relay");
        assertThat(AllowedValues.closest("MAX_CHAIN", known)).isEqualTo("max_chains");
        assertThat(AllowedValues.closest("servicer_count", known)).isNull();
        assertThat(AllowedValues.closest("x", List.of())).isNull();
    }

    @Test
    void shouldSayWhatIsAllowedThenTheClosestName() {
        List<String> known = List.of("Base", "Test");
        assertThat(AllowedValues.oneOf("Bse", known)).isEqualTo("; allowed: one of [Base, Test]; did you mean Base?");
        assertThat(AllowedValues.oneOf("zzzzzzzz", known)).isEqualTo("; allowed: one of [Base, Test]");
        assertThat(AllowedValues.described("Bse", "a state set", known))
                .isEqualTo("; allowed: a state set; did you mean Base?");
        assertThat(AllowedValues.didYouMean("zzzzzzzz", known)).isEmpty();
    }
}
