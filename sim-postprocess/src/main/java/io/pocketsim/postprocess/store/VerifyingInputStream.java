package io.pocketsim.postprocess.store;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.pocketsim.postprocess.result.ManifestFile;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a stored file through while hashing it; on reaching its end, throws {@link CorruptResultException} if
 * the size or SHA-256 differ from the manifest's entry. Also throws as soon as more bytes arrive than recorded.
 */
final class VerifyingInputStream extends FilterInputStream {
    private final String experiment;
    private final ManifestFile entry;
    private final Hasher hasher = Hashing.sha256().newHasher();
    private long count;
    private boolean verified;

    VerifyingInputStream(InputStream in, String experiment, ManifestFile entry) {
        super(in);
        this.experiment = experiment;
        this.entry = entry;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            verify();
        } else {
            hasher.putByte((byte) b);
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n < 0) {
            verify();
        } else if (n > 0) {
            hasher.putBytes(buf, off, n);
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes must still be hashed
        byte[] buf = new byte[(int) Math.min(8192, Math.max(n, 1))];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // not supported: a reset would hash bytes twice
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private void advance(int n) {
        count += n;
        if (count > entry.bytes()) {
            throw CorruptResultException.forExperiment(experiment, entry.name() + " is longer than the "
                    + entry.bytes() + " bytes the manifest says");
        }
    }

    private void verify() {
        if (verified) {
            return;
        }
        verified = true;
        if (count != entry.bytes()) {
            throw CorruptResultException.forExperiment(experiment, entry.name() + " has " + count
                    + " bytes; the manifest says " + entry.bytes());
        }
        String sha = hasher.hash().toString();
        if (!sha.equals(entry.sha256())) {
            throw CorruptResultException.forExperiment(experiment, entry.name() + ": SHA-256 " + sha
                    + " does not match the manifest's " + entry.sha256());
        }
    }
}
