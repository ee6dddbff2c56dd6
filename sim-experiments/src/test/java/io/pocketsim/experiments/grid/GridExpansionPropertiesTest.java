package io.pocketsim.experiments.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.experiments.model.ToyModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GridExpansionPropertiesTest {
    private static final ToyModel MODEL = new ToyModel();
    private static final List<String> KEYS = ToyModel.NUMBERS;

    /** A grid sweeping KEYS[k] over lengths[k] values (0 = not swept), written in the file in the order given by sortKeys. */
    private static Grid grid(List<Integer> lengths, List<Integer> sortKeys) {
        List<Integer> fileOrder = IntStream.range(0, KEYS.size()).boxed()
                .sorted(Comparator.comparing(sortKeys::get)).collect(Collectors.toList());
        Map<String, List<Object>> env = new LinkedHashMap<>();
        for (int k : fileOrder) {
            if (lengths.get(k) > 0) {
                List<Object> values = new ArrayList<>();
                for (int j = 0; j < lengths.get(k); j++) {
                    values.add(100.0 * (k + 1) + j);
                }
                env.put(KEYS.get(k), values);
            }
        }
        return Grid.compile(new GridDefinition("toy_", null, null, null, null, "toy", "Start", "Default", 2, 10,
                Map.of(), Map.of(), env, List.of(), null), MODEL);
    }

    /** The expected points, built by nested loops over the schema order with the last key innermost. */
    private static List<ParameterPoint> reference(List<Integer> lengths) {
        List<ParameterPoint> out = new ArrayList<>();
        out.add(MODEL.namedSet("Default"));
        for (int k = 0; k < KEYS.size(); k++) {
            if (lengths.get(k) == 0) {
                continue;
            }
            List<ParameterPoint> next = new ArrayList<>();
            for (ParameterPoint p : out) {
                for (int j = 0; j < lengths.get(k); j++) {
                    next.add(p.with(KEYS.get(k), 100.0 * (k + 1) + j));
                }
            }
            out = next;
        }
        return out;
    }

    @Test
    void shouldExpandAsTheCartesianProductInSchemaOrderWhateverTheFileOrder() {
        qt().withFixedSeed(20240611L).withExamples(120)
                .forAll(lists().of(integers().between(0, 3)).ofSize(KEYS.size()),
                        lists().of(integers().between(0, 1000)).ofSize(KEYS.size()))
                .checkAssert((lengths, sortKeys) -> {
                    Grid g = grid(lengths, sortKeys);
                    int product = lengths.stream().filter(n -> n > 0).reduce(1, (a, b) -> a * b);
                    assertThat(g.size()).isEqualTo(product);
                    assertThat(g.points()).containsExactlyElementsOf(reference(lengths));
                });
    }

    @Test
    void shouldRoundTripIndexPointAndNameForEveryPoint() {
        qt().withFixedSeed(7L).withExamples(120)
                .forAll(lists().of(integers().between(0, 3)).ofSize(KEYS.size()),
                        lists().of(integers().between(0, 1000)).ofSize(KEYS.size()))
                .checkAssert((lengths, sortKeys) -> {
                    Grid g = grid(lengths, sortKeys);
                    Set<ParameterPoint> seen = new HashSet<>();
                    for (int i = 1; i <= g.size(); i++) {
                        ParameterPoint p = g.point(i);
                        assertThat(seen.add(p)).as("point %d is distinct", i).isTrue();
                        String name = g.pointName(i);
                        assertThat(name).isEqualTo("toy_" + i);
                        assertThat(g.indexOf(name)).hasValue(i);
                        assertThat(g.indexOf(p)).hasValue(i);
                    }
                    assertThat(g.indexOf("toy_0")).isEmpty();
                    assertThat(g.indexOf("toy_" + (g.size() + 1))).isEmpty();
                    assertThat(g.indexOf("toy_01")).isEmpty();
                });
    }

    @Test
    void shouldVaryTheLastSweptSchemaKeyFastest() {
        qt().withFixedSeed(99L).withExamples(200)
                .forAll(lists().of(integers().between(0, 3)).ofSize(KEYS.size()),
                        lists().of(integers().between(0, 1000)).ofSize(KEYS.size()))
                .assuming((lengths, sortKeys) -> lengths.stream().anyMatch(n -> n > 1))
                .checkAssert((lengths, sortKeys) -> {
                    Grid g = grid(lengths, sortKeys);
                    List<String> swept = g.sweptKeys();
                    assertThat(swept).isSortedAccordingTo(Comparator.comparing(KEYS::indexOf));
                    // the fastest key with at least two values is the last swept key with length > 1
                    String fastest = null;
                    for (int k = KEYS.size() - 1; k >= 0 && fastest == null; k--) {
                        if (lengths.get(k) > 1) {
                            fastest = KEYS.get(k);
                        }
                    }
                    ParameterPoint first = g.point(1);
                    ParameterPoint second = g.point(2);
                    List<String> changed = first.names().stream()
                            .filter(n -> !java.util.Objects.equals(first.get(n), second.get(n)))
                            .collect(Collectors.toList());
                    assertThat(changed).containsExactly(fastest);
                });
    }

    @Test
    void shouldKeepEveryNonSweptParameterAtItsBaseValue() {
        qt().withFixedSeed(3L).withExamples(80)
                .forAll(lists().of(integers().between(0, 2)).ofSize(KEYS.size()),
                        lists().of(integers().between(0, 1000)).ofSize(KEYS.size()))
                .checkAssert((lengths, sortKeys) -> {
                    Grid g = grid(lengths, sortKeys);
                    ParameterPoint base = MODEL.namedSet("Default");
                    ParameterPoint last = g.point(g.size());
                    for (String n : base.names()) {
                        if (!g.sweptKeys().contains(n)) {
                            assertThat(last.get(n)).as(n).isEqualTo(base.get(n));
                        }
                    }
                    assertThat(last.names()).isEqualTo(MODEL.schema().names());
                });
    }
}
