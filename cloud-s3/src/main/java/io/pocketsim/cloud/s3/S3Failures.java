package io.pocketsim.cloud.s3;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Turns SDK exceptions into one-line {@link S3StoreException}s that say what failed, where and what to do. */
final class S3Failures {
    private final S3Location location;
    private final String region;
    private final String endpoint;

    S3Failures(S3Location location, String region, String endpoint) {
        this.location = location;
        this.region = region;
        this.endpoint = endpoint;
    }

    /** Where, for messages: {@code s3://bucket/prefix/ (region R, endpoint E)}. */
    String where() {
        return location + " (bucket " + location.bucket() + ", prefix \"" + location.prefix() + "\", region "
                + region + (endpoint == null ? "" : ", endpoint " + endpoint) + ")";
    }

    /** The exception for a failed operation, e.g. {@code what = "cannot list experiments"}. */
    S3StoreException translate(String what, SdkException e) {
        return new S3StoreException(what + " in " + where() + ": " + reason(e), e);
    }

    /** The exception for a failed stream read. */
    S3StoreException translate(String what, IOException e) {
        return new S3StoreException(what + " in " + where() + ": " + e.getMessage(), e);
    }

    private String reason(SdkException e) {
        if (e instanceof S3Exception s3) {
            String code = s3.awsErrorDetails() == null ? null : s3.awsErrorDetails().errorCode();
            int status = s3.statusCode();
            if ("NoSuchBucket".equals(code)) {
                return "bucket " + location.bucket() + " does not exist (create it, or check the name and region)";
            }
            if ("InvalidAccessKeyId".equals(code) || "SignatureDoesNotMatch".equals(code)
                    || "ExpiredToken".equals(code) || "InvalidToken".equals(code)) {
                return "the AWS credentials were rejected (" + code + "); check AWS_PROFILE or the keys in use";
            }
            if (status == 403) {
                return "access denied (" + (code == null ? "403" : code) + "); the store needs s3:ListBucket on the"
                        + " prefix and s3:GetObject, s3:PutObject, s3:DeleteObject on its keys (docs/aws.md)";
            }
            if (status == 301 || "PermanentRedirect".equals(code) || "AuthorizationHeaderMalformed".equals(code)) {
                return "the bucket is in another region than " + region + " (set --s3-region or AWS_REGION)";
            }
            return (code == null ? "HTTP " + status : code + " (HTTP " + status + ")") + ": "
                    + (s3.awsErrorDetails() == null ? s3.getMessage() : s3.awsErrorDetails().errorMessage());
        }
        if (e instanceof SdkClientException) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Unable to load credentials") || msg.contains("credentials")
                    && msg.contains("provider")) {
                return "no AWS credentials found; provide them as for any AWS tool (AWS_PROFILE, "
                        + "AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, SSO, or a task/instance role)";
            }
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof UnknownHostException || t instanceof ConnectException
                        || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException
                        || t.getClass().getSimpleName().equals("HttpHostConnectException")) {
                    return "the S3 endpoint cannot be reached (" + t.getClass().getSimpleName() + ": "
                            + t.getMessage() + ")";
                }
            }
            return msg;
        }
        return String.valueOf(e.getMessage());
    }
}
