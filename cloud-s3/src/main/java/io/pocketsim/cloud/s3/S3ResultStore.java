package io.pocketsim.cloud.s3;

import io.pocketsim.postprocess.result.Manifest;
import io.pocketsim.postprocess.result.ResultNames;
import io.pocketsim.postprocess.store.ExperimentCheck;
import io.pocketsim.postprocess.store.ExperimentExistsException;
import io.pocketsim.postprocess.store.ExperimentStatus;
import io.pocketsim.postprocess.store.ExperimentUpload;
import io.pocketsim.postprocess.store.ResultState;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.store.VerifiedResultStore;
import io.pocketsim.postprocess.store.StoreFiles;
import io.pocketsim.postprocess.store.StoredExperiment;
import io.pocketsim.postprocess.store.Verification;
import io.pocketsim.postprocess.store.WriteMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A {@link ResultStore} in an S3 bucket: {@code <prefix><experiment>/<file>}, the same layout and rules as the local
 * store. Data files go up as they are written, in parts of bounded size (memory per open file: one part); the
 * manifest goes up last with {@code If-None-Match: *}, so of two writers racing on one experiment only one
 * completes it and the other gets {@link ExperimentExistsException}. Every read is verified against the manifest.
 * A {@link #scan} is one paginated listing plus manifest reads in parallel; no request is made per data file.
 *
 * <p>Holds one S3 client and a small thread pool; {@link #close} releases both.
 */
public final class S3ResultStore extends VerifiedResultStore implements StoreFiles, AutoCloseable {
    /** Size of the parts large files are uploaded in (S3 needs at least 5 MiB for every part but the last). */
    static final int PART_SIZE = 8 << 20;
    /** User metadata on a manifest naming the upload that wrote it, to tell a retried commit from a lost race. */
    static final String WRITER_METADATA = "pocketsim-writer";

    private final S3Client s3;
    private final S3Location location;
    private final S3StoreSettings settings;
    private final String region;
    private final S3Failures failures;
    private final ExecutorService pool;
    private final int partSize;

    S3ResultStore(S3Client s3, S3Location location, S3StoreSettings settings, String region, int partSize) {
        this.s3 = s3;
        this.location = location;
        this.settings = settings;
        this.region = region;
        this.failures = new S3Failures(location, region,
                settings.endpoint() == null ? null : settings.endpoint().toString());
        this.partSize = partSize;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "s3-store-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(settings.concurrency(), threads);
    }

    /** A store at a location, with a client built from the settings (credentials from the SDK's default chain). */
    public static S3ResultStore open(S3Location location, S3StoreSettings settings) {
        return open(location, settings, ClientHooks.none());
    }

    /** As {@link #open(S3Location, S3StoreSettings)}, with additions to the client (interceptors, test setup). */
    public static S3ResultStore open(S3Location location, S3StoreSettings settings, ClientHooks hooks) {
        String region = S3Clients.region(settings, location);
        return new S3ResultStore(S3Clients.build(settings, region, hooks), location, settings, region, PART_SIZE);
    }

    /** The location. */
    public S3Location location() {
        return location;
    }

    /** The region in use. */
    public String region() {
        return region;
    }

    /** The settings. */
    public S3StoreSettings settings() {
        return settings;
    }

    /** Where, for messages: the location with bucket, prefix, region and endpoint spelled out. */
    public String describe() {
        return failures.where();
    }

    /**
     * Checks that the bucket can be listed under the prefix (one request), so a command fails early with a clear
     * message (no credentials, no bucket, access denied, endpoint unreachable) rather than part-way.
     */
    public void checkAccess() {
        call("cannot list the store", () -> s3.listObjectsV2(ListObjectsV2Request.builder()
                .bucket(location.bucket()).prefix(location.prefix()).maxKeys(1).build()));
    }

    @Override
    public ExperimentUpload create(String experiment, WriteMode mode) {
        ResultNames.checkExperiment(experiment);
        // one listing serves the completeness check and the clean-up; a new experiment costs just that request
        Map<String, Long> listed = listFolder(experiment);
        if (mode == WriteMode.CREATE && listed.containsKey(ResultNames.MANIFEST)
                && ExperimentCheck.check(new FolderView(experiment, listed), Verification.QUICK).status()
                .isComplete()) {
            throw ExperimentExistsException.forExperiment(experiment);
        }
        removeContents(experiment, listed);
        return new S3Upload(this, experiment);
    }

    @Override
    public List<String> list(String prefix) {
        return scan(prefix).stream().filter(r -> r.status().isComplete()).map(r -> r.status().experiment()).toList();
    }

    @Override
    public List<ExperimentCheck.Result> scan(String prefix) {
        ResultNames.checkPrefix(prefix);
        Map<String, Map<String, Long>> folders = new TreeMap<>(ResultNames.NATURAL_ORDER);
        listKeys(location.prefix() + prefix, o -> {
            String rest = o.key().substring(location.prefix().length());
            int slash = rest.indexOf('/');
            if (slash <= 0 || slash == rest.length() - 1 || rest.indexOf('/', slash + 1) >= 0) {
                return;
            }
            String experiment = rest.substring(0, slash);
            if (ResultNames.isExperiment(experiment)) {
                folders.computeIfAbsent(experiment, k -> new LinkedHashMap<>()).put(rest.substring(slash + 1),
                        o.size());
            }
        });
        List<Future<ExperimentCheck.Result>> pending = new ArrayList<>(folders.size());
        for (Map.Entry<String, Map<String, Long>> f : folders.entrySet()) {
            FolderView view = new FolderView(f.getKey(), f.getValue());
            if (f.getValue().containsKey(ResultNames.MANIFEST)) {
                pending.add(pool.submit(() -> ExperimentCheck.check(view, Verification.QUICK)));
            } else {
                pending.add(CompletableFuture.completedFuture(new ExperimentCheck.Result(
                        ExperimentStatus.incomplete(f.getKey(), "no manifest: the write did not finish"), null)));
            }
        }
        List<ExperimentCheck.Result> out = new ArrayList<>(pending.size());
        for (Future<ExperimentCheck.Result> p : pending) {
            ExperimentCheck.Result r = join(p);
            if (r.status().state() != ResultState.ABSENT) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public InputStream open(Manifest manifest, String file) {
        return ExperimentCheck.openVerified(view(manifest.experiment()), manifest, file);
    }

    @Override
    public void delete(String experiment) {
        ResultNames.checkExperiment(experiment);
        removeContents(experiment, listFolder(experiment));
    }

    /** Closes the client and the thread pool. */
    @Override
    public Optional<byte[]> readFile(String key) {
        return getBytes(location.prefix() + StoreFiles.checkKey(key), "cannot read " + key);
    }

    @Override
    public void writeFile(String key, byte[] bytes) {
        String k = location.prefix() + StoreFiles.checkKey(key);
        call("cannot write " + key, () -> s3.putObject(b -> b.bucket(bucket()).key(k), RequestBody.fromBytes(bytes)));
    }

    @Override
    public void close() {
        pool.shutdownNow();
        s3.close();
    }

    @Override
    public String toString() {
        return "S3ResultStore[" + location + ", region " + region + "]";
    }

    // --- used by uploads ---

    S3Client client() {
        return s3;
    }

    int partSize() {
        return partSize;
    }

    S3Failures failures() {
        return failures;
    }

    String bucket() {
        return location.bucket();
    }

    String key(String experiment, String file) {
        return location.key(experiment, file);
    }

    /**
     * Writes the manifest only if none exists. A refusal (412) means another writer committed first, unless the
     * stored manifest carries this writer's id: then a retried request's first attempt had succeeded.
     */
    void putManifest(String experiment, byte[] json, String writerId) {
        String key = key(experiment, ResultNames.MANIFEST);
        PutObjectRequest req = PutObjectRequest.builder().bucket(bucket()).key(key).ifNoneMatch("*")
                .contentType("application/json").metadata(Map.of(WRITER_METADATA, writerId)).build();
        String what = "cannot commit experiment \"" + experiment + "\"";
        for (int attempt = 1; ; attempt++) {
            try {
                s3.putObject(req, RequestBody.fromBytes(json));
                return;
            } catch (S3Exception e) {
                if (e.statusCode() == 412) {
                    if (writerId.equals(storedWriter(key, what))) {
                        return;
                    }
                    throw ExperimentExistsException.completedMeanwhile(experiment);
                }
                if (e.statusCode() == 409 && attempt < settings.maxAttempts()) {
                    // another conditional write of this key is in flight: ask again once it is decided
                    sleepQuietly(100L * attempt);
                    continue;
                }
                throw failures.translate(what, e);
            } catch (SdkException e) {
                throw failures.translate(what, e);
            }
        }
    }

    private String storedWriter(String key, String what) {
        try {
            return s3.headObject(b -> b.bucket(bucket()).key(key)).metadata().get(WRITER_METADATA);
        } catch (NoSuchKeyException e) {
            return null;
        } catch (SdkException e) {
            throw failures.translate(what, e);
        }
    }

    <T> T call(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkException e) {
            throw failures.translate(what, e);
        }
    }

    // --- internals ---

    private void listKeys(String keyPrefix, Consumer<S3Object> each) {
        ListObjectsV2Request req = ListObjectsV2Request.builder().bucket(bucket()).prefix(keyPrefix)
                .maxKeys(settings.listPageSize()).build();
        try {
            s3.listObjectsV2Paginator(req).contents().forEach(each);
        } catch (SdkException e) {
            throw failures.translate("cannot list " + keyPrefix, e);
        }
    }

    private Optional<byte[]> getBytes(String key, String what) {
        try {
            return Optional.of(s3.getObjectAsBytes(GetObjectRequest.builder().bucket(bucket()).key(key).build())
                    .asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw failures.translate(what, e);
        }
    }

    /** Removes the manifest first, so that a crash part-way leaves the experiment incomplete, then the rest. */
    private void removeContents(String experiment, Map<String, Long> listed) {
        String what = "cannot remove experiment \"" + experiment + "\"";
        if (listed.containsKey(ResultNames.MANIFEST)) {
            call(what, () -> s3.deleteObject(b -> b.bucket(bucket()).key(key(experiment, ResultNames.MANIFEST))));
        }
        for (String file : listed.keySet()) {
            if (!file.equals(ResultNames.MANIFEST)) {
                call(what, () -> s3.deleteObject(b -> b.bucket(bucket()).key(key(experiment, file))));
            }
        }
    }

    /** The files of an experiment's folder with their sizes (one paginated listing). */
    private Map<String, Long> listFolder(String experiment) {
        Map<String, Long> listed = new LinkedHashMap<>();
        String folder = location.folder(experiment);
        listKeys(folder, o -> listed.put(o.key().substring(folder.length()), o.size()));
        return listed;
    }

    @Override
    protected StoredExperiment view(String experiment) {
        return new FolderView(ResultNames.checkExperiment(experiment), null);
    }

    private static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scanning the store", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The raw view of one experiment's folder. The manifest is read first and the folder listed afterwards (data
     * files are written before the manifest, so a listing after the manifest sees them); a scan passes the listing
     * it already has.
     */
    private final class FolderView implements StoredExperiment {
        private final String name;
        private Map<String, Long> sizes;

        FolderView(String name, Map<String, Long> sizes) {
            this.name = name;
            this.sizes = sizes;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean exists() {
            return !sizes().isEmpty();
        }

        @Override
        public Optional<byte[]> manifestBytes() {
            return getBytes(key(name, ResultNames.MANIFEST), "cannot read the manifest of experiment \"" + name
                    + "\"");
        }

        @Override
        public OptionalLong size(String file) {
            Long s = sizes().get(file);
            return s == null ? OptionalLong.empty() : OptionalLong.of(s);
        }

        @Override
        public InputStream open(String file) throws IOException {
            String key = key(name, ResultNames.checkFile(file));
            try {
                return s3.getObject(GetObjectRequest.builder().bucket(bucket()).key(key).build());
            } catch (NoSuchKeyException e) {
                throw new NoSuchFileException(location.bucket() + "/" + key);
            } catch (SdkException e) {
                throw failures.translate("cannot read " + file + " of experiment \"" + name + "\"", e);
            }
        }

        private Map<String, Long> sizes() {
            if (sizes == null) {
                sizes = listFolder(name);
            }
            return sizes;
        }
    }
}
