package io.pocketsim.cloud.s3;

/**
 * A failure of the S3 store that a user can act on, in one line naming the bucket, prefix and region: no
 * credentials, a missing bucket, access denied, an unreachable endpoint, or another error of S3.
 */
public final class S3StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    S3StoreException(String message, Throwable cause) {
        super(message.replace('\n', ' ').replace('\r', ' '), cause);
    }

    /** The message alone: it already says what failed and where. */
    @Override
    public String toString() {
        return getMessage();
    }
}
