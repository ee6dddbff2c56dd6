package io.pocketsim.cloud.ecs;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Retries a remote call that failed transiently (throttling, 5xx, connection trouble), after the SDK's own retries,
 * with exponential backoff and full jitter so that many launchers do not retry in step. Other errors (access
 * denied, bad parameters, missing cluster) are thrown at once.
 */
final class AwsRetry {
    private final int maxTries;
    private final Duration base;
    private final Duration cap;
    private int retries;

    AwsRetry(int maxTries, Duration base, Duration cap) {
        this.maxTries = maxTries;
        this.base = base;
        this.cap = cap;
    }

    /** Calls until it succeeds, a non-transient error occurs or the tries are used up. */
    <T> T call(String what, Supplier<T> call) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (SdkException e) {
                if (!transient_(e) || attempt >= maxTries) {
                    throw e;
                }
                retries++;
                Thread.sleep(delay(attempt).toMillis());
            }
        }
    }

    /** How many retries were made so far. */
    int retries() {
        return retries;
    }

    Duration delay(int attempt) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    static boolean transient_(SdkException e) {
        if (e instanceof SdkServiceException s) {
            return s.isThrottlingException() || s.statusCode() >= 500 || s.statusCode() == 429;
        }
        return e instanceof SdkClientException;
    }
}
