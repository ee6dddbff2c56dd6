package io.pocketsim.postprocess.store;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A data file of an upload while it is written: what every backend's file stream shares. Writes are refused once
 * the file is done or its upload aborted; closing a file of an aborted upload discards it; otherwise closing puts
 * the file in place (the backend's step) and reports its size to the upload. A backend says how bytes go out, how
 * the file is put in place and how what was written is dropped.
 */
public abstract class UploadFile extends OutputStream implements UploadBookkeeping.OpenFile {
    private final UploadBookkeeping upload;
    private final String name;
    private boolean done;

    /** A file {@code name} of {@code upload}. */
    protected UploadFile(UploadBookkeeping upload, String name) {
        this.upload = upload;
        this.name = name;
    }

    /**
     * Puts the written bytes in place as the file.
     *
     * @return the file's size in bytes
     * @throws IOException after removing what was written, when the file cannot be put in place
     */
    protected abstract long place() throws IOException;

    /** Drops what was written, so that the file does not appear; runs at most once. */
    protected abstract void drop();

    @Override
    public final String name() {
        return name;
    }

    /** The upload this file belongs to. */
    protected final UploadBookkeeping upload() {
        return upload;
    }

    @Override
    public final void close() throws IOException {
        if (done) {
            return;
        }
        if (upload.isAborted()) {
            discard();
            return;
        }
        done = true;
        upload.placed(this, place());
    }

    @Override
    public final void discard() {
        if (!done) {
            done = true;
            drop();
        }
        upload.forget(this);
    }

    /** The check before each write: see {@link UploadBookkeeping#checkWritable}. */
    protected final void requireWritable() throws IOException {
        upload.checkWritable(this, done);
    }

    /** Ends the file after a failure its backend has cleaned up: later writes are refused. */
    protected final void failed() {
        done = true;
        upload.forget(this);
    }
}
