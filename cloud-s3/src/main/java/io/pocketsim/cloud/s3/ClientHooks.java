package io.pocketsim.cloud.s3;

import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Additions to the store's S3 client: execution interceptors (request counting, fault injection in tests) and a
 * last step on the client builder (tests use it to give a local stand-in's dummy credentials).
 *
 * @param interceptors interceptors added to the client, in order
 * @param builder      a step applied to the builder after the settings
 */
public record ClientHooks(List<ExecutionInterceptor> interceptors, Consumer<S3ClientBuilder> builder) {
    public ClientHooks {
        interceptors = List.copyOf(interceptors);
    }

    /** No additions. */
    public static ClientHooks none() {
        return new ClientHooks(List.of(), b -> { });
    }
}
