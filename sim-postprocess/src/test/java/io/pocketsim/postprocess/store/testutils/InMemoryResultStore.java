package io.pocketsim.postprocess.store.testutils;

import io.pocketsim.postprocess.result.Manifest;
import io.pocketsim.postprocess.result.ManifestJson;
import io.pocketsim.postprocess.result.ResultNames;
import io.pocketsim.postprocess.store.ExperimentCheck;
import io.pocketsim.postprocess.store.ExperimentExistsException;
import io.pocketsim.postprocess.store.ExperimentStatus;
import io.pocketsim.postprocess.store.ExperimentUpload;
import io.pocketsim.postprocess.store.ResultState;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.store.StoredExperiment;
import io.pocketsim.postprocess.store.Verification;
import io.pocketsim.postprocess.store.WriteMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A {@link ResultStore} in memory, for tests of code that writes or reads results. It follows the same rules as
 * the real stores (it passes {@link ResultStoreContractTest}): a file exists once its stream is closed, the
 * manifest is written last, an aborted upload leaves the experiment incomplete. The raw accessors let tests
 * damage stored bytes the way a disk or a bucket could.
 */
public final class InMemoryResultStore implements ResultStore {
    private final Map<String, Map<String, byte[]>> experiments = new TreeMap<>();

    @Override
    public synchronized ExperimentUpload create(String experiment, WriteMode mode) {
        ResultNames.checkExperiment(experiment);
        if (mode == WriteMode.CREATE
                && ExperimentCheck.check(view(experiment), Verification.QUICK).status().isComplete()) {
            throw ExperimentExistsException.forExperiment(experiment);
        }
        Map<String, byte[]> files = experiments.get(experiment);
        if (files != null) {
            files.remove(ResultNames.MANIFEST);
            files.clear();
        }
        return new Upload(experiment);
    }

    @Override
    public ExperimentStatus status(String experiment, Verification verification) {
        ResultNames.checkExperiment(experiment);
        return ExperimentCheck.check(view(experiment), verification).status();
    }

    @Override
    public List<String> list(String prefix) {
        ResultNames.checkPrefix(prefix);
        List<String> names;
        synchronized (this) {
            names = new ArrayList<>(experiments.keySet());
        }
        return names.stream()
                .filter(n -> n.startsWith(prefix))
                .filter(n -> ExperimentCheck.check(view(n), Verification.QUICK).status().isComplete())
                .sorted(ResultNames.NATURAL_ORDER)
                .collect(Collectors.toList());
    }

    @Override
    public List<ExperimentCheck.Result> scan(String prefix) {
        ResultNames.checkPrefix(prefix);
        List<String> names;
        synchronized (this) {
            names = new ArrayList<>(experiments.keySet());
        }
        return names.stream()
                .filter(n -> n.startsWith(prefix))
                .sorted(ResultNames.NATURAL_ORDER)
                .map(n -> ExperimentCheck.check(view(n), Verification.QUICK))
                .filter(r -> r.status().state() != ResultState.ABSENT)
                .collect(Collectors.toList());
    }

    @Override
    public Manifest manifest(String experiment) {
        ResultNames.checkExperiment(experiment);
        return ExperimentCheck.requireComplete(view(experiment));
    }

    @Override
    public InputStream open(String experiment, String file) {
        ResultNames.checkExperiment(experiment);
        return ExperimentCheck.openVerified(view(experiment), file);
    }

    @Override
    public synchronized void delete(String experiment) {
        ResultNames.checkExperiment(experiment);
        Map<String, byte[]> files = experiments.remove(experiment);
        if (files != null) {
            files.remove(ResultNames.MANIFEST);
        }
    }

    /** The stored bytes of a file (the manifest included), if stored. */
    public synchronized Optional<byte[]> raw(String experiment, String file) {
        Map<String, byte[]> files = experiments.get(experiment);
        return files == null || !files.containsKey(file) ? Optional.empty()
                : Optional.of(files.get(file).clone());
    }

    /** Replaces (or adds) the stored bytes of a file, bypassing every rule. */
    public synchronized void putRaw(String experiment, String file, byte[] bytes) {
        experiments.computeIfAbsent(experiment, k -> new LinkedHashMap<>()).put(file, bytes.clone());
    }

    /** Removes a stored file, bypassing every rule. */
    public synchronized void removeRaw(String experiment, String file) {
        Map<String, byte[]> files = experiments.get(experiment);
        if (files != null) {
            files.remove(file);
        }
    }

    private synchronized Map<String, byte[]> snapshot(String experiment) {
        Map<String, byte[]> files = experiments.get(experiment);
        return files == null ? Map.of() : new LinkedHashMap<>(files);
    }

    private StoredExperiment view(String experiment) {
        return new StoredExperiment() {
            @Override
            public String name() {
                return experiment;
            }

            @Override
            public boolean exists() {
                return !snapshot(experiment).isEmpty();
            }

            @Override
            public Optional<byte[]> manifestBytes() {
                return Optional.ofNullable(snapshot(experiment).get(ResultNames.MANIFEST));
            }

            @Override
            public OptionalLong size(String file) {
                byte[] b = snapshot(experiment).get(file);
                return b == null ? OptionalLong.empty() : OptionalLong.of(b.length);
            }

            @Override
            public InputStream open(String file) throws IOException {
                byte[] b = snapshot(experiment).get(file);
                if (b == null) {
                    throw new IOException("no file " + file + " in experiment " + experiment);
                }
                return new ByteArrayInputStream(b);
            }
        };
    }

    private final class Upload implements ExperimentUpload {
        private final String experiment;
        private final Map<String, Long> placed = new LinkedHashMap<>();
        private final Set<String> used = new HashSet<>();
        private final Set<FileStream> open = new HashSet<>();
        private boolean committed;
        private boolean closed;

        Upload(String experiment) {
            this.experiment = experiment;
        }

        @Override
        public OutputStream file(String name) {
            ResultNames.checkFile(name);
            synchronized (InMemoryResultStore.this) {
                requireOpen();
                if (!used.add(name)) {
                    throw new IllegalArgumentException("file \"" + name + "\" of experiment \"" + experiment
                            + "\" was already written in this upload");
                }
                FileStream s = new FileStream(this, name);
                open.add(s);
                return s;
            }
        }

        @Override
        public void commit(Manifest manifest) {
            synchronized (InMemoryResultStore.this) {
                requireOpen();
                if (!manifest.experiment().equals(experiment)) {
                    throw new IllegalArgumentException("manifest names experiment \"" + manifest.experiment()
                            + "\"; this upload writes \"" + experiment + "\"");
                }
                if (!open.isEmpty()) {
                    throw new IllegalStateException("file \"" + open.iterator().next().name + "\" of experiment \""
                            + experiment + "\" is still open");
                }
                ExperimentCheck.checkFilesMatch(experiment, manifest, placed);
                putRaw(experiment, ResultNames.MANIFEST, ManifestJson.write(manifest));
                committed = true;
            }
        }

        @Override
        public void close() {
            synchronized (InMemoryResultStore.this) {
                closed = true;
                open.clear();
            }
        }

        private void requireOpen() {
            if (committed || closed) {
                throw new IllegalStateException("upload of experiment \"" + experiment + "\" is "
                        + (committed ? "committed" : "closed"));
            }
        }
    }

    private final class FileStream extends OutputStream {
        private final Upload upload;
        private final String name;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private boolean done;

        FileStream(Upload upload, String name) {
            this.upload = upload;
            this.name = name;
        }

        @Override
        public void write(int b) throws IOException {
            requireWritable();
            buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            requireWritable();
            buffer.write(b, off, len);
        }

        @Override
        public void close() {
            synchronized (InMemoryResultStore.this) {
                if (done) {
                    return;
                }
                done = true;
                if (upload.closed && !upload.committed) {
                    return;
                }
                putRaw(upload.experiment, name, buffer.toByteArray());
                upload.open.remove(this);
                upload.placed.put(name, (long) buffer.size());
            }
        }

        private void requireWritable() throws IOException {
            synchronized (InMemoryResultStore.this) {
                if (done || (upload.closed && !upload.committed)) {
                    // as a real store's stream after an abort
                    throw new IOException("file \"" + name + "\" is closed or its upload was aborted");
                }
            }
        }
    }
}
