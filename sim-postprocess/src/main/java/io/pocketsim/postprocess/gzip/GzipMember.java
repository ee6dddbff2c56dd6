package io.pocketsim.postprocess.gzip;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Compresses a block of bytes into one complete gzip member (RFC 1952): header, raw deflate data, CRC-32 and
 * length. Members concatenate into a valid gzip file that {@code gzip -d}, Python's {@code gzip} module, pandas
 * and {@link GzipMembersInputStream} read as the concatenation of their contents.
 *
 * <p>The header is the one {@link java.util.zip.GZIPOutputStream} writes (no file name, no time stamp, OS
 * "unknown"), so the bytes depend on the content and the level only. Compressing each run into its own member
 * lets worker threads compress in parallel while the file stays a pure function of the runs, whatever the thread
 * count.
 */
public final class GzipMember {
    /** The 10-byte member header: magic, deflate, no flags, no time stamp, no extra flags, OS 255 (unknown). */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private GzipMember() {
    }

    /**
     * One gzip member holding {@code data[off, off + len)}.
     *
     * @param level deflate level, 0 (store) to 9 (smallest)
     */
    public static byte[] compress(byte[] data, int off, int len, int level) {
        if (level < Deflater.NO_COMPRESSION || level > Deflater.BEST_COMPRESSION) {
            throw new IllegalArgumentException("deflate level is not in 0..9: " + level);
        }
        // a fresh deflater per member: its setup is microseconds against milliseconds of compression, and nothing
        // native outlives the call
        Deflater deflater = new Deflater(level, true);
        try {
            deflater.setInput(data, off, len);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER.length + len / 3 + 64);
            out.write(HEADER, 0, HEADER.length);
            byte[] chunk = new byte[1 << 16];
            while (!deflater.finished()) {
                int n = deflater.deflate(chunk);
                out.write(chunk, 0, n);
            }
            CRC32 crc = new CRC32();
            crc.update(data, off, len);
            writeIntLe(out, (int) crc.getValue());
            // ISIZE is the length modulo 2^32
            writeIntLe(out, len);
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void writeIntLe(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }
}
