package io.pocketsim.cloud.s3;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How the S3 store reaches S3. Credentials are not a setting: they come only from the SDK's default provider chain
 * (environment, {@code AWS_PROFILE} and ~/.aws files, container or instance role).
 *
 * @param region         the region, or {@code null} for the SDK's default region chain ({@code AWS_REGION},
 *                       profile, instance metadata); with an endpoint override and no region anywhere, us-east-1
 * @param endpoint       an endpoint override (S3-compatible servers, moto, S3Proxy), or {@code null} for AWS
 * @param pathStyle      path-style access ({@code endpoint/bucket/key}); {@code null} = implied by the endpoint
 *                       (on for localhost or an IP address, off otherwise)
 * @param checksums      the SDK's transfer-checksum mode
 * @param concurrency    parallel requests of bulk operations (manifest reads of a scan, downloads)
 * @param maxAttempts    attempts per request, the first included (retries back off exponentially with jitter)
 * @param apiCallTimeout the limit for one call with all its retries
 * @param attemptTimeout the limit for one attempt
 * @param listPageSize   keys per ListObjectsV2 page (1 to 1000; S3's maximum is the default)
 */
public record S3StoreSettings(String region, URI endpoint, Boolean pathStyle, ChecksumMode checksums,
                              int concurrency, int maxAttempts, Duration apiCallTimeout, Duration attemptTimeout,
                              int listPageSize) {
    /** Our own environment variable for the checksum mode (the AWS variables keep their standard meaning). */
    public static final String CHECKSUMS_ENV = "POCKETSIM_S3_CHECKSUMS";
    /** Our own environment variable for path-style access ({@code true}/{@code false}). */
    public static final String PATH_STYLE_ENV = "POCKETSIM_S3_PATH_STYLE";

    public S3StoreSettings {
        Objects.requireNonNull(checksums, "checksums");
        Objects.requireNonNull(apiCallTimeout, "apiCallTimeout");
        Objects.requireNonNull(attemptTimeout, "attemptTimeout");
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        if (listPageSize < 1 || listPageSize > 1000) {
            throw new IllegalArgumentException("listPageSize must be 1 to 1000, not " + listPageSize);
        }
        if (endpoint != null && (endpoint.getScheme() == null || endpoint.getHost() == null)) {
            throw notAUrl(endpoint);
        }
    }

    /** No overrides: AWS, the SDK's region chain and checksum default, 16 parallel requests, 5 attempts. */
    public static S3StoreSettings defaults() {
        return new S3StoreSettings(null, null, null, ChecksumMode.DEFAULT, 16, 5, Duration.ofMinutes(5),
                Duration.ofSeconds(60), 1000);
    }

    /**
     * The defaults with what the environment sets: {@code AWS_ENDPOINT_URL_S3} (else {@code AWS_ENDPOINT_URL}),
     * {@link #CHECKSUMS_ENV} and {@link #PATH_STYLE_ENV}. {@code AWS_REGION} and {@code AWS_PROFILE} are read by
     * the SDK itself.
     *
     * @throws IllegalArgumentException naming the variable and what is allowed
     */
    public static S3StoreSettings fromEnvironment(Map<String, String> env) {
        S3StoreSettings s = defaults();
        String endpoint = firstSet(env.get("AWS_ENDPOINT_URL_S3"), env.get("AWS_ENDPOINT_URL"));
        if (endpoint != null) {
            URI e = parseEndpoint(endpoint);
            s = s.with(d -> d.endpoint = e);
        }
        String checks = env.get(CHECKSUMS_ENV);
        if (checks != null && !checks.isBlank()) {
            ChecksumMode c = ChecksumMode.parse(checks);
            s = s.with(d -> d.checksums = c);
        }
        String pathStyle = env.get(PATH_STYLE_ENV);
        if (pathStyle != null && !pathStyle.isBlank()) {
            boolean p = parseBoolean(PATH_STYLE_ENV, pathStyle);
            s = s.with(d -> d.pathStyle = p);
        }
        return s;
    }

    /** Parses an endpoint URL. */
    public static URI parseEndpoint(String text) {
        try {
            URI u = URI.create(text.trim());
            if (u.getScheme() == null || u.getHost() == null
                    || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw notAUrl(text);
        }
    }

    /** Whether path-style access is used: as set, or implied by an endpoint on localhost or an IP address. */
    public boolean usesPathStyle() {
        if (pathStyle != null) {
            return pathStyle;
        }
        return endpoint != null && isLocalOrIp(endpoint.getHost());
    }

    /**
     * A copy with changes, checked as any settings are: {@code settings.with(d -> d.region = "eu-west-1")}. Only the
     * timeouts are fixed.
     */
    public S3StoreSettings with(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return new S3StoreSettings(d.region, d.endpoint, d.pathStyle, d.checksums, d.concurrency, d.maxAttempts,
                apiCallTimeout, attemptTimeout, d.listPageSize);
    }

    /** The settings {@link #with} may change, as fields to assign; each starts as the settings' own. */
    public static final class Draft {
        public String region;
        public URI endpoint;
        public Boolean pathStyle;
        public ChecksumMode checksums;
        public int concurrency;
        public int maxAttempts;
        public int listPageSize;

        private Draft(S3StoreSettings s) {
            region = s.region;
            endpoint = s.endpoint;
            pathStyle = s.pathStyle;
            checksums = s.checksums;
            concurrency = s.concurrency;
            maxAttempts = s.maxAttempts;
            listPageSize = s.listPageSize;
        }
    }

    private static boolean isLocalOrIp(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("[")) {
            return true;
        }
        // a literal IPv4 address: digits and dots only (never resolved, so no DNS lookup here)
        if (h.matches("[0-9.]+")) {
            try {
                return InetAddress.getByName(h) != null;
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
        return h.contains(":");
    }

    private static IllegalArgumentException notAUrl(Object endpoint) {
        return new IllegalArgumentException("endpoint is not a URL: \"" + endpoint
                + "\"; allowed: e.g. http://127.0.0.1:9000 or https://s3.example.com");
    }

    private static boolean parseBoolean(String what, String v) {
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException(what + " is not valid: \"" + v
                    + "\"; allowed: true, false");
        };
    }

    private static String firstSet(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }
}
