package io.pocketsim.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterSchemaTest {
    private static final ParameterSchema SCHEMA = ParameterSchema.of(List.of(
            ParameterSpec.number("birth_rate", 0, 1, "1/day", ""),
            ParameterSpec.integer("immigrants", 0, 100, "", ""),
            ParameterSpec.choice("linking", List.of("basic", "test"), "").orNull()));

    private static ParameterPoint valid() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("birth_rate", 0.1);
        values.put("immigrants", 3);
        values.put("linking", null);
        return ParameterPoint.of(values);
    }

    @Test
    void theSchemaKeepsItsDeclaredOrder() {
        assertThat(SCHEMA.names()).containsExactly("birth_rate", "immigrants", "linking");
        assertThat(SCHEMA.specs()).extracting(ParameterSpec::name).containsExactly("birth_rate", "immigrants", "linking");
        assertThat(SCHEMA.indexOf("linking")).isEqualTo(2);
        assertThat(SCHEMA.find("immigrants")).map(ParameterSpec::kind).hasValue(ParameterKind.INTEGER);
        assertThat(SCHEMA.find("emigrants")).isEmpty();
    }

    @Test
    void aCompleteValidPointPasses() {
        SCHEMA.check(valid());
        SCHEMA.check(valid().with("linking", "test"));
    }

    @Test
    void unknownParametersAreNamedWithTheClosestKnownName() {
        assertThatThrownBy(() -> SCHEMA.check(valid().with("birth_rat", 0.2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown parameter birth_rat; did you mean birth_rate?");
        assertThatThrownBy(() -> SCHEMA.get("Immigrant"))
                .hasMessage("unknown parameter Immigrant; did you mean immigrants?");
        assertThatThrownBy(() -> SCHEMA.get("completely_unrelated_setting"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown parameter completely_unrelated_setting; allowed: one of [birth_rate, immigrants, linking]");
    }

    @Test
    void missingParametersAreNamed() {
        Map<String, Object> values = new LinkedHashMap<>(valid().asMap());
        values.remove("immigrants");
        assertThatThrownBy(() -> SCHEMA.check(ParameterPoint.of(values)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("parameter immigrants is missing");
    }

    @Test
    void invalidValuesAreNamedWithWhatIsAllowed() {
        assertThatThrownBy(() -> SCHEMA.check(valid().with("immigrants", 2.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter immigrants: invalid value 2.5; allowed: a whole number in [0, 100]");
        assertThatThrownBy(() -> SCHEMA.validate("linking", "fancy"))
                .hasMessage("parameter linking: invalid value \"fancy\"; allowed: one of [basic, test] or null");
        assertThat(SCHEMA.validate("immigrants", 4)).isEqualTo(4.0);
    }

    @Test
    void duplicateNamesAreRejected() {
        assertThatThrownBy(() -> ParameterSchema.of(List.of(ParameterSpec.number("x", 0, 1, "", ""),
                ParameterSpec.integer("x", 0, 1, "", "")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate parameter").hasMessageContaining("x");
    }
}
