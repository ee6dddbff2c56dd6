package io.pocketsim.cloud.s3;

import java.net.URI;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3Proxy with a transient (in-memory) backend in this JVM, on a free loopback port: a real S3 HTTP API for the
 * real SDK client. Dummy keys; S3Proxy needs the SDK's checksum mode {@code when-required} (gaul/s3proxy#795).
 */
final class S3ProxyServer implements AutoCloseable {
    static final String ACCESS_KEY = "local-identity";
    static final String SECRET_KEY = "local-credential";
    private static final AtomicInteger BUCKETS = new AtomicInteger();

    private final S3Proxy proxy;
    private final BlobStoreContext context;

    private S3ProxyServer(S3Proxy proxy, BlobStoreContext context) {
        this.proxy = proxy;
        this.context = context;
    }

    static S3ProxyServer start() {
        BlobStoreContext context = ContextBuilder.newBuilder("transient")
                .credentials("identity", "credential")
                .overrides(new Properties())
                .build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        try {
            proxy.start();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
                }
                Thread.sleep(5);
            }
        } catch (Exception e) {
            context.close();
            throw new IllegalStateException("cannot start S3Proxy", e);
        }
        return new S3ProxyServer(proxy, context);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** Settings for this server: its endpoint (path-style implied), us-east-1, checksums when required. */
    S3StoreSettings settings() {
        return S3StoreSettings.defaults().with(d -> {
            d.endpoint = endpoint();
            d.region = "us-east-1";
            d.checksums = ChecksumMode.WHEN_REQUIRED;
        });
    }

    /** The dummy credentials, plus interceptors. */
    static ClientHooks hooks(ExecutionInterceptor... interceptors) {
        return new ClientHooks(List.of(interceptors), b -> b.credentialsProvider(StaticCredentialsProvider.create(
                AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY))));
    }

    /** A plain client for raw access to the bucket, bypassing the store. */
    S3Client rawClient() {
        return S3Client.builder().region(Region.US_EAST_1).endpointOverride(endpoint()).forcePathStyle(true)
                .requestChecksumCalculation(ChecksumMode.WHEN_REQUIRED.requestCalculation())
                .responseChecksumValidation(ChecksumMode.WHEN_REQUIRED.responseValidation())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY,
                        SECRET_KEY)))
                .build();
    }

    /** A fresh bucket's name. */
    String newBucket(S3Client raw) {
        String name = "bucket-" + BUCKETS.incrementAndGet();
        raw.createBucket(b -> b.bucket(name));
        return name;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        context.close();
    }
}
