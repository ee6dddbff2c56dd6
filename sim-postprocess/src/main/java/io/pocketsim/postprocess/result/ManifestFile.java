package io.pocketsim.postprocess.result;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One file of a complete experiment as the manifest records it.
 *
 * @param name   file name within the experiment, e.g. {@code "kpis.csv"}
 * @param bytes  exact size in bytes, as stored (compressed size for gzip files)
 * @param sha256 SHA-256 of the stored bytes, 64 lower-case hex digits
 * @param rows   number of data rows (header excluded) for tables; {@code null} for other files
 */
public record ManifestFile(String name, long bytes, String sha256, Long rows) {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public ManifestFile {
        ResultNames.checkFile(name);
        ResultFieldChecks.notNegative("bytes of " + name, bytes);
        Objects.requireNonNull(sha256, "sha256");
        if (!HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 of " + name + " is not 64 lower-case hex digits: \""
                    + sha256 + "\"");
        }
        if (rows != null) {
            ResultFieldChecks.notNegative("rows of " + name, rows);
        }
    }
}
