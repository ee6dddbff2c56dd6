package io.pocketsim.cloud.s3;

import io.pocketsim.testsupport.MotoServer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The store contract on moto_server, a second independent S3 implementation, with the SDK's default checksum mode
 * (as on AWS). Skipped where moto_server is not installed; fails under CI=true.
 */
class S3ResultStoreMotoIT extends S3StoreContract {
    private static final AtomicInteger BUCKETS = new AtomicInteger();
    private static MotoServer moto;
    private static S3Client raw;

    @BeforeAll
    static void startMoto() {
        moto = MotoServer.start();
        raw = S3Client.builder().region(Region.US_EAST_1).endpointOverride(moto.endpoint()).forcePathStyle(true)
                .credentialsProvider(credentials()).build();
    }

    @AfterAll
    static void stopMoto() {
        if (raw != null) {
            raw.close();
        }
        if (moto != null) {
            moto.close();
        }
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
    }

    @Override
    protected S3Client rawClient() {
        return raw;
    }

    @Override
    protected S3Location freshLocation() {
        String bucket = "moto-bucket-" + BUCKETS.incrementAndGet();
        raw.createBucket(b -> b.bucket(bucket));
        return new S3Location(bucket, "runs/v1/");
    }

    @Override
    protected S3ResultStore open(S3Location location) {
        // path-style is implied by the IP endpoint; checksums stay the SDK's default
        return S3ResultStore.open(location, S3StoreSettings.defaults().with(d -> {
            d.endpoint = moto.endpoint();
            d.region = MotoServer.REGION;
        }), new ClientHooks(List.of(), b -> b.credentialsProvider(credentials())));
    }
}
