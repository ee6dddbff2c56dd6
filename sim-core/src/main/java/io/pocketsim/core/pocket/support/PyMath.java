package io.pocketsim.core.pocket.support;

/** Python's float arithmetic where it differs from Java's: {@code //}, {@code %} and {@code int()}. */
public final class PyMath {
    /** {@code 1.0 / k} for the small counts {@link #floorDivByCount} divides by without a division. */
    private static final double[] RECIPROCALS = reciprocals(16);

    private PyMath() {
    }

    /**
     * Python's {@code a // b} on floats (CPython {@code float_floor_div}): the floor of the exact quotient, which
     * can differ from {@code Math.floor(a / b)} when {@code a / b} rounds up to an integer.
     */
    public static double floorDiv(double a, double b) {
        if (b > 0 && Math.abs(a) < 0x1p52) {
            // fast path: the floor of the exact quotient, corrected with an exactly rounded remainder
            double q = Math.floor(a / b);
            double r = Math.fma(-q, b, a);
            if (r < 0) {
                q -= 1;
            } else if (r >= b) {
                q += 1;
            }
            return q == 0 ? Math.copySign(0.0, a / b) : q;
        }
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && ((b < 0) != (mod < 0))) {
            div -= 1.0;
        }
        if (div == 0) {
            return Math.copySign(0.0, a / b);
        }
        double floordiv = Math.floor(div);
        if (div - floordiv > 0.5) {
            floordiv += 1.0;
        }
        return floordiv;
    }

    /**
     * {@link #floorDiv}{@code (a, k)} for a count {@code k >= 1} (servicers in a session), bit for bit: for small
     * counts and moderate {@code a} it multiplies by the reciprocal instead of dividing, then corrects the quotient
     * with the exact remainder, which the reciprocal's rounding can be off by at most one.
     */
    public static double floorDivByCount(double a, int k) {
        // below 2^40 the product's error stays far under one, so one correction step suffices
        if (k > 0 && k < RECIPROCALS.length && Math.abs(a) < 0x1p40) {
            double q = Math.floor(a * RECIPROCALS[k]);
            double r = Math.fma(-q, k, a);
            if (r < 0) {
                q -= 1;
            } else if (r >= k) {
                q += 1;
            }
            // for a positive divisor the quotient has the sign of a, so a zero quotient is copySign(0.0, a)
            return q == 0 ? Math.copySign(0.0, a) : q;
        }
        return floorDiv(a, k);
    }

    /**
     * {@code max(min(x, a // b), 0)}, the relay cap of a session, bit for bit; divides only when the cap may bind.
     * For an integral {@code x >= 0} and {@code b > 0}, {@code x <= a // b} exactly when {@code x * b <= a}, and
     * the sign of {@code fma(x, b, -a)} is the sign of the exact {@code x * b - a}.
     */
    public static double capByFloorDiv(double x, double a, double b) {
        if (b > 0 && Math.abs(a) < 0x1p52 && x >= 0 && x == Math.floor(x) && Math.fma(x, b, -a) <= 0) {
            // min(x, cap) is x (or a zero of either sign when both are zero), and max with 0 makes it +0.0 then
            return Math.max(x, 0);
        }
        return Math.max(Math.min(x, floorDiv(a, b)), 0);
    }

    private static double[] reciprocals(int n) {
        double[] r = new double[n];
        for (int k = 1; k < n; k++) {
            r[k] = 1.0 / k;
        }
        return r;
    }

    /** Python's {@code a % b} on floats: the result has the sign of {@code b}. */
    public static double mod(double a, double b) {
        if (b > 0 && Math.abs(a) < 0x1p52) {
            double r = Math.fma(-floorDiv(a, b), b, a);
            return r == 0 ? Math.copySign(0.0, b) : r;
        }
        double mod = a % b;
        if (mod != 0 && ((b < 0) != (mod < 0))) {
            mod += b;
        }
        return mod;
    }

    /**
     * Python's {@code a % b} when {@code q = a // b} is already known ({@link #floorDiv}): the same value as
     * {@link #mod(double, double)}, without dividing a second time.
     */
    public static double mod(double a, double b, double q) {
        if (b > 0 && Math.abs(a) < 0x1p52) {
            double r = Math.fma(-q, b, a);
            return r == 0 ? Math.copySign(0.0, b) : r;
        }
        return mod(a, b);
    }

    /** Python's {@code int(x)} for a finite float: truncation towards zero (kept as a double). */
    public static double trunc(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }
}
