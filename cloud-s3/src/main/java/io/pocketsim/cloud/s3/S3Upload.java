package io.pocketsim.cloud.s3;

import io.pocketsim.postprocess.store.UploadBookkeeping;
import java.io.OutputStream;
import java.util.UUID;

/** One experiment being written to the S3 store: data files as they close, then the manifest, conditionally. */
final class S3Upload extends UploadBookkeeping {
    private final S3ResultStore store;
    private final String writerId = UUID.randomUUID().toString();

    S3Upload(S3ResultStore store, String experiment) {
        super(experiment);
        this.store = store;
    }

    @Override
    protected OutputStream openFile(String name) {
        return new PartedObjectStream(this, store, name, store.key(experiment(), name));
    }

    @Override
    protected void writeManifest(byte[] json) {
        store.putManifest(experiment(), json, writerId);
    }
}
