package io.pocketsim.postprocess.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.hash.Hashing;
import io.pocketsim.core.param.ParameterPoint;
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
        int version = integer(root, "formatVersion");
        if (version != Manifest.FORMAT_VERSION) {
            throw new IllegalArgumentException("manifest formatVersion " + version + " is not supported; this build"
                    + " reads version " + Manifest.FORMAT_VERSION);
        }
        JsonNode identity = object(root, "seedIdentity");
        JsonNode seed = object(root, "seed");
        ExperimentMetadata md = new ExperimentMetadata(
                text(root, "experiment"), text(root, "model"), text(root, "stateSet"),
                text(identity, "seedIdentity.experiment"), integer(identity, "seedIdentity.pointIndex"),
                parameters(object(root, "parameters")),
                integer(root, "runs"), integer(root, "timesteps"),
                longValue(seed, "seed.rootSeed"), text(seed, "seed.derivation"), text(seed, "seed.algorithm"),
                text(root, "softwareVersion"), provenance(object(root, "provenance")), timeseries(root));
        List<RunSeed> runSeeds = new ArrayList<>();
        JsonNode seeds = array(root, "runSeeds");
        for (int i = 0; i < seeds.size(); i++) {
            JsonNode s = seeds.get(i);
            String at = "runSeeds[" + i + "]";
            runSeeds.add(new RunSeed(integer(s, at + ".run"), longValue(s, at + ".seed")));
        }
        List<ManifestFile> files = new ArrayList<>();
        JsonNode fs = array(root, "files");
        for (int i = 0; i < fs.size(); i++) {
            JsonNode f = fs.get(i);
            String at = "files[" + i + "]";
            JsonNode rows = field(f, at + ".rows");
            Long rowCount = rows.isNull() ? null : longValue(f, at + ".rows");
            files.add(new ManifestFile(text(f, at + ".name"), longValue(f, at + ".bytes"),
                    text(f, at + ".sha256"), rowCount));
        }
        Manifest manifest = new Manifest(version, md, runSeeds, instant(root, "startedAt"),
                instant(root, "finishedAt"), number(root, "wallTimeSeconds"), files);
        // checked after the fields, so that a malformed manifest is reported by the field at fault
        String stored = text(root, DIGEST);
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

    private static ParameterPoint parameters(JsonNode node) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode v = e.getValue();
            String at = "parameters." + e.getKey();
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
                        throw new IllegalArgumentException("manifest field " + at + " holds a non-string element: "
                                + x);
                    }
                    list.add(x.textValue());
                }
                values.put(e.getKey(), list);
            } else {
                throw new IllegalArgumentException("manifest field " + at + " is not a number, string, list of"
                        + " strings or null: " + v);
            }
        }
        return ParameterPoint.of(values);
    }

    /** The time-series selection; manifests written before it was recorded kept every run's time series. */
    private static TimeSeriesSelection timeseries(JsonNode root) {
        if (!root.has("timeseries")) {
            return TimeSeriesSelection.ALL;
        }
        try {
            return TimeSeriesSelection.parse(text(root, "timeseries"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("manifest field timeseries: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> provenance(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!e.getValue().isTextual()) {
                throw new IllegalArgumentException("manifest field provenance." + e.getKey() + " is not a string: "
                        + e.getValue());
            }
            values.put(e.getKey(), e.getValue().textValue());
        }
        return values;
    }

    private static JsonNode field(JsonNode parent, String path) {
        String key = path.substring(path.lastIndexOf('.') + 1);
        JsonNode n = parent == null ? null : parent.get(key);
        if (n == null) {
            throw new IllegalArgumentException("manifest field " + path + " is missing");
        }
        return n;
    }

    private static JsonNode object(JsonNode parent, String path) {
        JsonNode n = field(parent, path);
        if (!n.isObject()) {
            throw new IllegalArgumentException("manifest field " + path + " is not an object: " + n);
        }
        return n;
    }

    private static JsonNode array(JsonNode parent, String path) {
        JsonNode n = field(parent, path);
        if (!n.isArray()) {
            throw new IllegalArgumentException("manifest field " + path + " is not an array: " + n);
        }
        return n;
    }

    private static String text(JsonNode parent, String path) {
        JsonNode n = field(parent, path);
        if (!n.isTextual()) {
            throw new IllegalArgumentException("manifest field " + path + " is not a string: " + n);
        }
        return n.textValue();
    }

    private static long longValue(JsonNode parent, String path) {
        JsonNode n = field(parent, path);
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw new IllegalArgumentException("manifest field " + path + " is not a 64-bit integer: " + n);
        }
        return n.longValue();
    }

    private static int integer(JsonNode parent, String path) {
        JsonNode n = field(parent, path);
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new IllegalArgumentException("manifest field " + path + " is not a 32-bit integer: " + n);
        }
        return n.intValue();
    }

    private static double number(JsonNode parent, String path) {
        JsonNode n = field(parent, path);
        if (!n.isNumber()) {
            throw new IllegalArgumentException("manifest field " + path + " is not a number: " + n);
        }
        return n.doubleValue();
    }

    private static Instant instant(JsonNode parent, String path) {
        String s = text(parent, path);
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("manifest field " + path + " is not an ISO-8601 UTC instant: \""
                    + s + "\"", e);
        }
    }
}
