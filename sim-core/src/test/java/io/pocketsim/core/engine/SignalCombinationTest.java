package io.pocketsim.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** How a block combines the signals its policies emit (cadCAD's policy aggregation, with a declared rule). */
class SignalCombinationTest {
    private static final List<String> KEYS = List.of("key_alpha", "key_beta", "key_gamma", "key_delta");

    /** One emission of one policy. */
    record Emission(String key, double value) {
    }

    private static final Gen<Emission> EMISSION =
            Generate.pick(KEYS).zip(doubles().between(-1e6, 1e6), Emission::new);
    /** What each policy of the block emits, in policy order; a policy may emit nothing or repeat a key. */
    private static final Gen<List<List<Emission>>> BLOCK_EMISSIONS =
            lists().of(lists().of(EMISSION).ofSizeBetween(0, 5)).ofSizeBetween(0, 6);

    /** Runs one timestep of a single block whose policies emit the given signals; returns what the update saw. */
    private static Map<String, Double> combine(List<List<Emission>> emissions, SignalRule rule) {
        List<Policy<Trace, String>> policies = new ArrayList<>();
        for (List<Emission> own : emissions) {
            policies.add((step, s, signals) -> own.forEach(e -> signals.put(e.key(), e.value())));
        }
        StateUpdate<Trace, String> capture = (step, s, combined) -> s.combined.putAll(combined.asMap());
        Block<Trace, String> block = new Block<>("signals", policies, rule, List.of(capture));
        Trace[] last = new Trace[1];
        ScriptedModel<Trace> model = new ScriptedModel<>(rng -> last[0] = new Trace(), List.of(block),
                ScriptedModel.recorder(List.of(), (t, s, row) -> { }));
        new Simulation<>(model, model.observers()).run(ScriptedModel.spec(1));
        return last[0].combined;
    }

    /** A policy's own signals behave like the dict it returns in cadCAD: a repeated key keeps its last value. */
    private static Map<String, Double> ownSignals(List<Emission> own) {
        Map<String, Double> map = new LinkedHashMap<>();
        own.forEach(e -> map.put(e.key(), e.value()));
        return map;
    }

    /** The reference: fold every key's values in policy order, keys in order of first emission. */
    private static Map<String, Double> fold(List<List<Emission>> emissions, SignalRule rule) {
        Map<String, Double> acc = new LinkedHashMap<>();
        for (List<Emission> own : emissions) {
            ownSignals(own).forEach((k, v) -> acc.merge(k, v, (a, b) -> rule.combine(k, a, b)));
        }
        return acc;
    }

    private static void assertCombinedEqualsFold(SignalRule rule) {
        qt().withFixedSeed(7L).withExamples(300).forAll(BLOCK_EMISSIONS).checkAssert(emissions -> {
            Map<String, Double> combined = combine(emissions, rule);
            Map<String, Double> expected = fold(emissions, rule);
            assertThat(combined).containsExactlyEntriesOf(expected);
        });
    }

    @Test
    void sumAddsInPolicyOrder() {
        assertCombinedEqualsFold(SignalRule.SUM);
    }

    @Test
    void maxKeepsTheLargest() {
        assertCombinedEqualsFold(SignalRule.MAX);
        qt().withFixedSeed(8L).withExamples(200).forAll(BLOCK_EMISSIONS).checkAssert(emissions -> {
            Map<String, Double> combined = combine(emissions, SignalRule.MAX);
            for (List<Emission> own : emissions) {
                ownSignals(own).forEach((k, v) -> assertThat(combined.get(k)).isGreaterThanOrEqualTo(v));
            }
        });
    }

    @Test
    void customRulesFoldInPolicyOrder() {
        // not commutative: a wrong order of combination gives a different value
        assertCombinedEqualsFold(SignalRule.of((a, b) -> 2 * a - b));
        // key-dependent: first value wins for one key, last value for the others
        assertCombinedEqualsFold((key, a, b) -> key.equals("key_alpha") ? a : b);
    }

    @Test
    void aNonCommutativeRuleSeesValuesInPolicyOrder() {
        List<List<Emission>> emissions = List.of(
                List.of(new Emission("key_alpha", 1)), List.of(new Emission("key_alpha", 2)),
                List.of(new Emission("key_alpha", 3)));
        // (2*1 - 2)*2 - 3 = -3; the reverse order would give (2*3 - 2)*2 - 1 = 7
        assertThat(combine(emissions, SignalRule.of((a, b) -> 2 * a - b))).containsExactly(Map.entry("key_alpha", -3.0));
    }

    @Test
    void sumIsTheDefaultCadCadAggregationOfOverlappingKeys() {
        List<List<Emission>> emissions = List.of(
                List.of(new Emission("key_alpha", 1.5), new Emission("key_beta", 10)),
                List.of(),
                List.of(new Emission("key_alpha", 2.5), new Emission("key_alpha", 4)));
        assertThat(combine(emissions, SignalRule.SUM))
                .containsExactly(Map.entry("key_alpha", 5.5), Map.entry("key_beta", 10.0));
    }

    @Test
    void uniqueAcceptsDisjointKeysAndNamesTheFirstRepeatedKey() {
        qt().withFixedSeed(9L).withExamples(300).forAll(BLOCK_EMISSIONS).checkAssert(emissions -> {
            String repeated = null;
            Map<String, Double> seen = new LinkedHashMap<>();
            for (List<Emission> own : emissions) {
                for (String k : ownSignals(own).keySet()) {
                    if (repeated == null && seen.containsKey(k)) {
                        repeated = k;
                    }
                    seen.put(k, 0.0);
                }
            }
            if (repeated == null) {
                assertThat(combine(emissions, SignalRule.UNIQUE)).containsExactlyEntriesOf(fold(emissions, SignalRule.SUM));
            } else {
                assertThatThrownBy(() -> combine(emissions, SignalRule.UNIQUE))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("signal " + repeated + " emitted by more than one policy");
            }
        });
    }

    @Test
    void signalsAccessors() {
        Signals s = new Signals();
        assertThat(s.isEmpty()).isTrue();
        assertThat(s.get("k")).isEmpty();
        assertThat(s.getOrDefault("k", -1)).isEqualTo(-1);
        s.put("k", 2).put("j", 3).put("k", 4);
        assertThat(s.isEmpty()).isFalse();
        assertThat(s.contains("k")).isTrue();
        assertThat(s.get("k")).hasValue(4);
        assertThat(s.getOrDefault("j", -1)).isEqualTo(3);
        assertThat(s.asMap()).containsExactly(Map.entry("k", 4.0), Map.entry("j", 3.0));
        assertThatThrownBy(() -> s.asMap().put("x", 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
