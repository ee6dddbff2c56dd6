package io.pocketsim.postprocess.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that CSV rows are encoded into, cell by cell, without a {@code String} per integer cell.
 * Numbers are written exactly as {@link CsvNumbers#format(double)} writes them, so a row encoded here is the same
 * text as a row printed cell by cell through Commons CSV (numbers never need quotes).
 */
final class CsvBytes {
    private static final byte[] CRLF = {'\r', '\n'};
    /** Long.MIN_VALUE has 20 characters. */
    private static final int LONG_CHARS = 20;

    private byte[] bytes;
    private int size;

    CsvBytes(int capacity) {
        bytes = new byte[Math.max(capacity, 64)];
    }

    /** The buffer; bytes {@code [0, size())} are the content. */
    byte[] array() {
        return bytes;
    }

    /** Bytes written. */
    int size() {
        return size;
    }

    /** Appends bytes already encoded (a row prefix, a cell quoted by Commons CSV). */
    CsvBytes raw(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
        return this;
    }

    /**
     * Appends a copy of bytes already in the buffer (a cell of an earlier row with the same value).
     *
     * @param from offset of the first byte, below {@link #size()}
     * @param length number of bytes, with {@code from + length <= size()}
     */
    CsvBytes repeat(int from, int length) {
        ensure(length);
        System.arraycopy(bytes, from, bytes, size, length);
        size += length;
        return this;
    }

    /** Appends the field separator. */
    CsvBytes comma() {
        ensure(1);
        bytes[size++] = ',';
        return this;
    }

    /** Ends the record (RFC 4180: CRLF). */
    CsvBytes endRecord() {
        return raw(CRLF);
    }

    /** Appends an integer in decimal, as {@link Long#toString(long)}. */
    CsvBytes integer(long v) {
        ensure(LONG_CHARS);
        if (v == Long.MIN_VALUE) {
            // the one value whose magnitude is not a long
            return raw(Long.toString(v).getBytes(StandardCharsets.US_ASCII));
        }
        if (v < 0) {
            bytes[size++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long rest = v / 10; rest != 0; rest /= 10) {
            digits++;
        }
        int end = size + digits;
        for (int i = end - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + (int) (v % 10));
            v /= 10;
        }
        size = end;
        return this;
    }

    /** Appends a number cell as {@link CsvNumbers#format(double)} writes it (NaN: nothing). */
    CsvBytes number(double v) {
        if (Double.isNaN(v)) {
            return this;
        }
        if (CsvNumbers.isPlainInteger(v)) {
            return integer((long) v);
        }
        ensure(ShortestDecimal.MAX_CHARS);
        size = ShortestDecimal.write(v, bytes, size);
        return this;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
