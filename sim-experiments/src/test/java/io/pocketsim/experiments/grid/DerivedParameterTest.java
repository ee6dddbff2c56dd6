package io.pocketsim.experiments.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DerivedParameterTest {
    @Test
    void shouldComputeOneMinusTheSourceExactlyAsDoubleSubtraction() {
        DerivedParameter dao = DerivedParameter.parse("dao_fee_percentage", "1 - validator_fee_percentage");
        assertThat(dao.sources()).containsExactly("validator_fee_percentage");
        for (double v : new double[] {0.01, 0.055, 0.07468749999999999, 0.09718750000000001, 0.1}) {
            assertThat(dao.evaluate(Map.of("validator_fee_percentage", v)::get)).isEqualTo(1 - v);
        }
    }

    @Test
    void shouldAddScaledTermsLeftToRight() {
        DerivedParameter p = DerivedParameter.parse("z", "0.5 * a + 2*b - c + 1e3");
        assertThat(p.sources()).containsExactly("a", "b", "c");
        assertThat(p.evaluate(Map.of("a", 4.0, "b", 3.0, "c", 1.0)::get)).isEqualTo(2 + 6 - 1 + 1000.0);
        assertThat(DerivedParameter.parse("z", "-a").evaluate(Map.of("a", 2.0)::get)).isEqualTo(-2.0);
        assertThat(DerivedParameter.parse("z", "a").terms()).containsExactly(new DerivedParameter.Term(1, "a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1 -", "1 - - a", "a b", "1 * 2", "a * 2", "(1 - a)", "1 - a%"})
    void shouldRejectMalformedExpressions(String expression) {
        assertThatThrownBy(() -> DerivedParameter.parse("dao_fee_percentage", expression))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("derived.dao_fee_percentage: invalid expression")
                .hasMessageContaining("allowed: terms joined by + or -");
    }

    @Test
    void shouldKeepTermsImmutable() {
        DerivedParameter p = DerivedParameter.parse("z", "1 - a");
        assertThatThrownBy(() -> p.terms().add(new DerivedParameter.Term(1, null)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(List.copyOf(p.terms())).hasSize(2);
    }
}
