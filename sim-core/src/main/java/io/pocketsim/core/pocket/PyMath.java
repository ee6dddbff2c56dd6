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
        double mod = a % b;
        if (mod != 0 && ((b < 0) != (mod < 0))) {
            mod += b;
        }
        return mod;
    }

    /** Python's {@code int(x)} for a finite float: truncation towards zero (kept as a double). */
    static double trunc(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }
}
