package io.pocketsim.cloud.s3;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Answers chosen operations with an S3 error instead of sending them: either the first attempt of each call
 * (a transient 503 SlowDown or 500, which the client must retry) or every attempt (a persistent error).
 */
final class FaultInjector implements ExecutionInterceptor {
    private final Set<String> operations;
    private final int status;
    private final String code;
    private final boolean persistent;
    private final Map<String, AtomicInteger> injected = new ConcurrentHashMap<>();
    private final ThreadLocal<Boolean> failedThisCall = ThreadLocal.withInitial(() -> false);

    private FaultInjector(Set<String> operations, int status, String code, boolean persistent) {
        this.operations = operations;
        this.status = status;
        this.code = code;
        this.persistent = persistent;
    }

    /** Fails the first attempt of every call of these operations. */
    static FaultInjector firstAttempt(int status, String code, String... operations) {
        return new FaultInjector(Set.of(operations), status, code, false);
    }

    /** Fails every attempt of these operations. */
    static FaultInjector always(int status, String code, String... operations) {
        return new FaultInjector(Set.of(operations), status, code, true);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        failedThisCall.set(false);
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String op = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (!operations.contains(op) || (!persistent && failedThisCall.get())) {
            return;
        }
        failedThisCall.set(true);
        injected.computeIfAbsent(op, k -> new AtomicInteger()).incrementAndGet();
        throw S3Exception.builder().statusCode(status).message(code + " (injected)")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(code + " (injected)")
                        .serviceName("S3").build())
                .build();
    }

    int injected(String operation) {
        AtomicInteger n = injected.get(operation);
        return n == null ? 0 : n.get();
    }
}
