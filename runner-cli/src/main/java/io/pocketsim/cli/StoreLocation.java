package io.pocketsim.cli;

import io.pocketsim.cloud.s3.S3Location;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where a result store is, as the user names it: a directory ({@code results}, {@code file:results}) for the local
 * store, or {@code s3://bucket/prefix} for the S3 store. One parser for every command that names a store.
 *
 * @param text    the location as given
 * @param local   the local directory, or {@code null} for S3
 * @param s3      the S3 location, or {@code null} for a local store
 */
record StoreLocation(String text, Path local, S3Location s3) {

    /**
     * Parses a store location given for an option.
     *
     * @throws BadInputException naming the option and what is allowed
     */
    static StoreLocation parse(String option, String text) {
        if (text == null || text.isBlank()) {
            throw BadInputException.forOption(option, text, "empty; allowed: a directory, file:DIR or "
                    + "s3://bucket/prefix");
        }
        if (S3Location.isS3(text)) {
            try {
                return new StoreLocation(text, null, S3Location.parse(text));
            } catch (IllegalArgumentException e) {
                throw BadInputException.forOption(option, text, e.getMessage());
            }
        }
        String path = text;
        if (path.startsWith("file://")) {
            path = path.substring("file://".length());
        } else if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        } else if (path.matches("[A-Za-z][A-Za-z0-9+.-]+://.*")) {
            throw BadInputException.forOption(option, text, "unknown scheme; allowed: a directory, file:DIR or "
                    + "s3://bucket/prefix");
        }
        try {
            return new StoreLocation(text, Path.of(path.isEmpty() ? "." : path), null);
        } catch (InvalidPathException e) {
            throw BadInputException.forOption(option, text, "not a valid path: " + e.getReason());
        }
    }

    /** Whether this is the S3 store. */
    boolean isS3() {
        return s3 != null;
    }

    /** For messages: the absolute directory or the S3 URI. */
    String display() {
        return isS3() ? s3.toString() : local.toAbsolutePath().normalize().toString();
    }

    /** For a command line the user can paste ({@code -o ...}). */
    @Override
    public String toString() {
        return text;
    }
}
