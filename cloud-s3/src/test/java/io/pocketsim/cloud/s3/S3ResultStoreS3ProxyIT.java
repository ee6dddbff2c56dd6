package io.pocketsim.cloud.s3;

import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.store.testutils.ResultStoreContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.s3.S3Client;

/** The store contract on S3Proxy (in this JVM), through the real SDK client. */
class S3ResultStoreS3ProxyIT extends ResultStoreContractTest {
    private static S3ProxyServer server;
    private static S3Client raw;
    private S3RawAccess access;
    private S3ResultStore s3Store;

    @BeforeAll
    static void startServer() {
        server = S3ProxyServer.start();
        raw = server.rawClient();
    }

    @AfterAll
    static void stopServer() throws Exception {
        raw.close();
        server.close();
    }

    @Override
    protected ResultStore newStore() {
        S3Location location = new S3Location(server.newBucket(raw), "results/");
        access = new S3RawAccess(raw, location);
        s3Store = S3ResultStore.open(location, server.settings(), S3ProxyServer.hooks());
        return s3Store;
    }

    @AfterEach
    void closeStore() {
        s3Store.close();
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
