package io.pocketsim.cli;

import io.pocketsim.cloud.s3.ChecksumMode;
import io.pocketsim.cloud.s3.S3StoreSettings;
import java.net.URI;
import picocli.CommandLine.Option;

/**
 * The S3 store's settings as options; each overrides the environment ({@code AWS_REGION},
 * {@code AWS_ENDPOINT_URL_S3} / {@code AWS_ENDPOINT_URL}, {@code POCKETSIM_S3_CHECKSUMS},
 * {@code POCKETSIM_S3_PATH_STYLE}). Credentials are never options: the AWS SDK's default chain finds them.
 */
final class S3Options {
    @Option(names = "--s3-region", paramLabel = "REGION",
            description = "AWS region of the bucket. Default: AWS_REGION or the AWS profile's region.")
    private String region;

    @Option(names = "--s3-endpoint", paramLabel = "URL",
            description = "S3 endpoint override (MinIO, S3Proxy, moto...). Default: AWS_ENDPOINT_URL_S3, "
                    + "AWS_ENDPOINT_URL, else Amazon S3.")
    private String endpoint;

    @Option(names = "--s3-path-style", paramLabel = "BOOL", arity = "0..1", fallbackValue = "true",
            description = "Path-style bucket access. Default: on for an endpoint on localhost or an IP address.")
    private Boolean pathStyle;

    @Option(names = "--s3-checksums", paramLabel = "MODE",
            description = "SDK transfer checksums: default (right for Amazon S3) or when-required (S3Proxy, MinIO, "
                    + "Ceph). Default: POCKETSIM_S3_CHECKSUMS, else default.")
    private String checksums;

    /** The options given, as arguments to pass on to a task run in this process. */
    java.util.List<String> arguments() {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (region != null) {
            out.addAll(java.util.List.of("--s3-region", region));
        }
        if (endpoint != null) {
            out.addAll(java.util.List.of("--s3-endpoint", endpoint));
        }
        if (pathStyle != null) {
            out.add("--s3-path-style=" + pathStyle);
        }
        if (checksums != null) {
            out.addAll(java.util.List.of("--s3-checksums", checksums));
        }
        return out;
    }

    /** The settings: the environment's, overridden by the options given. */
    S3StoreSettings settings() {
        S3StoreSettings s;
        try {
            s = S3StoreSettings.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("invalid S3 setting in the environment: " + e.getMessage());
        }
        if (region != null) {
            if (!region.matches("[a-z0-9-]+")) {
                throw BadInputException.forOption("--s3-region", region, "allowed: a region name such as eu-west-1");
            }
            s = s.with(d -> d.region = region);
        }
        if (endpoint != null) {
            try {
                URI uri = S3StoreSettings.parseEndpoint(endpoint);
                s = s.with(d -> d.endpoint = uri);
            } catch (IllegalArgumentException e) {
                throw BadInputException.forOption("--s3-endpoint", endpoint, e.getMessage());
            }
        }
        if (pathStyle != null) {
            s = s.with(d -> d.pathStyle = pathStyle);
        }
        if (checksums != null) {
            try {
                ChecksumMode mode = ChecksumMode.parse(checksums);
                s = s.with(d -> d.checksums = mode);
            } catch (IllegalArgumentException e) {
                throw BadInputException.forOption("--s3-checksums", checksums, e.getMessage());
            }
        }
        return s;
    }
}
