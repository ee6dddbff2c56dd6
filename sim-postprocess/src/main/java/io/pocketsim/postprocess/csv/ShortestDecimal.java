package io.pocketsim.postprocess.csv;

import java.nio.charset.StandardCharsets;

/**
 * Writes a {@code double} as the shortest decimal that reads back as the same {@code double}, in the text form of
 * Java's {@code Double.toString} as specified from JDK 19 on, so the result files have the same bytes on every
 * JDK (JDK 17's {@code Double.toString} sometimes prints a digit more: {@code 2.82879384806159008E17} for
 * {@code 2.82879384806159E17}, {@code 9.999999999999999E22} for {@code 1.0E23}).
 *
 * <p>The digits: among all decimals that round to the value (round half to even), those with the fewest
 * significant digits, or with one or two when the fewest is one; of these the one closest to the value, and of two
 * equally close the one whose last digit is even. The text: "NaN", "Infinity", "-Infinity", "0.0", "-0.0";
 * otherwise an optional '-', then for magnitudes in [10^-3, 10^7) the plain decimal with at least one digit on
 * each side of the point ({@code 0.001}, {@code 1234567.0}), else one digit, '.', at least one more digit, 'E' and
 * the exponent ({@code 1.0E7}, {@code 4.9E-324}). The exact rules are in docs/results-format.md.
 *
 * <p>The digits are found with Raffaello Giulietti's Schubfach algorithm ("The Schubfach way to render doubles",
 * 2020; section numbers below refer to it), which needs only a few 64-bit multiplications per value and no loop
 * over candidate digits. Written into a byte array without a {@code String}, it is several times faster than JDK
 * 17's {@code Double.toString} (docs/performance.md).
 */
public final class ShortestDecimal {
    /** The most bytes {@link #write} appends: "-2.2250738585072014E-308" has 24. */
    public static final int MAX_CHARS = 24;

    private static final int P = 53;
    private static final int W = 11;
    private static final int Q_MIN = (-1 << W - 1) - P + 3;
    private static final long C_MIN = 1L << P - 1;
    private static final int BQ_MASK = (1 << W) - 1;
    private static final long T_MASK = (1L << P - 1) - 1;
    /** Subnormal significands below this have too few digits for the two-digit rule; they are scaled by 10. */
    private static final long C_TINY = 3;
    /** Digits the integer part {@code f} is normalised to before it is printed. */
    private static final int H = 17;
    private static final long MASK_63 = (1L << 63) - 1;
    private static final int MASK_28 = (1 << 28) - 1;

    private static final long[] POW10 = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
        10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
        1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L,
    };

    private static final byte[] NAN = ascii("NaN");
    private static final byte[] PLUS_INF = ascii("Infinity");
    private static final byte[] MINUS_INF = ascii("-Infinity");
    private static final byte[] ZERO = ascii("0.0");

    private ShortestDecimal() {
    }

    /** The text of a value, as {@link #write} writes it. */
    public static String toString(double v) {
        byte[] buf = new byte[MAX_CHARS];
        int end = write(v, buf, 0);
        return new String(buf, 0, end, StandardCharsets.US_ASCII);
    }

    /**
     * Writes the text of a value as ASCII bytes.
     *
     * @param buf the buffer, with at least {@link #MAX_CHARS} bytes free from {@code pos}
     * @param pos where the text starts
     * @return the offset just past the text
     */
    public static int write(double v, byte[] buf, int pos) {
        long bits = Double.doubleToRawLongBits(v);
        long t = bits & T_MASK;
        int bq = (int) (bits >>> P - 1) & BQ_MASK;
        if (bq < BQ_MASK) {
            if (bits < 0) {
                buf[pos++] = '-';
            }
            if (bq != 0) {
                // normal: v = c 2^q with mq = -q
                int mq = -Q_MIN + 1 - bq;
                long c = C_MIN | t;
                if (0 < mq & mq < P) {
                    // an integer below 2^53: its digits are the integer's own (section 8.3)
                    long f = c >> mq;
                    if (f << mq == c) {
                        return toChars(f, 0, buf, pos);
                    }
                }
                return toDecimal(-mq, c, 0, buf, pos);
            }
            if (t != 0) {
                // subnormal: the smallest ones get one more digit of precision so that two digits can be chosen
                return t < C_TINY ? toDecimal(Q_MIN, 10 * t, -1, buf, pos) : toDecimal(Q_MIN, t, 0, buf, pos);
            }
            return copy(ZERO, buf, pos); // after the '-' of -0.0
        }
        if (t != 0) {
            return copy(NAN, buf, pos);
        }
        return copy(bits > 0 ? PLUS_INF : MINUS_INF, buf, pos);
    }

    /** Section 9, figures 7 and 9: the decimal for {@code c 2^q} (times {@code 10^-dk}), then its text. */
    private static int toDecimal(int q, long c, int dk, byte[] buf, int pos) {
        int out = (int) c & 0x1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN | q == Q_MIN) {
            // regular spacing of neighbouring doubles
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            // at a power of two the lower neighbour is half as far
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        long g1 = TenPowers.g1(k);
        long g0 = TenPowers.g0(k);
        long vb = rop(g1, g0, cb << h);
        long vbl = rop(g1, g0, cbl << h);
        long vbr = rop(g1, g0, cbr << h);

        long s = vb >> 2;
        if (s >= 100) {
            // one digit fewer, if exactly one of its two candidates rounds to v (section 9.3);
            // floor(s / 10) = floor(s * 115_292_150_460_684_698 / 2^64) for s < 10^17 (section 10)
            long sp10 = 10 * Math.multiplyHigh(s, 115_292_150_460_684_698L << 4);
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                return toChars(upin ? sp10 : tp10, k, buf, pos);
            }
        }
        long tt = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (tt << 2) + out <= vbr;
        if (uin != win) {
            return toChars(uin ? s : tt, k + dk, buf, pos);
        }
        // both round to v: the closer one, the even one on a tie
        long cmp = vb - (s + tt << 1);
        return toChars(cmp < 0 || cmp == 0 && (s & 0x1) == 0 ? s : tt, k + dk, buf, pos);
    }

    /** {@code cp g 2^-127} rounded to odd, with {@code g = g1 2^63 + g0} (section 9.9, figure 8). */
    private static long rop(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | (z & MASK_63) + MASK_63 >>> 63;
    }

    /** Writes {@code f 10^e}, where {@code f} has at most 17 digits (section 10). */
    private static int toChars(long f, int e, byte[] buf, int pos) {
        int len = flog10pow2(Long.SIZE - Long.numberOfLeadingZeros(f));
        if (f >= POW10[len]) {
            len += 1;
        }
        // normalise to 10^16 <= f < 10^17, so that the value is 0.f 10^e
        f *= POW10[H - len];
        e += len;
        // split into the leading digit h, the next eight m and the last eight l
        long hm = Math.multiplyHigh(f, 193_428_131_138_340_668L) >>> 20;
        int l = (int) (f - 100_000_000L * hm);
        int h = (int) (hm * 1_441_151_881L >>> 57);
        int m = (int) (hm - 100_000_000 * h);
        if (0 < e && e <= 7) {
            return plainAboveOne(h, m, l, e, buf, pos);
        }
        if (-3 < e && e <= 0) {
            return plainBelowOne(h, m, l, e, buf, pos);
        }
        return scientific(h, m, l, e, buf, pos);
    }

    /** 1 <= value < 10^7: the digits with the point after the e-th. */
    private static int plainAboveOne(int h, int m, int l, int e, byte[] buf, int pos) {
        buf[pos++] = (byte) ('0' + h);
        int y = y(m);
        int i = 1;
        for (; i < e; ++i) {
            int t = 10 * y;
            buf[pos++] = (byte) ('0' + (t >>> 28));
            y = t & MASK_28;
        }
        buf[pos++] = '.';
        for (; i <= 8; ++i) {
            int t = 10 * y;
            buf[pos++] = (byte) ('0' + (t >>> 28));
            y = t & MASK_28;
        }
        return lowDigits(l, buf, pos);
    }

    /** 10^-3 <= value < 1: "0.", the leading zeros, the digits. */
    private static int plainBelowOne(int h, int m, int l, int e, byte[] buf, int pos) {
        buf[pos++] = '0';
        buf[pos++] = '.';
        for (; e < 0; ++e) {
            buf[pos++] = '0';
        }
        buf[pos++] = (byte) ('0' + h);
        pos = eightDigits(m, buf, pos);
        return lowDigits(l, buf, pos);
    }

    /** Elsewhere: d.dddE[-]x. */
    private static int scientific(int h, int m, int l, int e, byte[] buf, int pos) {
        buf[pos++] = (byte) ('0' + h);
        buf[pos++] = '.';
        pos = eightDigits(m, buf, pos);
        pos = lowDigits(l, buf, pos);
        return exponent(e - 1, buf, pos);
    }

    /** The last eight digits if any is not zero, then trailing zeros dropped, keeping one digit after the point. */
    private static int lowDigits(int l, byte[] buf, int pos) {
        if (l != 0) {
            pos = eightDigits(l, buf, pos);
        }
        int last = pos - 1;
        while (buf[last] == '0') {
            --last;
        }
        if (buf[last] == '.') {
            ++last;
        }
        return last + 1;
    }

    /** Eight digits of {@code m < 10^8}, left to right, from a 28-bit binary fraction (no divisions). */
    private static int eightDigits(int m, byte[] buf, int pos) {
        int y = y(m);
        for (int i = 0; i < 8; ++i) {
            int t = 10 * y;
            buf[pos++] = (byte) ('0' + (t >>> 28));
            y = t & MASK_28;
        }
        return pos;
    }

    /** {@code floor((a + 1) 2^28 / 10^8) - 1}, the fraction the digits of {@code a} are read from. */
    private static int y(int a) {
        return (int) (Math.multiplyHigh((long) (a + 1) << 28, 193_428_131_138_340_668L) >>> 20) - 1;
    }

    private static int exponent(int e, byte[] buf, int pos) {
        buf[pos++] = 'E';
        if (e < 0) {
            buf[pos++] = '-';
            e = -e;
        }
        if (e < 10) {
            buf[pos++] = (byte) ('0' + e);
            return pos;
        }
        if (e >= 100) {
            int d = e * 1_311 >>> 17; // e / 100 for e < 1000
            buf[pos++] = (byte) ('0' + d);
            e -= 100 * d;
        }
        int d = e * 103 >>> 10; // e / 10 for e < 100
        buf[pos++] = (byte) ('0' + d);
        buf[pos++] = (byte) ('0' + e - 10 * d);
        return pos;
    }

    /** floor(log10(2^e)) for |e| <= 5456721. */
    static int flog10pow2(int e) {
        return (int) (e * 661_971_961_083L >> 41);
    }

    /** floor(log10(3/4 2^e)) for |e| <= 2924233. */
    static int flog10threeQuartersPow2(int e) {
        return (int) (e * 661_971_961_083L + -274_743_187_321L >> 41);
    }

    /** floor(log2(10^e)) for |e| <= 1838394. */
    static int flog2pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    private static int copy(byte[] text, byte[] buf, int pos) {
        System.arraycopy(text, 0, buf, pos, text.length);
        return pos + text.length;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
