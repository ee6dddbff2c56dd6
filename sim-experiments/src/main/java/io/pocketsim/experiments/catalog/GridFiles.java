package io.pocketsim.experiments.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pocketsim.experiments.grid.DerivedParameter;
import io.pocketsim.experiments.grid.GridDefinition;
import io.pocketsim.experiments.grid.Provenance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes a grid definition as a grid file (one JSON object) that {@link CatalogReader} reads back unchanged. */
public final class GridFiles {
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GridFiles() {
    }

    /** The grid as pretty-printed JSON text. */
    public static String toJson(GridDefinition grid) {
        try {
            return MAPPER.writeValueAsString(toTree(grid)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise grid " + grid.name(), e);
        }
    }

    /**
     * Writes the grid to a file (creating parent directories), replacing it if present.
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    public static Path write(GridDefinition grid, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toJson(grid), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write grid file " + file, e);
        }
    }

    /** The conventional file name of a grid file: {@code {name}.json}. */
    public static String fileName(GridDefinition grid) {
        return grid.name() + ".json";
    }

    /**
     * Writes the grid as {@code {name}.json} into a directory (created if needed).
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    public static Path writeInto(GridDefinition grid, Path directory) {
        return write(grid, directory.resolve(fileName(grid)));
    }

    /** The grid as a JSON tree, fields in the documented order; optional fields only when set. */
    public static ObjectNode toTree(GridDefinition g) {
        ObjectNode o = NODES.objectNode();
        o.put("name", g.name());
        if (g.family() != null) {
            o.put("family", g.family());
            o.put("iteration", g.iteration());
        }
        if (g.scenario() != null) {
            o.put("scenario", g.scenario());
        }
        if (g.description() != null) {
            o.put("description", g.description());
        }
        o.put("model", g.model());
        o.put("stateSet", g.stateSet());
        o.put("parameterSet", g.parameterSet());
        o.put("runs", g.runs());
        o.put("days", g.days());
        if (!g.fixed().isEmpty()) {
            o.set("fixed", values(g.fixed()));
        }
        o.set("protocol", lists(g.protocol()));
        o.set("environmental", lists(g.environmental()));
        if (!g.derived().isEmpty()) {
            ObjectNode d = o.putObject("derived");
            for (DerivedParameter p : g.derived()) {
                d.put(p.parameter(), p.expression());
            }
        }
        Provenance p = g.provenance();
        if (p != null) {
            ObjectNode prov = o.putObject("provenance");
            prov.put("parent", p.parent());
            prov.set("best", values(p.best()));
            ObjectNode scores = prov.putObject("scores");
            p.scores().forEach((k, v) -> scores.set(k, value(v)));
        }
        return o;
    }

    private static ObjectNode values(Map<String, Object> values) {
        ObjectNode o = NODES.objectNode();
        values.forEach((k, v) -> o.set(k, value(v)));
        return o;
    }

    private static ObjectNode lists(Map<String, List<Object>> lists) {
        ObjectNode o = NODES.objectNode();
        lists.forEach((k, vs) -> {
            ArrayNode a = o.putArray(k);
            vs.forEach(v -> a.add(value(v)));
        });
        return o;
    }

    /** One value; whole numbers below 1e15 are written without a fraction so files stay readable. */
    static JsonNode value(Object v) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15 && !(d == 0 && 1 / d < 0)) {
                return NODES.numberNode((long) d);
            }
            return NODES.numberNode(d);
        }
        if (v instanceof List<?> list) {
            ArrayNode a = NODES.arrayNode();
            list.forEach(x -> a.add(String.valueOf(x)));
            return a;
        }
        return NODES.textNode(String.valueOf(v));
    }
}
