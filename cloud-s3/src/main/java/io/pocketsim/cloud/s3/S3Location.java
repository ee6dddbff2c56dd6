package io.pocketsim.cloud.s3;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a store lives in S3: a bucket and a key prefix under which each experiment has its own "folder"
 * ({@code <prefix><experiment>/<file>}).
 *
 * @param bucket the bucket name
 * @param prefix the key prefix, empty or ending with {@code /}
 */
public record S3Location(String bucket, String prefix) {
    /** The URI scheme that selects the S3 store. */
    public static final String SCHEME = "s3";
    // S3's bucket naming rules (3-63 lower-case letters, digits, '.', '-'; starting and ending with a letter or digit)
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern PREFIX_SEGMENT = Pattern.compile("[A-Za-z0-9!_.*'()-]+");

    public S3Location {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(prefix, "prefix");
        if (!BUCKET.matcher(bucket).matches()) {
            throw new IllegalArgumentException("bucket name is not valid: \"" + bucket + "\"; allowed: 3 to 63 "
                    + "lower-case letters, digits, '.' or '-', starting and ending with a letter or digit");
        }
        if (!prefix.isEmpty()) {
            if (!prefix.endsWith("/")) {
                prefix = prefix + "/";
            }
            for (String segment : prefix.substring(0, prefix.length() - 1).split("/", -1)) {
                if (!PREFIX_SEGMENT.matcher(segment).matches()) {
                    throw new IllegalArgumentException("key prefix is not valid: \"" + prefix + "\"; allowed: "
                            + "segments of letters, digits and !_.*'()- separated by single '/'");
                }
            }
        }
    }

    /** Whether a store location names S3 ({@code s3://...}). */
    public static boolean isS3(String location) {
        return location.regionMatches(true, 0, SCHEME + "://", 0, SCHEME.length() + 3);
    }

    /**
     * Parses {@code s3://bucket} or {@code s3://bucket/prefix[/]}.
     *
     * @throws IllegalArgumentException naming what is wrong and what is allowed
     */
    public static S3Location parse(String uri) {
        if (!isS3(uri)) {
            throw new IllegalArgumentException("not an S3 location: \"" + uri + "\"; allowed: s3://bucket/prefix");
        }
        String rest = uri.substring(SCHEME.length() + 3);
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : rest.substring(slash + 1);
        while (prefix.endsWith("//")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        if (prefix.equals("/")) {
            prefix = "";
        }
        if (bucket.isEmpty()) {
            throw new IllegalArgumentException("S3 location has no bucket: \"" + uri + "\"; allowed: s3://bucket/prefix");
        }
        return new S3Location(bucket, prefix);
    }

    /** The key of a file of an experiment. */
    public String key(String experiment, String file) {
        return prefix + experiment + "/" + file;
    }

    /** The key prefix of an experiment's folder, ending with {@code /}. */
    public String folder(String experiment) {
        return prefix + experiment + "/";
    }

    /** The location as a URI ({@code s3://bucket/prefix/}). */
    public URI uri() {
        return URI.create(toString());
    }

    @Override
    public String toString() {
        return SCHEME + "://" + bucket + "/" + prefix;
    }
}
