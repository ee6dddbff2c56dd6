package io.pocketsim.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterSpecTest {
    private static final ParameterSpec FRACTION = ParameterSpec.number("burn_fraction", 0, 1, "fraction", "burnt");
    private static final ParameterSpec DAYS = ParameterSpec.integer("unstaking_days", 1, 365, "days", "wait");
    private static final ParameterSpec MODE = ParameterSpec.choice("linking", List.of("basic", "test"), "linking");
    private static final ParameterSpec RTTM = ParameterSpec.numberOrChoice("relays_to_tokens_multiplier", 0,
            Double.POSITIVE_INFINITY, List.of("Dynamic"), "uPOKT/relay", "RTTM");
    private static final ParameterSpec AFPR = ParameterSpec.number("application_fee_per_relay", 0, 1e6, "uPOKT", "")
            .withExpression("GFPR\\*[0-9]+(\\.[0-9]+)?");
    private static final ParameterSpec CORRECTIONS = new ParameterSpec("corrections", ParameterKind.CHOICE_LIST,
            Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, List.of("mint", "burn", "jail"), false, null, "", "");

    private static void rejects(ParameterSpec spec, Object value, String... fragments) {
        assertThatThrownBy(() -> spec.validate(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("parameter " + spec.name() + ": invalid value ")
                .hasMessageContaining("allowed: " + spec.allowed())
                .satisfies(e -> assertThat(e.getMessage()).contains(Arrays.asList(fragments)));
    }

    @Test
    void numbersWithinBoundsAreAcceptedAsDoubles() {
        assertThat(FRACTION.validate(0)).isEqualTo(0.0);
        assertThat(FRACTION.validate(1L)).isEqualTo(1.0);
        assertThat(FRACTION.validate(0.25f)).isEqualTo(0.25);
        rejects(FRACTION, 1.0000001, "1.0000001", "a number in [0, 1]");
        rejects(FRACTION, -0.5, "-0.5");
        rejects(FRACTION, Double.NaN, "NaN");
        rejects(FRACTION, Double.POSITIVE_INFINITY, "Infinity");
        rejects(FRACTION, "0.5", "\"0.5\"");
        rejects(FRACTION, null, "null");
    }

    @Test
    void numberBoundsHoldForGeneratedValues() {
        qt().withFixedSeed(5L).withExamples(500)
                .forAll(doubles().between(-100, 100), doubles().between(0, 50), doubles().between(-150, 150))
                .checkAssert((lo, width, v) -> {
                    ParameterSpec spec = ParameterSpec.number("x", lo, lo + width, "", "");
                    if (v >= lo && v <= lo + width) {
                        assertThat(spec.validate(v)).isEqualTo(v);
                    } else {
                        assertThatThrownBy(() -> spec.validate(v)).isInstanceOf(IllegalArgumentException.class)
                                .hasMessageContaining("parameter x");
                    }
                });
    }

    @Test
    void integersMustBeWholeAndInRange() {
        assertThat(DAYS.validate(21)).isEqualTo(21.0);
        assertThat(DAYS.validate(365.0)).isEqualTo(365.0);
        rejects(DAYS, 2.5, "2.5", "a whole number in [1, 365]");
        rejects(DAYS, 0, "0");
        rejects(DAYS, 366, "366");
    }

    @Test
    void choicesAcceptOnlyTheListedStrings() {
        assertThat(MODE.validate("basic")).isEqualTo("basic");
        rejects(MODE, "Basic", "\"Basic\"", "one of [basic, test]");
        rejects(MODE, 1, "1");
    }

    @Test
    void numberOrChoiceAcceptsEither() {
        assertThat(RTTM.validate("Dynamic")).isEqualTo("Dynamic");
        assertThat(RTTM.validate(849.0)).isEqualTo(849.0);
        rejects(RTTM, "dynamic", "a number >= 0 or one of [Dynamic]");
        rejects(RTTM, -1, "-1");
    }

    @Test
    void expressionsMatchTheirPattern() {
        assertThat(AFPR.kind()).isEqualTo(ParameterKind.NUMBER_OR_EXPRESSION);
        assertThat(AFPR.validate("GFPR*1.25")).isEqualTo("GFPR*1.25");
        assertThat(AFPR.validate("GFPR*2")).isEqualTo("GFPR*2");
        assertThat(AFPR.validate(0.5)).isEqualTo(0.5);
        rejects(AFPR, "GFPR+1", "\"GFPR+1\"", "a string matching GFPR\\*");
        rejects(AFPR, "xGFPR*2", "xGFPR*2"); // the whole string must match
        rejects(AFPR, 2e6, "a number in [0, 1000000]");
    }

    @Test
    void choiceListsAcceptListsOfListedStringsAndReturnAnImmutableCopy() {
        List<String> input = new ArrayList<>(List.of("jail", "mint"));
        Object valid = CORRECTIONS.validate(input);
        input.add("burn");
        assertThat(valid).isEqualTo(List.of("jail", "mint"));
        assertThatThrownBy(() -> ((List<?>) valid).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(CORRECTIONS.validate(List.of())).isEqualTo(List.of());
        rejects(CORRECTIONS, List.of("mint", "print"), "print", "a list of values from [mint, burn, jail]");
        rejects(CORRECTIONS, Arrays.asList("mint", null), "mint");
        rejects(CORRECTIONS, List.of(1.0), "1.0");
        rejects(CORRECTIONS, "mint", "\"mint\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"number", "integer", "choice", "numberOrChoice", "expression", "choiceList"})
    void nullIsAllowedOnlyWhenNullable(String which) {
        ParameterSpec spec = switch (which) {
            case "number" -> FRACTION;
            case "integer" -> DAYS;
            case "choice" -> MODE;
            case "numberOrChoice" -> RTTM;
            case "expression" -> AFPR;
            default -> CORRECTIONS;
        };
        rejects(spec, null, "invalid value null");
        assertThat(spec.allowed()).doesNotEndWith(" or null");
        ParameterSpec nullable = spec.orNull();
        assertThat(nullable.nullable()).isTrue();
        assertThat(nullable.validate(null)).isNull();
        assertThat(nullable.allowed()).endsWith(" or null");
        assertThat(nullable.kind()).isEqualTo(spec.kind());
    }

    @Test
    void allowedDescribesOneSidedAndFractionalBounds() {
        assertThat(ParameterSpec.number("a", 0, Double.POSITIVE_INFINITY, "", "").allowed()).isEqualTo("a number >= 0");
        assertThat(ParameterSpec.number("b", Double.NEGATIVE_INFINITY, 10, "", "").allowed()).isEqualTo("a number <= 10");
        assertThat(ParameterSpec.number("c", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "", "").allowed())
                .isEqualTo("a number");
        assertThat(ParameterSpec.number("d", 0.5, 1.5, "", "").allowed()).isEqualTo("a number in [0.5, 1.5]");
    }

    @Test
    void allowedSaysStrictlyPositiveForAMinimumOfTheSmallestDouble() {
        ParameterSpec positive = ParameterSpec.number("e", Double.MIN_VALUE, Double.POSITIVE_INFINITY, "", "");
        assertThat(positive.allowed()).isEqualTo("a number > 0");
        assertThat(ParameterSpec.number("f", Double.MIN_VALUE, 1, "", "").allowed()).isEqualTo("a number in (0, 1]");
        assertThatThrownBy(() -> positive.validate(0.0)).hasMessageContaining("invalid value 0.0; allowed: a number > 0");
        positive.validate(Double.MIN_VALUE);
    }

    @Test
    void declarationsAreChecked() {
        assertThatThrownBy(() -> ParameterSpec.number("upside_down", 2, 1, "", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upside_down");
        assertThatThrownBy(() -> new ParameterSpec("afpr", ParameterKind.NUMBER_OR_EXPRESSION, 0, 1, List.of(), false,
                null, "", "")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("afpr")
                .hasMessageContaining("expression");
        assertThatThrownBy(() -> FRACTION.withExpression("GFPR*(")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("burn_fraction").hasMessageContaining("GFPR*(");
        ParameterSpec defaults = new ParameterSpec("n", ParameterKind.NUMBER, 0, 1, List.of(), false, null, null, null);
        assertThat(defaults.unit()).isEmpty();
        assertThat(defaults.description()).isEmpty();
    }
}
