package io.pocketsim.postprocess.gzip;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.GZIPInputStream;

/**
 * Decompresses a gzip file of one or more members as the concatenation of their contents.
 *
 * <p>{@link GZIPInputStream} alone is not enough: after a member it looks for the next one only if the source's
 * {@code available()} is positive or enough bytes happen to sit in its buffer, and otherwise reports the end of the
 * data. Streams that answer {@code available()} with 0 (network streams, most filters) would then lose every
 * member after a boundary that falls at the end of a read, silently. Here the source answers {@code available()}
 * truthfully: it reads ahead one byte when it must, so "more bytes follow" is exact.
 */
public final class GzipMembersInputStream extends GZIPInputStream {
    /**
     * Opens a multi-member gzip stream.
     *
     * @param compressed the gzip bytes; closed with this stream
     * @param bufferSize the decompressor's input buffer
     * @throws java.util.zip.ZipException if the first member's header is invalid
     * @throws IOException                if reading fails
     */
    public GzipMembersInputStream(InputStream compressed, int bufferSize) throws IOException {
        super(new ExactAvailable(compressed), bufferSize);
    }

    /** A source whose {@code available()} is positive exactly when another byte follows. */
    private static final class ExactAvailable extends PushbackInputStream {
        ExactAvailable(InputStream in) {
            super(in, 1);
        }

        @Override
        public int available() throws IOException {
            int n = super.available();
            if (n > 0) {
                return n;
            }
            int b = read();
            if (b < 0) {
                return 0;
            }
            unread(b);
            return 1;
        }
    }
}
