package io.pocketsim.experiments.grid;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a generated grid came from: the parent grid, the parent's best constellation (protocol parameter values)
 * and that constellation's scores.
 *
 * @param parent the parent grid's name
 * @param best   the best constellation: protocol parameter name to value
 * @param scores the best constellation's scores by column name (e.g. {@code score}, {@code servicer_npv_soft})
 */
public record Provenance(String parent, Map<String, Object> best, Map<String, Double> scores) {
    public Provenance {
        Objects.requireNonNull(parent, "parent");
        best = Collections.unmodifiableMap(new LinkedHashMap<>(best));
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }
}
