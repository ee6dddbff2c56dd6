package io.pocketsim.cloud.s3;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.s3.S3Client;

/** The store contract on S3Proxy (in this JVM), through the real SDK client. */
class S3ResultStoreS3ProxyIT extends S3StoreContract {
    private static S3ProxyServer server;
    private static S3Client raw;

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
    protected S3Client rawClient() {
        return raw;
    }

    @Override
    protected S3Location freshLocation() {
        return new S3Location(server.newBucket(raw), "results/");
    }

    @Override
    protected S3ResultStore open(S3Location location) {
        return S3ResultStore.open(location, server.settings(), S3ProxyServer.hooks());
    }
}
