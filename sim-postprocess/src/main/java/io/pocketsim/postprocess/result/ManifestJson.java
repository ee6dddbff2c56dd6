package io.pocketsim.postprocess.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.hash.Hashing;
import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.experiments.json.JsonFields;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes {@code manifest.json} (format version {@value Manifest#FORMAT_VERSION}); the schema is in
 * docs/results-format.md. Writing is deterministic (fields in a fixed order, parameters and provenance in their
 * own order). Reading is strict: a missing or mistyped field is an error naming the field.
 *
 * <p>The last field, {@value #DIGEST}, is the SHA-256 of the manifest's own JSON without that field (as this class
 * writes it). A reader recomputes it, so a manifest edited by hand (parameters, seed, runs, a file's checksum) no
 * longer matches and is refused: a manifest vouches for its inputs only as it was written.
 */
public final class ManifestJson {
    /** The field holding the SHA-256 of the rest of the manifest. */
    public static final String DIGEST = "manifestSha256";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String INT = "a 32-bit integer";
    private static final String LONG = "a 64-bit integer";
    private static final String OBJECT = "an object";
    private static final String ARRAY = "an array";

    private ManifestJson() {
    }

    /** The manifest as UTF-8 JSON bytes. */
    public static byte[] write(Manifest m) {
        ObjectNode root = MAPPER.createObjectNode();
        ExperimentMetadata md = m.metadata();
        root.put("formatVersion", m.formatVersion());
        root.put("experiment", md.name());
        root.put("model", md.model());
        root.put("stateSet", md.stateSet());
        ObjectNode identity = root.putObject("seedIdentity");
        identity.put("experiment", md.seedExperiment());
        identity.put("pointIndex", md.pointIndex());
        ObjectNode params = root.putObject("parameters");
        md.parameters().asMap().forEach((k, v) -> putParameter(params, k, v));
        root.put("runs", md.runs());
        root.put("timesteps", md.timesteps());
        root.put("timeseries", md.timeseries().toString());
        ObjectNode seed = root.putObject("seed");
        seed.put("rootSeed", md.rootSeed());
        seed.put("derivation", md.seedDerivation());
        seed.put("algorithm", md.seedAlgorithm());
        ArrayNode seeds = root.putArray("runSeeds");
        for (RunSeed rs : m.runSeeds()) {
            seeds.addObject().put("run", rs.run()).put("seed", rs.seed());
        }
        root.put("softwareVersion", md.softwareVersion());
        ObjectNode prov = root.putObject("provenance");
        md.provenance().forEach(prov::put);
        root.put("startedAt", m.startedAt().toString());
        root.put("finishedAt", m.finishedAt().toString());
        root.put("wallTimeSeconds", m.wallTimeSeconds());
        ArrayNode files = root.putArray("files");
        for (ManifestFile f : m.files()) {
            ObjectNode fn = files.addObject();
            fn.put("name", f.name());
            fn.put("bytes", f.bytes());
            fn.put("sha256", f.sha256());
            if (f.rows() == null) {
                fn.putNull("rows");
            } else {
                fn.put("rows", f.rows());
            }
        }
        try {
            root.put(DIGEST, digest(root));
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest of " + md.name() + " cannot be written as JSON", e);
        }
    }

    /**
     * Parses manifest bytes.
     *
     * @throws IllegalArgumentException if they are not valid JSON or not a valid manifest; the message names the
     *                                  field at fault
     */
    public static Manifest read(byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("manifest is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("manifest is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("manifest is not a JSON object");
        }
        JsonFields r = new JsonFields(root, "", FIELD_ERRORS);
        int version = r.integer("formatVersion", INT);
        if (version != Manifest.FORMAT_VERSION) {
            throw new IllegalArgumentException("manifest formatVersion " + version + " is not supported; this build"
                    + " reads version " + Manifest.FORMAT_VERSION);
        }
        JsonFields identity = r.in("seedIdentity", r.object("seedIdentity", OBJECT));
        JsonFields seed = r.in("seed", r.object("seed", OBJECT));
        ExperimentMetadata md = new ExperimentMetadata(
                r.text("experiment"), r.text("model"), r.text("stateSet"),
                identity.text("experiment"), identity.integer("pointIndex", INT),
                parameters(r.in("parameters", r.object("parameters", OBJECT))),
                r.integer("runs", INT), r.integer("timesteps", INT),
                seed.longInteger("rootSeed", LONG), seed.text("derivation"), seed.text("algorithm"),
                r.text("softwareVersion"), provenance(r.in("provenance", r.object("provenance", OBJECT))),
                timeseries(r));
        List<RunSeed> runSeeds = new ArrayList<>();
        JsonNode seeds = r.array("runSeeds", ARRAY);
        for (int i = 0; i < seeds.size(); i++) {
            JsonFields s = r.in("runSeeds[" + i + "]", seeds.get(i));
            runSeeds.add(new RunSeed(s.integer("run", INT), s.longInteger("seed", LONG)));
        }
        List<ManifestFile> files = new ArrayList<>();
        JsonNode fs = r.array("files", ARRAY);
        for (int i = 0; i < fs.size(); i++) {
            JsonFields f = r.in("files[" + i + "]", fs.get(i));
            JsonNode rows = f.required("rows", LONG);
            Long rowCount = rows.isNull() ? null : f.longInteger("rows", LONG);
            files.add(new ManifestFile(f.text("name"), f.longInteger("bytes", LONG), f.text("sha256"), rowCount));
        }
        Manifest manifest = new Manifest(version, md, runSeeds, instant(r, "startedAt"),
                instant(r, "finishedAt"), r.number("wallTimeSeconds", "a number"), files);
        // checked after the fields, so that a malformed manifest is reported by the field at fault
        String stored = r.text(DIGEST);
        ObjectNode rest = ((ObjectNode) root).deepCopy();
        rest.remove(DIGEST);
        String actual;
        try {
            actual = digest(rest);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("manifest cannot be re-encoded: " + e.getOriginalMessage(), e);
        }
        if (!actual.equals(stored)) {
            throw new IllegalArgumentException("manifest was changed after it was written: its content has SHA-256 "
                    + actual + ", but its " + DIGEST + " says " + stored);
        }
        return manifest;
    }

    private static String digest(ObjectNode withoutDigest) throws JsonProcessingException {
        return Hashing.sha256().hashBytes(MAPPER.writeValueAsBytes(withoutDigest)).toString();
    }

    private static void putParameter(ObjectNode params, String name, Object v) {
        if (v == null) {
            params.putNull(name);
        } else if (v instanceof Double d) {
            params.put(name, d);
        } else if (v instanceof String s) {
            params.put(name, s);
        } else if (v instanceof List<?> list) {
            ArrayNode a = params.putArray(name);
            list.forEach(o -> a.add((String) o));
        } else {
            throw new IllegalArgumentException("parameter " + name + " has an unsupported type: " + v);
        }
    }

    private static ParameterPoint parameters(JsonFields p) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : p.node().properties()) {
            JsonNode v = e.getValue();
            if (v.isNull()) {
                values.put(e.getKey(), null);
            } else if (v.isNumber()) {
                values.put(e.getKey(), v.doubleValue());
            } else if (v.isTextual()) {
                values.put(e.getKey(), v.textValue());
            } else if (v.isArray()) {
                List<String> list = new ArrayList<>();
                for (JsonNode x : v) {
                    if (!x.isTextual()) {
                        throw p.error(e.getKey(), "holds a non-string element: " + x);
                    }
                    list.add(x.textValue());
                }
                values.put(e.getKey(), list);
            } else {
                throw p.wrongType(e.getKey(), v, "a number, string, list of strings or null");
            }
        }
        return ParameterPoint.of(values);
    }

    /** The time-series selection; manifests written before it was recorded kept every run's time series. */
    private static TimeSeriesSelection timeseries(JsonFields root) {
        if (!root.node().has("timeseries")) {
            return TimeSeriesSelection.ALL;
        }
        try {
            return TimeSeriesSelection.parse(root.text("timeseries"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("manifest field timeseries: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> provenance(JsonFields p) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : p.node().properties()) {
            values.put(e.getKey(), p.text(e.getKey()));
        }
        return values;
    }

    private static Instant instant(JsonFields parent, String key) {
        String s = parent.text(key);
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("manifest field " + parent.at(key)
                    + " is not an ISO-8601 UTC instant: \"" + s + "\"", e);
        }
    }

    /** Errors worded "manifest field PATH is ...", JSON null being a value (of the wrong type where not allowed). */
    private static final JsonFields.Errors FIELD_ERRORS = new JsonFields.Errors() {
        @Override
        public RuntimeException at(String location, String problem) {
            return new IllegalArgumentException("manifest field " + location + " " + problem);
        }

        @Override
        public RuntimeException missing(String location, String allowed) {
            return at(location, "is missing");
        }

        @Override
        public RuntimeException wrongType(String location, JsonNode found, String allowed) {
            return at(location, "is not " + allowed + ": " + found);
        }

        @Override
        public boolean nullIsMissing() {
            return false;
        }
    };
}
