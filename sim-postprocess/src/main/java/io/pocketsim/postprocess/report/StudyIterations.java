package io.pocketsim.postprocess.report;

import io.pocketsim.postprocess.store.ResultStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The iterations of an adaptive study: grid {@code {family}_ag{k}_} and its stored experiments, k = 1, 2, ...
 * {@link #fromStore} finds them by listing the store; a study that knows its own grids can build this directly.
 *
 * @param family     the family (study) name
 * @param iterations in iteration order
 */
public record StudyIterations(String family, List<Iteration> iterations) {
    /**
     * One iteration.
     *
     * @param k           iteration number (1-based)
     * @param grid        grid name, e.g. {@code network_viability_ag2_}
     * @param experiments its complete experiments (points) in the store
     */
    public record Iteration(int k, String grid, List<String> experiments) {
        public Iteration {
            Objects.requireNonNull(grid, "grid");
            experiments = List.copyOf(experiments);
        }
    }

    public StudyIterations {
        Objects.requireNonNull(family, "family");
        iterations = List.copyOf(iterations);
    }

    /** The iterations {@code {family}_ag{k}_} with at least one complete point in the store, by k. */
    public static StudyIterations fromStore(ResultStore store, String family) {
        String prefix = family + "_ag";
        Pattern point = Pattern.compile(Pattern.quote(prefix) + "(\\d+)_\\d+");
        Map<Integer, List<String>> byK = new TreeMap<>();
        for (String name : store.list(prefix)) {
            Matcher m = point.matcher(name);
            if (m.matches()) {
                byK.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(name);
            }
        }
        List<Iteration> out = new ArrayList<>();
        byK.forEach((k, names) -> out.add(new Iteration(k, prefix + k + "_", names)));
        return new StudyIterations(family, out);
    }
}
