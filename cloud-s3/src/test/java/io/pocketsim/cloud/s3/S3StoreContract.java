package io.pocketsim.cloud.s3;

import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.store.testutils.ResultStoreContractTest;
import org.junit.jupiter.api.AfterEach;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The store contract on one S3 implementation: each test gets a store on a fresh location, and the contract's raw
 * reads and writes go to the same objects through a plain SDK client. Subclasses say how to reach their server.
 */
abstract class S3StoreContract extends ResultStoreContractTest {
    private S3RawAccess access;
    private S3ResultStore s3Store;

    /** The plain client the raw reads and writes use. */
    protected abstract S3Client rawClient();

    /** A location no earlier test used (its bucket created). */
    protected abstract S3Location freshLocation();

    /** Opens the store under test at {@code location}. */
    protected abstract S3ResultStore open(S3Location location);

    @Override
    protected final ResultStore newStore() {
        S3Location location = freshLocation();
        access = new S3RawAccess(rawClient(), location);
        s3Store = open(location);
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
