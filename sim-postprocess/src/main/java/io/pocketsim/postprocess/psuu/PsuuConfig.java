package io.pocketsim.postprocess.psuu;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.pocketsim.core.param.AllowedValues;
import io.pocketsim.experiments.json.JsonFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The PSuU configuration as data: KPI definitions, threshold values, threshold inequalities and, per scenario
 * (family), its protocol and environmental parameters and inequalities in order. The built-in file is the resource
 * {@value #BUILT_IN}; users may load their own (same format) to change a threshold and re-score.
 */
public final class PsuuConfig {
    /** The built-in configuration resource. */
    public static final String BUILT_IN = "psuu/scenarios.json";
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private final String source;
    private final Map<String, KpiDefinition> kpis;
    private final Map<String, Threshold> thresholds;
    private final Map<String, Inequality> inequalities;
    private final Map<String, ScenarioConfig> scenarios;

    private PsuuConfig(String source, Map<String, KpiDefinition> kpis, Map<String, Threshold> thresholds,
                       Map<String, Inequality> inequalities, Map<String, ScenarioConfig> scenarios) {
        this.source = source;
        this.kpis = kpis;
        this.thresholds = thresholds;
        this.inequalities = inequalities;
        this.scenarios = scenarios;
    }

    /** The built-in configuration (cloud-and-psuu.md §3.3, with the corrections listed in docs/adaptive-grid.md). */
    public static PsuuConfig builtIn() {
        try (InputStream in = PsuuConfig.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("resource " + BUILT_IN + " is missing");
            }
            return parse("classpath:" + BUILT_IN, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILT_IN, e);
        }
    }

    /**
     * Loads a configuration file.
     *
     * @throws IllegalArgumentException naming the file, the location and what is allowed
     */
    public static PsuuConfig load(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("PSuU config file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PSuU config file " + file, e);
        }
    }

    /**
     * Parses a configuration.
     *
     * @param label names the source in messages
     * @param json  the JSON text
     * @throws IllegalArgumentException naming the source, the location and what is allowed
     */
    public static PsuuConfig parse(String label, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException(label + ": " + (at == null ? "" : "line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + ": ") + "malformed JSON: " + e.getOriginalMessage(), e);
        }
        return new Reader(label).read(root);
    }

    /** Where this configuration was read from. */
    public String source() {
        return source;
    }

    /** The scenario names, in file order. */
    public List<String> scenarios() {
        return List.copyOf(scenarios.keySet());
    }

    /** All KPI definitions by name. */
    public Map<String, KpiDefinition> kpis() {
        return kpis;
    }

    /** All threshold values by name. */
    public Map<String, Threshold> thresholds() {
        return thresholds;
    }

    /** All inequalities by name. */
    public Map<String, Inequality> inequalities() {
        return inequalities;
    }

    /**
     * A scenario by family name ({@code network_viability}) or by the original's key ({@code network_viability_ag}).
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public ScenarioConfig scenario(String name) {
        ScenarioConfig s = scenarios.get(name);
        if (s == null && name.endsWith("_ag")) {
            s = scenarios.get(name.substring(0, name.length() - 3));
        }
        if (s == null) {
            throw new IllegalArgumentException("no PSuU scenario \"" + name + "\" in " + source
                    + AllowedValues.oneOf(name, scenarios.keySet()));
        }
        return s;
    }

    /** Reads and validates one configuration tree. */
    private static final class Reader {
        private final String file;

        Reader(String file) {
            this.file = file;
        }

        private IllegalArgumentException error(String location, String problem) {
            return new IllegalArgumentException(file + ": " + location + ": " + problem);
        }

        private final JsonFields.Errors errors = this::error;

        PsuuConfig read(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException(file + ": the file is not a JSON object; allowed: {\"kpis\", "
                        + "\"thresholds\", \"inequalities\", \"scenarios\"}");
            }
            fields("", root, Set.of("description", "kpis", "thresholds", "inequalities", "scenarios"));
            Map<String, KpiDefinition> kpis = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : object("kpis", root.get("kpis")).properties()) {
                kpis.put(e.getKey(), kpi("kpis." + e.getKey(), e.getKey(), e.getValue()));
            }
            checkRatioCycles(kpis);
            Map<String, Threshold> thresholds = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : object("thresholds", root.get("thresholds")).properties()) {
                thresholds.put(e.getKey(), threshold("thresholds." + e.getKey(), e.getKey(), e.getValue()));
            }
            Map<String, Inequality> inequalities = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : object("inequalities", root.get("inequalities")).properties()) {
                inequalities.put(e.getKey(), inequality("inequalities." + e.getKey(), e.getKey(), e.getValue(),
                        kpis, thresholds));
            }
            Map<String, ScenarioConfig> scenarios = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : object("scenarios", root.get("scenarios")).properties()) {
                scenarios.put(e.getKey(), scenario("scenarios." + e.getKey(), e.getKey(), e.getValue(), kpis,
                        thresholds, inequalities));
            }
            return new PsuuConfig(file, kpis, thresholds, inequalities, scenarios);
        }

        private KpiDefinition kpi(String at, String name, JsonNode n) {
            JsonFields f = fields(at, n, Set.of("column", "ratio", "unit", "description"));
            String column = f.optionalText("column");
            String num = null;
            String den = null;
            JsonNode ratio = n.get("ratio");
            if (ratio != null) {
                if (!ratio.isArray() || ratio.size() != 2 || !ratio.get(0).isTextual() || !ratio.get(1).isTextual()) {
                    throw error(at + ".ratio", "wrong value " + ratio + "; allowed: [numerator, denominator], each a "
                            + "KPI name or a column");
                }
                num = ratio.get(0).asText();
                den = ratio.get(1).asText();
            }
            if ((column == null) == (ratio == null)) {
                throw error(at, "give exactly one of \"column\" and \"ratio\"");
            }
            return new KpiDefinition(name, column, num, den, f.text("unit"), f.optionalText("description"));
        }

        private void checkRatioCycles(Map<String, KpiDefinition> kpis) {
            for (KpiDefinition k : kpis.values()) {
                Set<String> path = new HashSet<>();
                walk(k, kpis, path);
            }
        }

        private void walk(KpiDefinition k, Map<String, KpiDefinition> kpis, Set<String> path) {
            if (!path.add(k.name())) {
                throw error("kpis." + k.name(), "ratio refers back to itself through " + path
                        + "; allowed: ratios of other KPIs or columns");
            }
            if (k.ratio()) {
                for (String op : List.of(k.numerator(), k.denominator())) {
                    KpiDefinition other = kpis.get(op);
                    if (other != null) {
                        walk(other, kpis, new HashSet<>(path));
                    }
                }
            }
        }

        private Threshold threshold(String at, String name, JsonNode n) {
            JsonFields f = fields(at, n, Set.of("value", "unit", "description", "original"));
            JsonNode v = n.get("value");
            if (v == null || !v.isNumber() || !Double.isFinite(v.doubleValue())) {
                throw error(at + ".value", "missing or not a finite number; allowed: a number");
            }
            JsonNode o = n.get("original");
            if (o != null && (!o.isNumber() || !Double.isFinite(o.doubleValue()))) {
                throw error(at + ".original", "not a finite number; allowed: a number");
            }
            return new Threshold(name, v.doubleValue(), f.text("unit"), f.optionalText("description"),
                    o == null ? null : o.doubleValue());
        }

        private Inequality inequality(String at, String name, JsonNode n, Map<String, KpiDefinition> kpis,
                                      Map<String, Threshold> thresholds) {
            JsonFields f = fields(at, n, Set.of("test", "kpi", "lower", "upper", "fraction", "negate",
                    "description"));
            String test = f.text("test");
            Inequality.Test t;
            switch (test) {
                case "fraction":
                    t = Inequality.Test.FRACTION;
                    break;
                case "average":
                    t = Inequality.Test.AVERAGE;
                    break;
                default:
                    throw error(at + ".test", "unknown test \"" + test + "\"; allowed: fraction, average");
            }
            String kpi = f.text("kpi");
            KpiDefinition k = kpis.get(kpi);
            if (k == null) {
                throw error(at + ".kpi", "unknown KPI \"" + kpi + "\"; allowed: one of " + kpis.keySet());
            }
            String lower = f.optionalText("lower");
            String upper = f.optionalText("upper");
            String fraction = f.optionalText("fraction");
            for (String[] b : new String[][] {{"lower", lower}, {"upper", upper}}) {
                if (b[1] != null) {
                    Threshold th = known(at + "." + b[0], b[1], thresholds);
                    if (!th.unit().equals(k.unit())) {
                        throw error(at + "." + b[0], "threshold " + b[1] + " is in \"" + th.unit() + "\" but KPI "
                                + kpi + " is in \"" + k.unit() + "\"; allowed: a threshold in the KPI's unit");
                    }
                }
            }
            if (fraction != null) {
                Threshold th = known(at + ".fraction", fraction, thresholds);
                if (!th.unit().equals(Threshold.SHARE_OF_ROWS) || th.value() < 0 || th.value() > 1) {
                    throw error(at + ".fraction", "threshold " + fraction + " (" + th.value() + " " + th.unit()
                            + ") is not a share; allowed: a value in [0, 1] with unit \"" + Threshold.SHARE_OF_ROWS + "\"");
                }
            }
            JsonNode negate = n.get("negate");
            if (negate != null && !negate.isBoolean()) {
                throw error(at + ".negate", "wrong type " + negate + "; allowed: true or false");
            }
            try {
                return new Inequality(name, t, kpi, lower, upper, fraction, negate != null && negate.asBoolean(),
                        f.optionalText("description"));
            } catch (IllegalArgumentException e) {
                throw error(at, e.getMessage());
            }
        }

        private Threshold known(String at, String name, Map<String, Threshold> thresholds) {
            Threshold th = thresholds.get(name);
            if (th == null) {
                throw error(at, "unknown threshold \"" + name + "\"; allowed: one of " + thresholds.keySet());
            }
            return th;
        }

        private ScenarioConfig scenario(String at, String name, JsonNode n, Map<String, KpiDefinition> kpis,
                                        Map<String, Threshold> thresholds, Map<String, Inequality> inequalities) {
            JsonFields f = fields(at, n, Set.of("description", "protocol", "environmental", "inequalities",
                    "thresholds"));
            List<String> protocol = strings(at, n, "protocol");
            List<String> environmental = strings(at, n, "environmental");
            Set<String> both = new HashSet<>(protocol);
            both.retainAll(environmental);
            if (!both.isEmpty() || new HashSet<>(protocol).size() != protocol.size()) {
                throw error(at, "parameters listed twice: " + (both.isEmpty() ? protocol : both)
                        + "; allowed: each parameter once, as protocol or environmental");
            }
            List<Inequality> used = new ArrayList<>();
            for (String i : strings(at, n, "inequalities")) {
                Inequality ineq = inequalities.get(i);
                if (ineq == null) {
                    throw error(at + ".inequalities", "unknown inequality \"" + i + "\""
                            + AllowedValues.oneOf(i, inequalities.keySet()));
                }
                used.add(ineq);
            }
            Map<String, Threshold> own = new LinkedHashMap<>();
            Map<String, KpiDefinition> ownKpis = new LinkedHashMap<>();
            for (Inequality i : used) {
                for (String t : new String[] {i.lower(), i.upper(), i.fraction()}) {
                    if (t != null) {
                        own.put(t, thresholds.get(t));
                    }
                }
                collectKpis(i.kpi(), kpis, ownKpis);
            }
            JsonNode overrides = n.get("thresholds");
            if (overrides != null) {
                for (Map.Entry<String, JsonNode> e : object(at + ".thresholds", overrides).properties()) {
                    if (!own.containsKey(e.getKey()) || !e.getValue().isNumber()) {
                        throw error(at + ".thresholds." + e.getKey(), "not a number for a threshold this scenario "
                                + "uses; allowed: a number for one of " + own.keySet());
                    }
                    own.put(e.getKey(), own.get(e.getKey()).withValue(e.getValue().doubleValue()));
                }
            }
            try {
                return new ScenarioConfig(name, protocol, environmental, used, own, ownKpis);
            } catch (IllegalArgumentException e) {
                throw error(at, e.getMessage());
            }
        }

        private void collectKpis(String name, Map<String, KpiDefinition> kpis, Map<String, KpiDefinition> out) {
            KpiDefinition k = kpis.get(name);
            if (k == null || out.containsKey(name)) {
                return;
            }
            out.put(name, k);
            if (k.ratio()) {
                collectKpis(k.numerator(), kpis, out);
                collectKpis(k.denominator(), kpis, out);
            }
        }

        private JsonNode object(String at, JsonNode n) {
            if (n == null || !n.isObject()) {
                throw error(at, "missing or not an object; allowed: an object of name to definition");
            }
            return n;
        }

        /** The fields of object {@code n} at {@code at}, checked against {@code allowed}. */
        private JsonFields fields(String at, JsonNode n, Set<String> allowed) {
            if (!n.isObject()) {
                throw errors.wrongType(at, n, "an object with fields " + new TreeSet<>(allowed));
            }
            JsonFields f = new JsonFields(n, at, errors);
            f.allowOnly(allowed);
            return f;
        }

        private List<String> strings(String at, JsonNode n, String field) {
            JsonNode v = n.get(field);
            List<String> out = new ArrayList<>();
            if (v == null || !v.isArray()) {
                throw error(at + "." + field, "missing or not a list; allowed: a list of names");
            }
            for (JsonNode s : v) {
                if (!s.isTextual()) {
                    throw error(at + "." + field, "wrong element " + s + "; allowed: names (strings)");
                }
                out.add(s.asText());
            }
            return out;
        }
    }
}
