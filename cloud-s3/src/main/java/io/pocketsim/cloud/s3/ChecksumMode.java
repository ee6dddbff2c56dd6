package io.pocketsim.cloud.s3;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;

/**
 * When the SDK adds and checks its own transfer checksums. The store's integrity does not depend on it (every
 * file is checked against the manifest's SHA-256 on read); it matters for S3-compatible servers: S3Proxy, MinIO
 * and Ceph reject the SDK's default trailing checksums, and need {@link #WHEN_REQUIRED}.
 */
public enum ChecksumMode {
    /** The SDK's default (checksums whenever an operation supports them): right for Amazon S3. */
    DEFAULT("default"),
    /** Checksums only where an operation requires them: for S3-compatible servers. */
    WHEN_REQUIRED("when-required");

    private final String label;

    ChecksumMode(String label) {
        this.label = label;
    }

    /** The name used by the flag and the environment variable. */
    public String label() {
        return label;
    }

    /**
     * Parses a label ({@code default} or {@code when-required}, any case).
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static ChecksumMode parse(String label) {
        for (ChecksumMode m : values()) {
            if (m.label.equals(label.trim().toLowerCase(Locale.ROOT).replace('_', '-'))) {
                return m;
            }
        }
        throw new IllegalArgumentException("checksum mode is not valid: \"" + label + "\"; allowed: "
                + Arrays.stream(values()).map(ChecksumMode::label).collect(Collectors.joining(", ")));
    }

    RequestChecksumCalculation requestCalculation() {
        return this == WHEN_REQUIRED ? RequestChecksumCalculation.WHEN_REQUIRED
                : RequestChecksumCalculation.WHEN_SUPPORTED;
    }

    ResponseChecksumValidation responseValidation() {
        return this == WHEN_REQUIRED ? ResponseChecksumValidation.WHEN_REQUIRED
                : ResponseChecksumValidation.WHEN_SUPPORTED;
    }

    @Override
    public String toString() {
        return label;
    }
}
