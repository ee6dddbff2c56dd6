package io.pocketsim.core.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Named numeric signals emitted by the policies of one block, combined by the block's {@link SignalRule}.
 * Insertion-ordered so that combination is deterministic.
 */
public final class Signals {
    private final Map<String, Double> values = new LinkedHashMap<>();

    /** Emits a signal. */
    public Signals put(String key, double value) {
        values.put(key, value);
        return this;
    }

    /** The signal's value, if emitted. */
    public OptionalDouble get(String key) {
        Double v = values.get(key);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The signal's value, or {@code fallback} if no policy emitted it. */
    public double getOrDefault(String key, double fallback) {
        Double v = values.get(key);
        return v == null ? fallback : v;
    }

    /** Whether any policy emitted the key. */
    public boolean contains(String key) {
        return values.containsKey(key);
    }

    /** All signals, in first-emission order. */
    public Map<String, Double> asMap() {
        return Collections.unmodifiableMap(values);
    }

    /** Whether no signal was emitted. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    void clear() {
        values.clear();
    }

    void mergeInto(Signals target, SignalRule rule) {
        for (Map.Entry<String, Double> e : values.entrySet()) {
            Double prev = target.values.get(e.getKey());
            target.values.put(e.getKey(), prev == null ? e.getValue() : rule.combine(e.getKey(), prev, e.getValue()));
        }
    }
}
