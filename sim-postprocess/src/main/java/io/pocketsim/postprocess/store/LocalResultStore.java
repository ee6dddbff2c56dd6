package io.pocketsim.postprocess.store;

import io.pocketsim.postprocess.io.AtomicFiles;
import io.pocketsim.postprocess.result.ResultNames;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A {@link ResultStore} on the local file system: {@code <root>/<experiment>/<file>}. Every file, the manifest
 * included, is written under a temporary hidden name ({@code .<file>.<random>.tmp}), forced to disk and then
 * atomically renamed into place, the manifest last; a crash therefore leaves at worst an incomplete experiment and
 * stray temporary files, which the next write of that experiment removes.
 *
 * <p>One writer per experiment is enforced across processes: {@link #create} takes an exclusive
 * {@link FileChannel#tryLock() lock} on {@code <root>/.locks/<experiment>.lock} and the upload holds it until it is
 * closed; a second writer gets {@link ExperimentLockedException} at once. The operating system releases the lock of
 * a process that dies (even by {@code kill -9}), so a crash never leaves an experiment locked. The completeness check
 * of {@link WriteMode#CREATE} is made under the lock, so of two writers racing for one experiment the second finds
 * it complete ({@link ExperimentExistsException}) and never replaces it.
 */
public final class LocalResultStore extends VerifiedResultStore implements StoreFiles {
    /** The default root of the embedded runner, relative to the working directory. */
    public static final Path DEFAULT_ROOT = Path.of("results");

    /** The folder of the experiments' lock files, under the root (not a valid experiment name). */
    static final String LOCKS = ".locks";

    private final Path root;

    /** A store rooted at a folder (created on the first write). */
    public LocalResultStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The store under {@link #DEFAULT_ROOT}. */
    public static LocalResultStore atDefaultRoot() {
        return new LocalResultStore(DEFAULT_ROOT);
    }

    /** The root folder. */
    public Path root() {
        return root;
    }

    /** The folder of one experiment. */
    public Path folder(String experiment) {
        return root.resolve(ResultNames.checkExperiment(experiment));
    }

    /**
     * {@inheritDoc}
     *
     * @throws ExperimentLockedException if another writer holds the experiment's lock
     */
    @Override
    public ExperimentUpload create(String experiment, WriteMode mode) {
        Path dir = folder(experiment);
        Lock lock = lock(experiment);
        try {
            if (mode == WriteMode.CREATE
                    && ExperimentCheck.check(view(experiment), Verification.QUICK).status().isComplete()) {
                throw ExperimentExistsException.forExperiment(experiment);
            }
            try {
                removeContents(dir);
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare folder " + dir + ": " + AtomicFiles.reason(e), e);
            }
            return new LocalUpload(experiment, dir, lock);
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    /** An exclusive lock on one experiment, held by an upload. */
    private record Lock(FileChannel channel, FileLock lock) {
        void release() {
            try {
                channel.close(); // releases the lock; the file stays, so no writer ever locks a deleted file
            } catch (IOException e) {
                // closing a lock file cannot lose data; the OS drops the lock with the process anyway
            }
        }
    }

    private Lock lock(String experiment) {
        Path file = root.resolve(LOCKS).resolve(experiment + ".lock");
        FileChannel channel;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock experiment \"" + experiment + "\" (" + file + "): "
                    + AtomicFiles.reason(e), e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new Lock(channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // held by another upload of this JVM: the same answer as another process
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock experiment \"" + experiment + "\" (" + file + "): "
                    + AtomicFiles.reason(e), e);
        }
        closeQuietly(channel);
        throw ExperimentLockedException.forExperiment(experiment, "lock held on " + file);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written through it
        }
    }

    @Override
    public List<String> list(String prefix) {
        ResultNames.checkPrefix(prefix);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(prefix) && ResultNames.isExperiment(n))
                    .filter(n -> ExperimentCheck.check(view(n), Verification.QUICK).status().isComplete())
                    .sorted(ResultNames.NATURAL_ORDER)
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    @Override
    public List<ExperimentCheck.Result> scan(String prefix) {
        ResultNames.checkPrefix(prefix);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            List<String> names = dirs.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(prefix) && ResultNames.isExperiment(n))
                    .sorted(ResultNames.NATURAL_ORDER)
                    .toList();
            List<ExperimentCheck.Result> out = new ArrayList<>(names.size());
            for (String n : names) {
                ExperimentCheck.Result r = ExperimentCheck.check(view(n), Verification.QUICK);
                if (r.status().state() != ResultState.ABSENT) {
                    out.add(r);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    @Override
    public void delete(String experiment) {
        try {
            Path dir = folder(experiment);
            removeContents(dir);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete experiment \"" + experiment + "\" under " + root, e);
        }
    }

    @Override
    public Optional<byte[]> readFile(String key) {
        Path p = root.resolve(StoreFiles.checkKey(key));
        try {
            return Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    @Override
    public void writeFile(String key, byte[] bytes) {
        Path p = root.resolve(StoreFiles.checkKey(key));
        try {
            Files.createDirectories(p.getParent());
            Path temp = AtomicFiles.temporaryFile(p.getParent(), p.getFileName().toString());
            Files.write(temp, bytes);
            AtomicFiles.moveIntoPlace(temp, p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + p, e);
        }
    }

    @Override
    public String toString() {
        return "LocalResultStore[" + root + "]";
    }

    /** Removes the manifest first, then every other file of the folder. */
    private static void removeContents(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Files.deleteIfExists(dir.resolve(ResultNames.MANIFEST));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (Files.isDirectory(p)) {
                    throw new IOException("unexpected folder inside an experiment: " + p);
                }
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    protected StoredExperiment view(String experiment) {
        Path dir = folder(experiment);
        return new StoredExperiment() {
            @Override
            public String name() {
                return experiment;
            }

            @Override
            public boolean exists() throws IOException {
                if (!Files.isDirectory(dir)) {
                    return false;
                }
                try (Stream<Path> s = Files.list(dir)) {
                    return s.findAny().isPresent();
                }
            }

            @Override
            public Optional<byte[]> manifestBytes() throws IOException {
                Path m = dir.resolve(ResultNames.MANIFEST);
                return Files.isRegularFile(m) ? Optional.of(Files.readAllBytes(m)) : Optional.empty();
            }

            @Override
            public OptionalLong size(String file) throws IOException {
                Path p = dir.resolve(ResultNames.checkFile(file));
                return Files.isRegularFile(p) ? OptionalLong.of(Files.size(p)) : OptionalLong.empty();
            }

            @Override
            public InputStream open(String file) throws IOException {
                return Files.newInputStream(dir.resolve(ResultNames.checkFile(file)));
            }
        };
    }

    /** Writes files to temporary names and renames them into place. */
    private static final class LocalUpload extends UploadBookkeeping {
        private final Path dir;
        private final Lock lock;

        LocalUpload(String experiment, Path dir, Lock lock) {
            super(experiment);
            this.dir = dir;
            this.lock = lock;
        }

        @Override
        protected OutputStream openFile(String name) {
            try {
                return new PlacingStream(this, name, AtomicFiles.temporaryFile(dir, name));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a file in " + dir + ": " + AtomicFiles.reason(e), e);
            }
        }

        @Override
        protected void writeManifest(byte[] json) {
            try {
                Path temp = AtomicFiles.temporaryFile(dir, ResultNames.MANIFEST);
                try (FileOutputStream out = new FileOutputStream(temp.toFile())) {
                    out.write(json);
                    out.getChannel().force(true);
                }
                AtomicFiles.moveIntoPlace(temp, dir.resolve(ResultNames.MANIFEST));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the manifest of experiment \"" + experiment() + "\": "
                        + AtomicFiles.reason(e), e);
            }
        }

        @Override
        protected void afterClose() {
            lock.release();
        }
    }

    /** A file stream that renames its temporary file into place when closed. */
    private static final class PlacingStream extends UploadFile {
        private final Path temp;
        private final Path target;
        private final FileOutputStream file;
        private long size;

        PlacingStream(LocalUpload upload, String name, Path temp) throws IOException {
            super(upload, name);
            this.temp = temp;
            this.target = upload.dir.resolve(name);
            this.file = new FileOutputStream(temp.toFile());
        }

        @Override
        public void write(int b) throws IOException {
            requireWritable();
            file.write(b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            requireWritable();
            file.write(b, off, len);
            size += len;
        }

        @Override
        protected long place() throws IOException {
            try {
                file.getChannel().force(true);
                file.close();
                AtomicFiles.moveIntoPlace(temp, target);
            } catch (IOException e) {
                file.close();
                Files.deleteIfExists(temp);
                throw e;
            }
            return size;
        }

        @Override
        protected void drop() {
            try {
                file.close();
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // the temporary file is hidden and removed by the next write of this experiment
            }
        }
    }
}
