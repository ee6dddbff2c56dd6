package io.pocketsim.cloud.s3;

import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Builds the one S3 client a store uses, from its settings. Credentials: the SDK's default chain only. */
final class S3Clients {
    /** The region S3-compatible servers answer for when nothing else names one. */
    static final String FALLBACK_REGION = "us-east-1";

    private S3Clients() {
    }

    /** The region to use: as set, else the SDK's region chain, else (with an endpoint override) us-east-1. */
    static String region(S3StoreSettings settings, S3Location location) {
        if (settings.region() != null && !settings.region().isBlank()) {
            return settings.region();
        }
        try {
            return DefaultAwsRegionProviderChain.builder().build().getRegion().id();
        } catch (SdkClientException e) {
            if (settings.endpoint() != null) {
                return FALLBACK_REGION;
            }
            throw new S3StoreException("no AWS region for " + location + ": set --s3-region or AWS_REGION (or a "
                    + "region in the AWS_PROFILE's config)", e);
        }
    }

    /** A client for the settings, with the hooks' interceptors; the hooks' builder step runs last. */
    static S3Client build(S3StoreSettings settings, String region, ClientHooks hooks) {
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder()
                // standard strategy: exponential backoff with jitter on throttling, 5xx and I/O errors
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(settings.maxAttempts()).build())
                .apiCallTimeout(settings.apiCallTimeout())
                .apiCallAttemptTimeout(settings.attemptTimeout());
        hooks.interceptors().forEach(override::addExecutionInterceptor);
        S3ClientBuilder b = S3Client.builder()
                .region(Region.of(region))
                .forcePathStyle(settings.usesPathStyle())
                .httpClientBuilder(ApacheHttpClient.builder()
                        .maxConnections(Math.max(50, settings.concurrency() * 2))
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60)))
                .overrideConfiguration(override.build());
        if (settings.endpoint() != null) {
            b.endpointOverride(settings.endpoint());
        }
        if (settings.checksums() == ChecksumMode.WHEN_REQUIRED) {
            b.requestChecksumCalculation(settings.checksums().requestCalculation())
                    .responseChecksumValidation(settings.checksums().responseValidation());
        }
        hooks.builder().accept(b);
        return b.build();
    }
}
