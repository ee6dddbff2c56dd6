package io.pocketsim.cloud.s3;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/** Counts the HTTP attempts a client makes, per operation (e.g. "ListObjectsV2", "GetObject", "HeadObject"). */
final class RequestCounter implements ExecutionInterceptor {
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        attempts.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                k -> new AtomicInteger()).incrementAndGet();
    }

    int count(String operation) {
        AtomicInteger n = attempts.get(operation);
        return n == null ? 0 : n.get();
    }

    int total() {
        return attempts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    void reset() {
        attempts.clear();
    }

    @Override
    public String toString() {
        return new java.util.TreeMap<>(attempts).toString();
    }
}
