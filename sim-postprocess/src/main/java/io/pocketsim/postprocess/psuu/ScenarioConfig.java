package io.pocketsim.postprocess.psuu;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to score one family's grids: which parameters are protocol (grouped on) and environmental
 * (pooled), the threshold inequalities in order, their threshold values and the KPIs they read.
 *
 * @param name          the scenario (family) name, e.g. {@code network_viability}
 * @param protocol      protocol (variable) parameters, in the scenario's order
 * @param environmental environmental (control) parameters
 * @param inequalities  the inequalities, in order
 * @param thresholds    threshold values by name (scenario overrides applied)
 * @param kpis          KPI definitions by name (all that the inequalities need, with ratio operands)
 */
public record ScenarioConfig(String name, List<String> protocol, List<String> environmental,
                             List<Inequality> inequalities, Map<String, Threshold> thresholds,
                             Map<String, KpiDefinition> kpis) {
    public ScenarioConfig {
        Objects.requireNonNull(name, "name");
        protocol = List.copyOf(protocol);
        environmental = List.copyOf(environmental);
        inequalities = List.copyOf(inequalities);
        thresholds = Collections.unmodifiableMap(new LinkedHashMap<>(thresholds));
        kpis = Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
        if (protocol.isEmpty()) {
            throw new IllegalArgumentException("scenario " + name + ": no protocol parameters");
        }
        if (inequalities.isEmpty()) {
            throw new IllegalArgumentException("scenario " + name + ": no inequalities");
        }
    }

    /** The inequality names, in order. */
    public List<String> inequalityNames() {
        return inequalities.stream().map(Inequality::name).toList();
    }

    /**
     * A copy with some threshold values replaced (e.g. to re-score with another definition of success).
     *
     * @throws IllegalArgumentException for a threshold the scenario does not use, a value that is not finite, or a
     *                                  share-of-rows threshold outside [0, 1]
     */
    public ScenarioConfig withThresholds(Map<String, Double> values) {
        Map<String, Threshold> t = new LinkedHashMap<>(thresholds);
        values.forEach((k, v) -> {
            Threshold old = t.get(k);
            if (old == null) {
                throw new IllegalArgumentException("threshold " + k + " is not used by scenario " + name
                        + "; allowed: " + thresholds.keySet());
            }
            // the file loader checks shares; an override must not slip a share of rows outside [0, 1] past it
            if (old.unit().equals(Threshold.SHARE_OF_ROWS) && !(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("threshold " + k + " = " + v + " is not a share of rows;"
                        + " allowed: a value in [0, 1]");
            }
            t.put(k, old.withValue(v));
        });
        return new ScenarioConfig(name, protocol, environmental, inequalities, t, kpis);
    }

    /** A copy whose thresholds take the original's values where ours differ ({@link Threshold#original()}). */
    public ScenarioConfig withOriginalThresholds() {
        Map<String, Threshold> t = new LinkedHashMap<>();
        thresholds.forEach((k, v) -> t.put(k, v.withValue(v.originalValue())));
        return new ScenarioConfig(name, protocol, environmental, inequalities, t, kpis);
    }
}
