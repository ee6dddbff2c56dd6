package io.pocketsim.cloud.s3;

import io.pocketsim.postprocess.store.UploadFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Writes one object with memory bounded by the part size: bytes collect in a buffer; a file that fits goes up
 * with one PutObject when closed, a larger one as a multipart upload, a part each time the buffer is full. The
 * object appears only when the stream is closed (multipart parts stay invisible until completed); an aborted
 * stream's multipart upload is aborted.
 */
final class PartedObjectStream extends UploadFile {
    private static final int INITIAL_BUFFER = 64 << 10;

    private final S3ResultStore store;
    private final String key;
    private final int partSize;
    private byte[] buffer;
    private int length;
    private long size;
    private String uploadId;
    private final List<CompletedPart> parts = new ArrayList<>();

    PartedObjectStream(S3Upload upload, S3ResultStore store, String name, String key) {
        super(upload, name);
        this.store = store;
        this.key = key;
        this.partSize = store.partSize();
        this.buffer = new byte[Math.min(INITIAL_BUFFER, partSize)];
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        requireWritable();
        while (len > 0) {
            if (length == partSize) {
                // only a full buffer with more bytes to come becomes a part, so the last part is never empty
                uploadPart();
            }
            int n = Math.min(len, partSize - length);
            if (length + n > buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(partSize, Math.max((long) buffer.length * 2,
                        length + n)));
            }
            System.arraycopy(b, off, buffer, length, n);
            length += n;
            size += n;
            off += n;
            len -= n;
        }
    }

    @Override
    protected long place() throws IOException {
        S3Client s3 = store.client();
        try {
            if (uploadId == null) {
                s3.putObject(b -> b.bucket(store.bucket()).key(key), body());
            } else {
                uploadPart();
                s3.completeMultipartUpload(b -> b.bucket(store.bucket()).key(key).uploadId(uploadId)
                        .multipartUpload(m -> m.parts(parts)));
            }
        } catch (SdkException e) {
            throw failure(e);
        } finally {
            buffer = null;
        }
        return size;
    }

    /** Drops what was written; the object does not appear. */
    @Override
    protected void drop() {
        buffer = null;
        abortMultipart();
    }

    private void uploadPart() throws IOException {
        S3Client s3 = store.client();
        try {
            if (uploadId == null) {
                uploadId = s3.createMultipartUpload(b -> b.bucket(store.bucket()).key(key)).uploadId();
            }
            int number = parts.size() + 1;
            String etag = s3.uploadPart(b -> b.bucket(store.bucket()).key(key).uploadId(uploadId)
                    .partNumber(number).contentLength((long) length), body()).eTag();
            parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
            length = 0;
        } catch (SdkException e) {
            throw failure(e);
        }
    }

    /** Ends the file after a failed request: nothing of it appears; the error names file, experiment and cause. */
    private IOException failure(SdkException e) {
        buffer = null;
        abortMultipart();
        failed();
        return new IOException(store.failures().translate("cannot write " + name() + " of experiment \""
                + upload().experiment() + "\"", e).getMessage(), e);
    }

    /** The buffered bytes as a body that a retry can read again from the start, without copying them. */
    private RequestBody body() {
        byte[] bytes = buffer;
        int n = length;
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(bytes, 0, n), n,
                "application/octet-stream");
    }

    private void abortMultipart() {
        if (uploadId == null) {
            return;
        }
        String id = uploadId;
        uploadId = null;
        try {
            store.client().abortMultipartUpload(b -> b.bucket(store.bucket()).key(key).uploadId(id));
        } catch (SdkException e) {
            // the parts stay invisible; a bucket lifecycle rule removes abandoned uploads (docs/aws.md)
        }
    }
}
