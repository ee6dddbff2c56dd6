package io.pocketsim.experiments.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.pocketsim.core.param.AllowedValues;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Typed, checked access to the fields of one JSON object, shared by the readers that validate Jackson trees by hand
 * (grid files, the PSuU configuration, manifests). This class decides when a field is missing, of the wrong type or
 * unknown; each reader words the error through its own {@link Errors}, so users keep seeing the file, the location
 * and the allowed values in that reader's format.
 */
public final class JsonFields {
    /** How one reader locates and words its errors. */
    public interface Errors {
        /** An error at a location, e.g. {@code file: grids[0]: runs: problem}. */
        RuntimeException at(String location, String problem);

        /** How a value of the wrong type is named; by default its JSON node type ({@code STRING}, {@code NUMBER}). */
        default String describe(JsonNode found) {
            return found.getNodeType().toString();
        }

        /** A required field that is absent. */
        default RuntimeException missing(String location, String allowed) {
            return at(location, "missing; allowed: " + allowed);
        }

        /** A field whose value has the wrong JSON type. */
        default RuntimeException wrongType(String location, JsonNode found, String allowed) {
            return at(location, "wrong type " + describe(found) + "; allowed: " + allowed);
        }

        /** The location of {@code key} inside {@code location}. */
        default String join(String location, String key) {
            return location.isEmpty() ? key : location + "." + key;
        }

        /** Whether a JSON {@code null} counts as an absent field (otherwise it is a value of the wrong type). */
        default boolean nullIsMissing() {
            return true;
        }
    }

    private final JsonNode node;
    private final String location;
    private final Errors errors;

    /**
     * @param node     the object whose fields are read
     * @param location where it is, {@code ""} for the root
     * @param errors   how errors are worded
     */
    public JsonFields(JsonNode node, String location, Errors errors) {
        this.node = node;
        this.location = location;
        this.errors = errors;
    }

    /** The object read. */
    public JsonNode node() {
        return node;
    }

    /** Where the object is. */
    public String location() {
        return location;
    }

    /** The location of a field (or dotted sub-path) of this object. */
    public String at(String key) {
        return errors.join(location, key);
    }

    /** An error at a field of this object. */
    public RuntimeException error(String key, String problem) {
        return errors.at(at(key), problem);
    }

    /** An error of the wrong type at a field of this object. */
    public RuntimeException wrongType(String key, JsonNode found, String allowed) {
        return errors.wrongType(at(key), found, allowed);
    }

    /** The fields of {@code child}, found at {@code key} of this object. */
    public JsonFields in(String key, JsonNode child) {
        return new JsonFields(child, at(key), errors);
    }

    /** Fails on the first field not in {@code allowed}, suggesting the closest allowed name. */
    public void allowOnly(Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!allowed.contains(n)) {
                throw error(n, "unknown field" + AllowedValues.oneOf(n, new TreeSet<>(allowed)));
            }
        }
    }

    /** The field's value, or {@code null} when it is absent (or JSON null, if that counts as absent). */
    public JsonNode get(String key) {
        JsonNode n = node.get(key);
        return n == null || (n.isNull() && errors.nullIsMissing()) ? null : n;
    }

    /** The field's value; fails naming {@code allowed} when it is absent. */
    public JsonNode required(String key, String allowed) {
        JsonNode n = get(key);
        if (n == null) {
            throw errors.missing(at(key), allowed);
        }
        return n;
    }

    /** A required string. */
    public String text(String key) {
        return checked(key, "a string", JsonNode::isTextual).textValue();
    }

    /** An optional string, {@code null} when absent. */
    public String optionalText(String key) {
        return get(key) == null ? null : text(key);
    }

    /** A required whole number that fits an {@code int}. */
    public int integer(String key, String allowed) {
        return checked(key, allowed, n -> n.isIntegralNumber() && n.canConvertToInt()).intValue();
    }

    /** An optional whole number that fits an {@code int}, {@code null} when absent. */
    public Integer optionalInteger(String key, String allowed) {
        return get(key) == null ? null : integer(key, allowed);
    }

    /** A required whole number that fits a {@code long}. */
    public long longInteger(String key, String allowed) {
        return checked(key, allowed, n -> n.isIntegralNumber() && n.canConvertToLong()).longValue();
    }

    /** A required number. */
    public double number(String key, String allowed) {
        return checked(key, allowed, JsonNode::isNumber).doubleValue();
    }

    /** A required object. */
    public JsonNode object(String key, String allowed) {
        return checked(key, allowed, JsonNode::isObject);
    }

    /** An optional object, {@code null} when absent. */
    public JsonNode optionalObject(String key, String allowed) {
        return get(key) == null ? null : object(key, allowed);
    }

    /** A required array. */
    public JsonNode array(String key, String allowed) {
        return checked(key, allowed, JsonNode::isArray);
    }

    /** An optional array, {@code null} when absent. */
    public JsonNode optionalArray(String key, String allowed) {
        return get(key) == null ? null : array(key, allowed);
    }

    private JsonNode checked(String key, String allowed, Predicate<JsonNode> ok) {
        JsonNode n = required(key, allowed);
        if (!ok.test(n)) {
            throw wrongType(key, n, allowed);
        }
        return n;
    }
}
