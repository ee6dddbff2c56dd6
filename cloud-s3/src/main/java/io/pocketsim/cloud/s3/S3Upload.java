package io.pocketsim.cloud.s3;

import io.pocketsim.postprocess.result.Manifest;
import io.pocketsim.postprocess.result.ManifestJson;
import io.pocketsim.postprocess.result.ResultNames;
import io.pocketsim.postprocess.store.ExperimentCheck;
import io.pocketsim.postprocess.store.ExperimentUpload;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** One experiment being written to the S3 store: data files as they close, then the manifest, conditionally. */
final class S3Upload implements ExperimentUpload {
    private final S3ResultStore store;
    private final String experiment;
    private final Set<String> used = new HashSet<>();
    private final List<PartedObjectStream> open = new ArrayList<>();
    private final Map<String, Long> placed = new LinkedHashMap<>();
    private final String writerId = UUID.randomUUID().toString();
    private boolean committed;
    private boolean closed;

    S3Upload(S3ResultStore store, String experiment) {
        this.store = store;
        this.experiment = experiment;
    }

    @Override
    public synchronized OutputStream file(String name) {
        ResultNames.checkFile(name);
        requireOpen();
        if (!used.add(name)) {
            throw new IllegalArgumentException("file \"" + name + "\" of experiment \"" + experiment
                    + "\" was already written in this upload");
        }
        PartedObjectStream s = new PartedObjectStream(this, store, name, store.key(experiment, name));
        open.add(s);
        return s;
    }

    @Override
    public void commit(Manifest manifest) {
        byte[] json;
        synchronized (this) {
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
            json = ManifestJson.write(manifest);
        }
        store.putManifest(experiment, json, writerId);
        synchronized (this) {
            committed = true;
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!committed) {
            for (PartedObjectStream s : List.copyOf(open)) {
                s.discard();
            }
            open.clear();
        }
    }

    synchronized void placed(PartedObjectStream s, long size) {
        open.remove(s);
        placed.put(s.name(), size);
    }

    synchronized void forget(PartedObjectStream s) {
        open.remove(s);
    }

    synchronized boolean isAborted() {
        return closed && !committed;
    }

    String experiment() {
        return experiment;
    }

    private void requireOpen() {
        if (committed || closed) {
            throw new IllegalStateException("upload of experiment \"" + experiment + "\" is "
                    + (committed ? "committed" : "closed"));
        }
    }
}
