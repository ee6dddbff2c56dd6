package io.pocketsim.postprocess.store;

import io.pocketsim.postprocess.result.Manifest;
import java.io.OutputStream;

/**
 * Writes one experiment into a store: data files first (several may be open at once), then {@link #commit} writes
 * the manifest. A file is in place once its stream is closed. Closing the upload without a successful commit
 * aborts it: files still open are discarded and the experiment stays incomplete. A store that locks experiments
 * holds the lock from {@link ResultStore#create} until {@link #close}.
 */
public interface ExperimentUpload extends AutoCloseable {

    /**
     * Opens a data file for writing.
     *
     * @throws IllegalArgumentException if the name is invalid, is the manifest's or was already used
     * @throws IllegalStateException    if the upload is committed or closed
     */
    OutputStream file(String name);

    /**
     * Writes the manifest, which completes the experiment.
     *
     * @throws IllegalArgumentException if the manifest names another experiment, or its files differ in name or
     *                                  size from the files written
     * @throws IllegalStateException    if a file is still open, or the upload is committed or closed
     * @throws ExperimentExistsException if another writer completed the experiment since this upload was created
     *                                   (stores that commit conditionally); nothing of theirs is replaced
     */
    void commit(Manifest manifest);

    /** Ends the upload; without a commit this aborts it. */
    @Override
    void close();
}
