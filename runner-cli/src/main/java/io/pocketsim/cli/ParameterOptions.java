package io.pocketsim.cli;

import io.pocketsim.core.param.ParameterKind;
import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.param.ParameterSchema;
import io.pocketsim.core.param.ParameterSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Options that change parameters of the chosen experiment from the command line, by their snake_case names as in
 * grid files and result columns: {@code --set relays_to_tokens_multiplier=100 --correction relay_fee_burn}.
 */
final class ParameterOptions {
    private static final String CORRECTIONS = "corrections";

    @Option(names = "--set", paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = "Sets a parameter of every point run, e.g. --set gateway_fee_per_relay=Dynamic; repeatable."
                    + " A list parameter takes comma-separated values; 'null' clears a nullable one. See "
                    + "'pocketsim experiments Base' for the names and docs/experiments.md for the allowed values.")
    private Map<String, String> sets = new LinkedHashMap<>();

    @Option(names = "--correction", paramLabel = "NAME",
            description = "Switches on a named correction of the original model's unintended behaviours (added to "
                    + "the point's corrections), e.g. relay_fee_burn; repeatable. See docs/model-differences.md.")
    private List<String> corrections = new ArrayList<>();

    /** Whether any parameter is changed. */
    boolean any() {
        return !sets.isEmpty() || !corrections.isEmpty();
    }

    /**
     * The point with the options applied, checked against the model's schema.
     *
     * @throws BadInputException naming the option, the parameter and what is allowed
     */
    ParameterPoint apply(ParameterSchema schema, ParameterPoint point) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : sets.entrySet()) {
            ParameterSpec spec = spec(schema, "--set", e.getKey());
            changes.put(spec.name(), validate("--set", spec, parse(spec, e.getValue())));
        }
        if (!corrections.isEmpty()) {
            ParameterSpec spec = spec(schema, "--correction", CORRECTIONS);
            List<String> all = new ArrayList<>();
            Object current = changes.containsKey(CORRECTIONS) ? changes.get(CORRECTIONS) : point.get(CORRECTIONS);
            if (current instanceof List<?> list) {
                list.forEach(o -> all.add((String) o));
            }
            for (String c : corrections) {
                if (!all.contains(c)) {
                    all.add(c);
                }
            }
            changes.put(CORRECTIONS, validate("--correction", spec, all));
        }
        return point.withAll(changes);
    }

    private static ParameterSpec spec(ParameterSchema schema, String option, String name) {
        try {
            return schema.get(name);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("invalid value for option '" + option + "': " + e.getMessage());
        }
    }

    private static Object validate(String option, ParameterSpec spec, Object value) {
        try {
            return spec.validate(value);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("invalid value for option '" + option + "': " + e.getMessage());
        }
    }

    /** The text as the kind of value the parameter takes; validation then says what is allowed. */
    static Object parse(ParameterSpec spec, String text) {
        String t = text.strip();
        if (spec.nullable() && (t.equals("null") || t.equals("None"))) {
            return null;
        }
        if (spec.kind() == ParameterKind.CHOICE_LIST) {
            List<String> out = new ArrayList<>();
            for (String part : t.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            return out;
        }
        if (spec.kind() == ParameterKind.CHOICE) {
            return t;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return t;
        }
    }
}
