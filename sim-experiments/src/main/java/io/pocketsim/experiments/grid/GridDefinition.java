package io.pocketsim.experiments.grid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sweep grid as written in a grid file: a base parameter set with fixed overrides, swept parameters with their
 * value lists (protocol parameters being tuned, environmental parameters held as context), derived parameters, and
 * how each point is run. Expanded by {@link Grid}.
 *
 * @param name          grid name; point {@code i} is named {@code name + i} (e.g. {@code network_viability_ag3_17})
 * @param family        adaptive-grid family (e.g. {@code network_viability}), or null for a plain sweep
 * @param iteration     adaptive-grid iteration k (name {@code {family}_ag{k}_}), or null for a plain sweep
 * @param scenario      PSuU scenario config to score this grid with (defaults to the family), or null
 * @param description   free text, or null
 * @param model         model name (e.g. {@code pocket})
 * @param stateSet      initial-state set every point starts from
 * @param parameterSet  named parameter set the points start from
 * @param runs          Monte Carlo runs per point
 * @param days          timesteps (days) per run
 * @param fixed         single-value overrides of the base set
 * @param protocol      swept protocol (variable) parameters: name to value list, file order
 * @param environmental swept environmental (control) parameters: name to value list, file order
 * @param derived       parameters computed from others at every point
 * @param provenance    where a generated grid came from, or null
 */
public record GridDefinition(String name, String family, Integer iteration, String scenario, String description,
                             String model, String stateSet, String parameterSet, int runs, int days,
                             Map<String, Object> fixed, Map<String, List<Object>> protocol,
                             Map<String, List<Object>> environmental, List<DerivedParameter> derived,
                             Provenance provenance) {

    public GridDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(stateSet, "stateSet");
        Objects.requireNonNull(parameterSet, "parameterSet");
        if ((family == null) != (iteration == null)) {
            throw new IllegalArgumentException("family and iteration must be given together: family " + family
                    + ", iteration " + iteration);
        }
        fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        protocol = copyLists(protocol);
        environmental = copyLists(environmental);
        derived = List.copyOf(derived);
    }

    private static Map<String, List<Object>> copyLists(Map<String, List<Object>> in) {
        Map<String, List<Object>> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, Collections.unmodifiableList(new ArrayList<>(v))));
        return Collections.unmodifiableMap(out);
    }

    /** Whether this grid is an iteration of an adaptive-grid family. */
    public boolean adaptive() {
        return family != null;
    }

    /** The PSuU scenario to score with: {@link #scenario()} if given, else the family (null for a plain sweep). */
    public String scenarioOrFamily() {
        return scenario != null ? scenario : family;
    }

    /** All swept parameters (protocol, then environmental), file order. */
    public Map<String, List<Object>> swept() {
        Map<String, List<Object>> all = new LinkedHashMap<>(protocol);
        all.putAll(environmental);
        return Collections.unmodifiableMap(all);
    }

    /** A copy with another name, family, iteration and provenance (used for generated grids). */
    public GridDefinition renamed(String newName, String newFamily, Integer newIteration, Provenance newProvenance) {
        return new GridDefinition(newName, newFamily, newIteration, scenario, description, model, stateSet,
                parameterSet, runs, days, fixed, protocol, environmental, derived, newProvenance);
    }

    /** A copy with other protocol value lists. */
    public GridDefinition withProtocol(Map<String, List<Object>> newProtocol) {
        return new GridDefinition(name, family, iteration, scenario, description, model, stateSet, parameterSet,
                runs, days, fixed, newProtocol, environmental, derived, provenance);
    }
}
