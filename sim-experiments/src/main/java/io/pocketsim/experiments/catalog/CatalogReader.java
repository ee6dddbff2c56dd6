package io.pocketsim.experiments.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pocketsim.core.param.AllowedValues;
import io.pocketsim.experiments.grid.DerivedParameter;
import io.pocketsim.experiments.grid.ExperimentDefinition;
import io.pocketsim.experiments.grid.GridDefinition;
import io.pocketsim.experiments.grid.Provenance;
import io.pocketsim.experiments.json.JsonFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses experiment and grid files (JSON) into definitions. A file is either one grid object, or a collection
 * {@code {"defaults": {...}, "grids": [...], "experiments": [...]}} whose defaults fill the fields a grid leaves out.
 * Structural problems (malformed JSON, unknown or missing fields, wrong JSON types) are reported here; checks
 * against the model's schema happen when the catalog compiles the definitions.
 */
public final class CatalogReader {
    static final Set<String> GRID_FIELDS = Set.of("name", "family", "iteration", "scenario", "description", "model",
            "stateSet", "parameterSet", "runs", "days", "fixed", "protocol", "environmental", "derived",
            "provenance");
    static final Set<String> DEFAULT_FIELDS = Set.of("family", "scenario", "description", "model", "stateSet",
            "parameterSet", "runs", "days", "fixed", "protocol", "environmental", "derived");
    static final Set<String> EXPERIMENT_FIELDS = Set.of("name", "description", "model", "stateSet", "parameterSet",
            "runs", "days", "fixed");
    static final Set<String> COLLECTION_FIELDS = Set.of("description", "defaults", "grids", "experiments");
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private CatalogReader() {
    }

    /**
     * A definition and where it was found.
     *
     * @param location   e.g. {@code grids[2] (network_viability_ag3_)}
     * @param definition the parsed definition
     * @param <T>        the definition type
     */
    public record Entry<T>(String location, T definition) {
    }

    /**
     * The definitions of one file.
     *
     * @param source      the file
     * @param grids       its grids, in file order
     * @param experiments its standalone experiments, in file order
     */
    public record CatalogFile(CatalogSource source, List<Entry<GridDefinition>> grids,
                              List<Entry<ExperimentDefinition>> experiments) {
        public CatalogFile {
            grids = List.copyOf(grids);
            experiments = List.copyOf(experiments);
        }
    }

    /**
     * Parses one file.
     *
     * @throws CatalogFileException naming the file, the location and what is allowed
     */
    public static CatalogFile read(CatalogSource source) {
        String file = source.label();
        JsonNode root;
        try {
            root = MAPPER.readTree(source.json());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw CatalogFileException.at(file, where, "malformed JSON: " + e.getOriginalMessage()
                    + "; allowed: a JSON object (a grid, or {\"defaults\", \"grids\", \"experiments\"})", e);
        }
        if (root == null || !root.isObject()) {
            throw CatalogFileException.at(file, "", "the file is not a JSON object; allowed: a grid object, or "
                    + "{\"defaults\": {...}, \"grids\": [...], \"experiments\": [...]}");
        }
        List<Entry<GridDefinition>> grids = new ArrayList<>();
        List<Entry<ExperimentDefinition>> experiments = new ArrayList<>();
        boolean collection = root.has("grids") || root.has("experiments") || root.has("defaults");
        if (!collection) {
            String location = "grid " + textOrBlank(root.get("name"));
            grids.add(new Entry<>(location, grid(file, location, (ObjectNode) root, MAPPER.createObjectNode())));
            return new CatalogFile(source, grids, experiments);
        }
        JsonFields top = new JsonFields(root, "", new FileErrors(file));
        top.allowOnly(COLLECTION_FIELDS);
        ObjectNode defaults = MAPPER.createObjectNode();
        if (root.has("defaults")) {
            JsonNode d = root.get("defaults");
            if (!d.isObject()) {
                throw top.wrongType("defaults", d, "an object");
            }
            top.in("defaults", d).allowOnly(DEFAULT_FIELDS);
            defaults = (ObjectNode) d;
        }
        for (JsonNode g : array(top, "grids")) {
            String location = "grids[" + grids.size() + "] (" + textOrBlank(g.get("name")) + ")";
            if (!g.isObject()) {
                throw CatalogFileException.at(file, location, "wrong type " + kind(g) + "; allowed: a grid object");
            }
            grids.add(new Entry<>(location, grid(file, location, (ObjectNode) g, defaults)));
        }
        for (JsonNode e : array(top, "experiments")) {
            String location = "experiments[" + experiments.size() + "] (" + textOrBlank(e.get("name")) + ")";
            if (!e.isObject()) {
                throw CatalogFileException.at(file, location, "wrong type " + kind(e)
                        + "; allowed: an experiment object");
            }
            experiments.add(new Entry<>(location, experiment(file, location, e)));
        }
        return new CatalogFile(source, grids, experiments);
    }

    private static GridDefinition grid(String file, String location, ObjectNode own, ObjectNode defaults) {
        new JsonFields(own, location, new FileErrors(file)).allowOnly(GRID_FIELDS);
        ObjectNode g = defaults.deepCopy();
        g.setAll(own);
        Fields f = new Fields(file, location, g);
        Integer iteration = f.optionalInt("iteration");
        Map<String, Object> fixed = f.values("fixed");
        Map<String, List<Object>> protocol = f.lists("protocol");
        Map<String, List<Object>> environmental = f.lists("environmental");
        List<DerivedParameter> derived = f.derived();
        try {
            return new GridDefinition(f.text("name"), f.optionalText("family"), iteration,
                    f.optionalText("scenario"), f.optionalText("description"), f.text("model"), f.text("stateSet"),
                    f.text("parameterSet"), f.integer("runs"), f.integer("days"), fixed, protocol, environmental,
                    derived, f.provenance());
        } catch (CatalogFileException e) {
            throw e; // already names the file and the location
        } catch (IllegalArgumentException e) {
            throw CatalogFileException.at(file, location, e.getMessage(), e);
        }
    }

    private static ExperimentDefinition experiment(String file, String location, JsonNode e) {
        new JsonFields(e, location, new FileErrors(file)).allowOnly(EXPERIMENT_FIELDS);
        Fields f = new Fields(file, location, e);
        return new ExperimentDefinition(f.text("name"), f.optionalText("description"), f.text("model"),
                f.text("stateSet"), f.text("parameterSet"), f.integer("runs"), f.integer("days"), f.values("fixed"));
    }

    private static Iterable<JsonNode> array(JsonFields parent, String key) {
        JsonNode n = parent.optionalArray(key, "a list");
        return n == null ? List.of() : n;
    }

    static String join(String location, String key) {
        return location.isEmpty() ? key : location + ": " + key;
    }

    static String kind(JsonNode n) {
        if (n.isNumber()) {
            return "number " + n.asText();
        }
        if (n.isTextual()) {
            return "string \"" + n.asText() + "\"";
        }
        if (n.isBoolean()) {
            return "boolean " + n.asText();
        }
        return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static String textOrBlank(JsonNode n) {
        return n != null && n.isTextual() ? n.asText() : "?";
    }

    /** Grid-file errors: {@code file: location: problem}, values named by {@link #kind}. */
    private record FileErrors(String file) implements JsonFields.Errors {
        @Override
        public RuntimeException at(String location, String problem) {
            return CatalogFileException.at(file, location, problem);
        }

        @Override
        public String describe(JsonNode found) {
            return kind(found);
        }

        @Override
        public String join(String location, String key) {
            return CatalogReader.join(location, key);
        }
    }

    /** The parameter-valued fields of one object, with errors naming file, location and key. */
    private static final class Fields {
        private static final String COUNT = "a whole number >= 1";
        private final String file;
        private final String location;
        private final JsonFields fields;

        Fields(String file, String location, JsonNode node) {
            this.file = file;
            this.location = location;
            this.fields = new JsonFields(node, location, new FileErrors(file));
        }

        private RuntimeException error(String key, String problem) {
            return fields.error(key, problem);
        }

        String text(String key) {
            return fields.text(key);
        }

        String optionalText(String key) {
            return fields.optionalText(key);
        }

        int integer(String key) {
            return fields.integer(key, COUNT);
        }

        Integer optionalInt(String key) {
            return fields.optionalInteger(key, COUNT);
        }

        private ObjectNode object(String key) {
            return (ObjectNode) fields.optionalObject(key, "an object of parameter name to value");
        }

        Map<String, Object> values(String key) {
            Map<String, Object> out = new LinkedHashMap<>();
            ObjectNode o = object(key);
            if (o != null) {
                o.properties().forEach(e -> out.put(e.getKey(), value(key + "." + e.getKey(), e.getValue())));
            }
            return out;
        }

        Map<String, List<Object>> lists(String key) {
            Map<String, List<Object>> out = new LinkedHashMap<>();
            ObjectNode o = object(key);
            if (o != null) {
                o.properties().forEach(e -> {
                    String k = key + "." + e.getKey();
                    if (!e.getValue().isArray()) {
                        throw fields.wrongType(k, e.getValue(), "a list of values");
                    }
                    List<Object> values = new ArrayList<>();
                    int i = 0;
                    for (JsonNode v : e.getValue()) {
                        values.add(value(k + "[" + i++ + "]", v));
                    }
                    out.put(e.getKey(), values);
                });
            }
            return out;
        }

        /** A parameter value: number (as Double), string, null, or list of strings. */
        private Object value(String key, JsonNode v) {
            if (v.isNull()) {
                return null;
            }
            if (v.isNumber()) {
                return v.doubleValue();
            }
            if (v.isTextual()) {
                return v.asText();
            }
            if (v.isArray()) {
                List<String> strings = new ArrayList<>();
                for (JsonNode s : v) {
                    if (!s.isTextual()) {
                        throw error(key, "wrong type: list element " + kind(s)
                                + "; allowed: a number, a string, null or a list of strings");
                    }
                    strings.add(s.asText());
                }
                return strings;
            }
            throw fields.wrongType(key, v, "a number, a string, null or a list of strings");
        }

        List<DerivedParameter> derived() {
            List<DerivedParameter> out = new ArrayList<>();
            ObjectNode o = object("derived");
            if (o != null) {
                o.properties().forEach(e -> {
                    String k = "derived." + e.getKey();
                    if (!e.getValue().isTextual()) {
                        throw error(k, "wrong type " + kind(e.getValue())
                                + "; allowed: an expression string such as \"1 - validator_fee_percentage\"");
                    }
                    try {
                        out.add(DerivedParameter.parse(e.getKey(), e.getValue().asText()));
                    } catch (IllegalArgumentException ex) {
                        throw CatalogFileException.at(file, location, ex.getMessage(), ex);
                    }
                });
            }
            return out;
        }

        Provenance provenance() {
            ObjectNode o = object("provenance");
            if (o == null) {
                return null;
            }
            fields.in("provenance", o).allowOnly(Set.of("parent", "best", "scores"));
            Fields p = new Fields(file, join(location, "provenance"), o);
            Map<String, Object> best = p.values("best");
            Map<String, Double> scores = new LinkedHashMap<>();
            p.values("scores").forEach((k, v) -> {
                if (!(v instanceof Double d)) {
                    throw p.error("scores." + k, "wrong type " + v + "; allowed: a number");
                }
                scores.put(k, d);
            });
            return new Provenance(p.text("parent"), best, scores);
        }
    }
}
