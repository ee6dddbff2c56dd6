package io.pocketsim.cloud.s3;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Reads and damages a bucket's objects behind the store's back, as the contract suite asks. */
record S3RawAccess(S3Client s3, S3Location location) {
    byte[] read(String experiment, String file) {
        return s3.getObjectAsBytes(b -> b.bucket(location.bucket()).key(location.key(experiment, file)))
                .asByteArray();
    }

    void write(String experiment, String file, byte[] bytes) {
        s3.putObject(b -> b.bucket(location.bucket()).key(location.key(experiment, file)),
                RequestBody.fromBytes(bytes));
    }

    void delete(String experiment, String file) {
        s3.deleteObject(b -> b.bucket(location.bucket()).key(location.key(experiment, file)));
    }
}
