package io.pocketsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option defaults from the environment and a config file, for every command. For an option {@code --NAME} of
 * command {@code CMD}, the first of these wins, then the option's own default:
 * <ol>
 * <li>the environment variable {@code POCKETSIM_NAME} (upper case, {@code -} as {@code _});</li>
 * <li>the file's {@code CMD.NAME}, then top-level {@code NAME}, then {@code NAME} in any other section (so
 * {@code ecs: {cluster: ...}} and {@code aws: {region: ...}} work as written by {@code init-config}).</li>
 * </ol>
 * The file is {@code POCKETSIM_CONFIG} if set, else {@code ./pocketsim.yaml} if present (YAML; lists become
 * comma-separated values, maps {@code k=v} pairs). Flags on the command line always win.
 */
final class ConfigDefaults implements CommandLine.IDefaultValueProvider {
    /** The file name looked for in the working directory. */
    static final String FILE = "pocketsim.yaml";

    private final Map<String, String> values;
    private final Map<String, String> env;
    private final String source;

    ConfigDefaults(Map<String, String> values, Map<String, String> env, String source) {
        this.values = Map.copyOf(values);
        this.env = Map.copyOf(env);
        this.source = source;
    }

    /** Defaults from this process's environment and its config file. */
    static ConfigDefaults fromEnvironment() {
        Map<String, String> env = System.getenv();
        String named = env.get("POCKETSIM_CONFIG");
        Path file = named != null ? Path.of(named) : Path.of(FILE);
        if (named == null && !Files.isRegularFile(file)) {
            return new ConfigDefaults(Map.of(), env, "(none)");
        }
        return load(file, env);
    }

    /**
     * Reads a config file.
     *
     * @throws BadInputException if it is missing or not a YAML mapping
     */
    static ConfigDefaults load(Path file, Map<String, String> env) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("config file " + file + " (POCKETSIM_CONFIG): no such file");
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException("config file " + file + " is not valid YAML: " + e.getMessage());
        }
        Map<String, String> flat = new LinkedHashMap<>();
        if (root != null && !root.isNull()) {
            if (!root.isObject()) {
                throw new BadInputException("config file " + file + " must be a mapping of settings, e.g. "
                        + "'out: s3://bucket/prefix'");
            }
            flatten("", root, flat);
        }
        return new ConfigDefaults(flat, env, file.toString());
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject() && !isTagMap(e.getKey())) {
                flatten(key + ".", v, out);
            } else {
                out.put(key, text(v));
            }
        }
    }

    private static boolean isTagMap(String key) {
        return key.equals("tag") || key.equals("tags");
    }

    private static String text(JsonNode v) {
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(text(x)));
            return String.join(",", parts);
        }
        if (v.isObject()) {
            List<String> parts = new ArrayList<>();
            v.fields().forEachRemaining(f -> parts.add(f.getKey() + "=" + text(f.getValue())));
            return String.join(",", parts);
        }
        return v.asText();
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec o) || o.longestName().length() < 3 || o.usageHelp() || o.versionHelp()) {
            return null;
        }
        String name = o.longestName().replaceFirst("^-+", "");
        String fromEnv = env.get("POCKETSIM_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
        if (fromEnv != null) {
            return fromEnv;
        }
        return lookup(o.command() == null ? null : o.command().name(), name).orElse(null);
    }

    Optional<String> lookup(String command, String name) {
        if (command != null && values.containsKey(command + "." + name)) {
            return Optional.of(values.get(command + "." + name));
        }
        if (values.containsKey(name)) {
            return Optional.of(values.get(name));
        }
        // "tags" is the file's spelling of the repeatable --tag
        String plural = name + "s";
        for (Map.Entry<String, String> e : values.entrySet()) {
            String k = e.getKey();
            if (k.endsWith("." + name) || k.endsWith("." + plural) && name.equals("tag")) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** Where the values came from, for messages. */
    String source() {
        return source;
    }
}
