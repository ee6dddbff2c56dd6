package io.pocketsim.core.pocket;

/** Python's float arithmetic where it differs from Java's: {@code //}, {@code %} and {@code int()}. */
final class PyMath {
    private PyMath() {
    }

    /**
     * Python's {@code a // b} on floats (CPython {@code float_floor_div}): the floor of the exact quotient, which
     * can differ from {@code Math.floor(a / b)} when {@code a / b} rounds up to an integer.
     */
    static double floorDiv(double a, double b) {
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

    /** Python's {@code a % b} on floats: the result has the sign of {@code b}. */
    static double mod(double a, double b) {
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
    static double mod(double a, double b, double q) {
        if (b > 0 && Math.abs(a) < 0x1p52) {
            double r = Math.fma(-q, b, a);
            return r == 0 ? Math.copySign(0.0, b) : r;
        }
        return mod(a, b);
    }

    /** Python's {@code int(x)} for a finite float: truncation towards zero (kept as a double). */
    static double trunc(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }
}
