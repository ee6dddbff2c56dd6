package io.pocketsim.postprocess.store;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Small named files a store keeps beside its experiments, outside any experiment: the grid files a launch hands to
 * its tasks ({@code grids/NAME.json}). Keys are relative, {@code /}-separated, of letters, digits, {@code . _ -}; a
 * file is replaced whole (readers see the old bytes or the new, never a mix).
 */
public interface StoreFiles {
    /** Where launches put the grid files their tasks read. */
    String GRIDS = "grids/";

    /** The file's bytes, or empty if there is none. */
    Optional<byte[]> readFile(String key);

    /** Writes (or replaces) the file. */
    void writeFile(String key, byte[] bytes);

    /** Checks a key: relative segments of {@code [A-Za-z0-9._-]}, none of them {@code .} or {@code ..}. */
    static String checkKey(String key) {
        if (key == null || !Key.PATTERN.matcher(key).matches()) {
            throw new IllegalArgumentException("invalid store file key \"" + key + "\"; allowed: segments of letters,"
                    + " digits, '.', '_', '-' separated by '/', not starting with '.'");
        }
        return key;
    }

    /** Holder of the key pattern. */
    final class Key {
        static final Pattern PATTERN = Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");

        private Key() {
        }
    }
}
