package io.pocketsim.postprocess.store;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import com.google.common.io.ByteStreams;
import io.pocketsim.postprocess.csv.ResultCsv;
import io.pocketsim.postprocess.gzip.GzipMembersInputStream;
import io.pocketsim.postprocess.result.Manifest;
import io.pocketsim.postprocess.result.ManifestFile;
import io.pocketsim.postprocess.result.ManifestJson;
import io.pocketsim.postprocess.result.ResultNames;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The completeness and corruption rules every store applies, over a store's {@link StoredExperiment} view. Store
 * implementations delegate to it so that all of them judge alike.
 *
 * <p>Read failures of the store itself surface as {@link UncheckedIOException} (they say nothing about the
 * data); bytes that are there but wrong make the experiment {@link ResultState#CORRUPT}.
 */
public final class ExperimentCheck {

    /**
     * The outcome of a check.
     *
     * @param status   the experiment's status
     * @param manifest its parsed manifest when complete, otherwise {@code null}
     */
    public record Result(ExperimentStatus status, Manifest manifest) {
    }

    private ExperimentCheck() {
    }

    /** Judges an experiment. */
    public static Result check(StoredExperiment stored, Verification verification) {
        String name = stored.name();
        try {
            Optional<byte[]> bytes = stored.manifestBytes();
            if (bytes.isEmpty()) {
                return new Result(stored.exists()
                        ? ExperimentStatus.incomplete(name, "no manifest: the write did not finish")
                        : ExperimentStatus.absent(name), null);
            }
            Manifest manifest;
            try {
                manifest = ManifestJson.read(bytes.get());
            } catch (IllegalArgumentException e) {
                return corrupt(name, "manifest.json is invalid: " + e.getMessage());
            }
            if (!manifest.experiment().equals(name)) {
                return corrupt(name, "manifest.json names another experiment: \"" + manifest.experiment() + "\"");
            }
            for (ManifestFile f : manifest.files()) {
                OptionalLong size = stored.size(f.name());
                if (size.isEmpty()) {
                    return corrupt(name, f.name() + " is listed in the manifest but missing");
                }
                if (size.getAsLong() != f.bytes()) {
                    return corrupt(name, f.name() + " has " + size.getAsLong() + " bytes; the manifest says "
                            + f.bytes());
                }
            }
            if (verification == Verification.FULL) {
                for (ManifestFile f : manifest.files()) {
                    String problem = verifyContent(stored, f);
                    if (problem != null) {
                        return corrupt(name, f.name() + ": " + problem);
                    }
                }
            }
            return new Result(ExperimentStatus.complete(name), manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read experiment \"" + name + "\"", e);
        }
    }

    /**
     * The manifest of a complete experiment after a {@link Verification#QUICK} check.
     *
     * @throws ResultNotFoundException if it is absent or incomplete
     * @throws CorruptResultException  if it is corrupt
     */
    public static Manifest requireComplete(StoredExperiment stored) {
        Result r = check(stored, Verification.QUICK);
        switch (r.status().state()) {
            case COMPLETE:
                return r.manifest();
            case CORRUPT:
                throw CorruptResultException.forExperiment(stored.name(), r.status().reason());
            default:
                throw ResultNotFoundException.forExperiment(r.status());
        }
    }

    /**
     * Opens a file of a complete experiment in a stream that verifies size and SHA-256 against the manifest when
     * it reaches the end of the file (see {@link ResultStore#open}).
     */
    public static InputStream openVerified(StoredExperiment stored, String file) {
        Manifest manifest = requireComplete(stored);
        ManifestFile entry = manifest.file(file).orElseThrow(() -> ResultNames.TIMESERIES.equals(file)
                && manifest.metadata().timeseries().keptOf(manifest.metadata().runs()) == 0
                ? ResultNotFoundException.forNoTimeSeries(stored.name())
                : ResultNotFoundException.forFile(stored.name(), file));
        try {
            return new VerifyingInputStream(stored.open(file), stored.name(), entry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + " of experiment \"" + stored.name() + "\"", e);
        }
    }

    /**
     * Opens a file in a stream verified against a manifest the caller already holds (from a {@link ResultStore#scan}
     * or {@link ResultStore#manifest}), without reading the manifest again: if the experiment was rewritten since,
     * the size or SHA-256 check at the end of the file fails.
     *
     * @throws ResultNotFoundException if the manifest lists no such file
     */
    public static InputStream openVerified(StoredExperiment stored, Manifest manifest, String file) {
        ManifestFile entry = manifest.file(file)
                .orElseThrow(() -> ResultNotFoundException.forFile(stored.name(), file));
        try {
            return new VerifyingInputStream(stored.open(file), stored.name(), entry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + " of experiment \"" + stored.name() + "\"", e);
        }
    }

    /**
     * Checks, at commit, that a manifest lists exactly the files an upload wrote, with their sizes.
     *
     * @param written file name to the number of bytes the store received
     * @throws IllegalArgumentException naming the difference
     */
    public static void checkFilesMatch(String experiment, Manifest manifest, Map<String, Long> written) {
        Set<String> listed = manifest.files().stream().map(ManifestFile::name).collect(Collectors.toSet());
        if (!listed.equals(written.keySet())) {
            throw new IllegalArgumentException("manifest of experiment \"" + experiment + "\" lists files "
                    + listed + " but the files written are " + written.keySet());
        }
        for (ManifestFile f : manifest.files()) {
            long size = written.get(f.name());
            if (size != f.bytes()) {
                throw new IllegalArgumentException("manifest of experiment \"" + experiment + "\" says " + f.name()
                        + " has " + f.bytes() + " bytes; " + size + " were written");
            }
        }
    }

    private static Result corrupt(String name, String reason) {
        return new Result(ExperimentStatus.corrupt(name, reason), null);
    }

    /** Reads a file once: hash and size of the stored bytes, gzip decompression and row count. */
    private static String verifyContent(StoredExperiment stored, ManifestFile f) throws IOException {
        Hasher hasher = Hashing.sha256().newHasher();
        long[] count = new long[1];
        try (InputStream raw = new StorageStream(stored.open(f.name()));
             InputStream hashed = new FilterInputStream(raw) {
                 @Override
                 public int read() throws IOException {
                     int b = super.read();
                     if (b >= 0) {
                         hasher.putByte((byte) b);
                         count[0]++;
                     }
                     return b;
                 }

                 @Override
                 public int read(byte[] buf, int off, int len) throws IOException {
                     int n = super.read(buf, off, len);
                     if (n > 0) {
                         hasher.putBytes(buf, off, n);
                         count[0] += n;
                     }
                     return n;
                 }
             }) {
            String contentProblem = null;
            try {
                InputStream content = f.name().endsWith(".gz") ? new GzipMembersInputStream(hashed, 1 << 16) : hashed;
                if (f.rows() != null) {
                    contentProblem = checkRows(content, f.rows());
                }
                ByteStreams.exhaust(content);
            } catch (StorageException e) {
                throw e.getCause();
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof StorageException se) {
                    throw se.getCause();
                }
                // a CSV parser reports read failures wrapped; a broken gzip member past the header shows up here
                IOException cause = e.getCause();
                contentProblem = cause instanceof ZipException || cause instanceof EOFException
                        ? "does not decompress completely: " + cause.getMessage()
                        : "is not readable: " + cause.getMessage();
            } catch (IOException | RuntimeException e) {
                contentProblem = f.name().endsWith(".gz")
                        ? "does not decompress completely: " + e.getMessage()
                        : "is not readable: " + e.getMessage();
            }
            try {
                // whatever the content check left unread still counts for size and checksum
                ByteStreams.exhaust(hashed);
            } catch (StorageException e) {
                throw e.getCause();
            }
            // a wrong checksum is the more basic fault, so it is reported before content problems
            String sha = hasher.hash().toString();
            if (count[0] != f.bytes()) {
                return "read " + count[0] + " bytes; the manifest says " + f.bytes();
            }
            if (!sha.equals(f.sha256())) {
                return "SHA-256 " + sha + " does not match the manifest's " + f.sha256();
            }
            return contentProblem;
        }
    }

    private static String checkRows(InputStream content, long expected) throws IOException {
        Reader reader = new InputStreamReader(content, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVParser parser = ResultCsv.parse(reader);
        int width = parser.getHeaderNames().size();
        long rows = 0;
        for (CSVRecord r : parser) {
            rows++;
            if (r.size() != width) {
                return "row " + rows + " has " + r.size() + " cells; the header has " + width;
            }
        }
        if (rows != expected) {
            return "has " + rows + " rows; the manifest says " + expected;
        }
        return null;
    }

    /** Marks failures of the store's own stream, which are not corruption. */
    private static final class StorageException extends IOException {
        private static final long serialVersionUID = 1L;

        StorageException(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private static final class StorageStream extends FilterInputStream {
        StorageStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new StorageException(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new StorageException(e);
            }
        }
    }
}
