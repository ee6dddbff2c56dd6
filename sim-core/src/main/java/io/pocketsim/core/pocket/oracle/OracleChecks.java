package io.pocketsim.core.pocket.oracle;

/** Argument checks of the oracle package; each message names the argument, the value and what is allowed. */
final class OracleChecks {
    private OracleChecks() {
    }

    /** Returns {@code value} if it is finite and strictly positive. */
    static double finitePositive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " is not a finite number > 0: " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is finite. */
    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " is not a finite number: " + value);
        }
        return value;
    }
}
