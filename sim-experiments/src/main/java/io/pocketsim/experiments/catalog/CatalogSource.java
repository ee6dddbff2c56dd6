package io.pocketsim.experiments.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The text of one experiment or grid file and the label that names it in error messages (a path, or
 * {@code classpath:experiments/...} for the built-in files).
 *
 * @param label names the file in messages
 * @param json  the file's JSON text
 */
public record CatalogSource(String label, String json) {
    public CatalogSource {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(json, "json");
    }

    /**
     * Reads a file.
     *
     * @throws IllegalArgumentException if the file does not exist
     * @throws UncheckedIOException     if it cannot be read
     */
    public static CatalogSource file(Path path) {
        try {
            return new CatalogSource(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("grid file " + path + " does not exist", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read grid file " + path, e);
        }
    }

    /**
     * Reads a classpath resource (path relative to the classpath root, e.g. {@code experiments/standalone.json}).
     *
     * @throws IllegalArgumentException if the resource does not exist
     */
    public static CatalogSource resource(String path) {
        try (InputStream in = CatalogSource.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("resource " + path + " does not exist");
            }
            return new CatalogSource("classpath:" + path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }
}
