package io.pocketsim.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class ParameterPointTest {
    private static final List<String> NAMES = List.of("a", "b", "c", "d", "e", "f", "g", "h");

    private static ParameterPoint abc() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("c", 3);
        m.put("a", "x");
        m.put("b", List.of("p", "q"));
        return ParameterPoint.of(m);
    }

    @Test
    void valuesAreCanonicalAndOrderIsKept() {
        ParameterPoint p = abc();
        assertThat(p.names()).containsExactly("c", "a", "b");
        assertThat(p.get("c")).isEqualTo(3.0);
        assertThat(p.number("c")).isEqualTo(3.0);
        assertThat(p.get("a")).isEqualTo("x");
        assertThat(p).isEqualTo(abc()).hasSameHashCodeAs(abc());
        assertThat(ParameterPoint.of(Map.of("n", 1))).isEqualTo(ParameterPoint.of(Map.of("n", 1.0)));
    }

    @Test
    void withReplacesInPlaceAndAppendsNewNamesWithoutTouchingTheOriginal() {
        ParameterPoint p = abc();
        ParameterPoint q = p.with("a", "y").with("z", 26);
        assertThat(q.names()).containsExactly("c", "a", "b", "z");
        assertThat(q.get("a")).isEqualTo("y");
        assertThat(q.get("z")).isEqualTo(26.0);
        assertThat(p.names()).containsExactly("c", "a", "b");
        assertThat(p.get("a")).isEqualTo("x");

        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("y", 1);
        changes.put("c", null);
        ParameterPoint r = p.withAll(changes);
        assertThat(r.names()).containsExactly("c", "a", "b", "y");
        assertThat(r.contains("c")).isTrue();
        assertThat(r.get("c")).isNull();
        assertThat(p.get("c")).isEqualTo(3.0);
    }

    @Test
    void withKeepsOrderForGeneratedPoints() {
        qt().withFixedSeed(4L).withExamples(300)
                .forAll(lists().of(Generate.pick(NAMES)).ofSizeBetween(0, 8), Generate.pick(NAMES),
                        doubles().between(-10, 10), integers().between(0, 1))
                .checkAssert((names, changed, value, useWithAll) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    names.forEach(n -> m.put(n, (double) n.charAt(0)));
                    ParameterPoint p = ParameterPoint.of(m);
                    ParameterPoint q = useWithAll == 0 ? p.with(changed, value) : p.withAll(Map.of(changed, value));
                    List<String> expectedNames = new ArrayList<>(m.keySet());
                    if (!expectedNames.contains(changed)) {
                        expectedNames.add(changed);
                    }
                    assertThat(q.names()).containsExactlyElementsOf(expectedNames);
                    for (String n : expectedNames) {
                        assertThat(q.get(n)).isEqualTo(n.equals(changed) ? value : m.get(n));
                    }
                    assertThat(p.asMap()).isEqualTo(m);
                });
    }

    @Test
    void pointsCannotBeChangedFromOutside() {
        Map<String, Object> source = new LinkedHashMap<>();
        List<String> list = new ArrayList<>(List.of("mint"));
        source.put("corrections", list);
        source.put("rate", 0.5);
        ParameterPoint p = ParameterPoint.of(source);
        source.put("rate", 0.9);
        source.put("extra", 1.0);
        list.add("burn");
        assertThat(p.names()).containsExactly("corrections", "rate");
        assertThat(p.get("rate")).isEqualTo(0.5);
        assertThat(p.get("corrections")).isEqualTo(List.of("mint"));
        assertThatThrownBy(() -> p.asMap().put("rate", 1.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<?>) p.get("corrections")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.names().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void missingAndNonNumericValuesAreNamed() {
        assertThatThrownBy(() -> abc().get("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> abc().number("a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a").hasMessageContaining("not a number").hasMessageContaining("x");
    }
}
