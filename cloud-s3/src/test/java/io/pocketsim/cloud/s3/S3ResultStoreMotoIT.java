package io.pocketsim.cloud.s3;

import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.store.testutils.ResultStoreContractTest;
import io.pocketsim.testsupport.MotoServer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The store contract on moto_server, a second independent S3 implementation, with the SDK's default checksum mode
 * (as on AWS). Skipped where moto_server is not installed; fails under CI=true.
 */
class S3ResultStoreMotoIT extends ResultStoreContractTest {
    private static final AtomicInteger BUCKETS = new AtomicInteger();
    private static MotoServer moto;
    private static S3Client raw;
    private S3RawAccess access;
    private S3ResultStore s3Store;

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
    protected ResultStore newStore() {
        String bucket = "moto-bucket-" + BUCKETS.incrementAndGet();
        raw.createBucket(b -> b.bucket(bucket));
        S3Location location = new S3Location(bucket, "runs/v1/");
        access = new S3RawAccess(raw, location);
        // path-style is implied by the IP endpoint; checksums stay the SDK's default
        s3Store = S3ResultStore.open(location, S3StoreSettings.defaults().with(d -> {
            d.endpoint = moto.endpoint();
            d.region = MotoServer.REGION;
        }), new ClientHooks(List.of(), b -> b.credentialsProvider(credentials())));
        return s3Store;
    }

    @AfterEach
    void closeStore() {
        if (s3Store != null) {
            s3Store.close();
        }
    }

    @Override
    protected byte[] readRaw(String experiment, String file) {
        return access.read(experiment, file);
    }

    @Override
    protected void writeRaw(String experiment, String file, byte[] bytes) {
        access.write(experiment, file, bytes);
    }

    @Override
    protected void deleteRaw(String experiment, String file) {
        access.delete(experiment, file);
    }
}
