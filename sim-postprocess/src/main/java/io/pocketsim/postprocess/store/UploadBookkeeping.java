package io.pocketsim.postprocess.store;

import io.pocketsim.postprocess.result.Manifest;
import io.pocketsim.postprocess.result.ManifestJson;
import io.pocketsim.postprocess.result.ResultNames;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every {@link ExperimentUpload} keeps the same way, whatever the backend: each file written once, the files
 * still open, the sizes of those in place, the manifest checked against them and written last, and an upload closed
 * without commit discarding what is still open. A backend says only how a file is opened and how the manifest is
 * written; its file streams report back through {@link #placed}, {@link #forget} and {@link #checkWritable}.
 */
public abstract class UploadBookkeeping implements ExperimentUpload {
    /** A file being written by an upload: its name, and how to drop it. */
    public interface OpenFile {
        /** The file's name within the experiment. */
        String name();

        /** Drops what was written; the file does not appear. */
        void discard();
    }

    private final String experiment;
    private final Set<String> used = new HashSet<>();
    private final List<OpenFile> open = new ArrayList<>();
    private final Map<String, Long> placed = new LinkedHashMap<>();
    private boolean committed;
    private boolean closed;

    /** Starts the bookkeeping of one experiment's upload. */
    protected UploadBookkeeping(String experiment) {
        this.experiment = experiment;
    }

    /**
     * Opens a data file of the experiment; the returned stream must implement {@link OpenFile}.
     *
     * @throws java.io.UncheckedIOException if the backend cannot start the file
     */
    protected abstract OutputStream openFile(String name);

    /** Writes the manifest's bytes, the step that makes the experiment complete. */
    protected abstract void writeManifest(byte[] json);

    /** Runs once when the upload closes, after any open file was discarded (e.g. to release a lock). */
    protected void afterClose() {
    }

    @Override
    public final synchronized OutputStream file(String name) {
        ResultNames.checkFile(name);
        requireOpen();
        if (!used.add(name)) {
            throw new IllegalArgumentException("file \"" + name + "\" of experiment \"" + experiment
                    + "\" was already written in this upload");
        }
        OutputStream s = openFile(name);
        open.add((OpenFile) s);
        return s;
    }

    @Override
    public final synchronized void commit(Manifest manifest) {
        requireOpen();
        if (!manifest.experiment().equals(experiment)) {
            throw new IllegalArgumentException("manifest names experiment \"" + manifest.experiment()
                    + "\"; this upload writes \"" + experiment + "\"");
        }
        if (!open.isEmpty()) {
            throw new IllegalStateException("file \"" + open.get(0).name() + "\" of experiment \"" + experiment
                    + "\" is still open");
        }
        ExperimentCheck.checkFilesMatch(experiment, manifest, placed);
        writeManifest(ManifestJson.write(manifest));
        committed = true;
    }

    @Override
    public final synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!committed) {
            for (OpenFile s : List.copyOf(open)) {
                s.discard();
            }
            open.clear();
        }
        afterClose();
    }

    /** The experiment this upload writes. */
    public final String experiment() {
        return experiment;
    }

    /** Records that a file of this upload is in place with its size in bytes. */
    public final synchronized void placed(OpenFile s, long size) {
        open.remove(s);
        placed.put(s.name(), size);
    }

    /** Forgets a file of this upload that failed or was discarded. */
    public final synchronized void forget(OpenFile s) {
        open.remove(s);
    }

    /** Whether the upload was closed without commit (its files must not appear). */
    public final synchronized boolean isAborted() {
        return closed && !committed;
    }

    /**
     * The check a file stream makes before each write: refused once the file is done, discarded (and refused) once
     * the upload was aborted.
     *
     * @throws IOException naming the file
     */
    public final void checkWritable(OpenFile s, boolean done) throws IOException {
        if (done) {
            throw new IOException("file \"" + s.name() + "\" is closed or its upload was aborted");
        }
        if (isAborted()) {
            s.discard();
            throw new IOException("the upload of file \"" + s.name() + "\" was aborted");
        }
    }

    private void requireOpen() {
        if (committed || closed) {
            throw new IllegalStateException("upload of experiment \"" + experiment + "\" is "
                    + (committed ? "committed" : "closed"));
        }
    }
}
