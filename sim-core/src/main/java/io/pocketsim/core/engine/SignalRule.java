package io.pocketsim.core.engine;

import java.util.function.DoubleBinaryOperator;

/**
 * How a block combines two values that different policies emitted for the same signal key. cadCAD's default is
 * addition.
 */
@FunctionalInterface
public interface SignalRule {
    /** cadCAD's default: values for the same key are added. */
    SignalRule SUM = (key, a, b) -> a + b;
    /** Keep the larger value. */
    SignalRule MAX = (key, a, b) -> Math.max(a, b);
    /** A key emitted by two policies of one block is a modelling error. */
    SignalRule UNIQUE = (key, a, b) -> {
        throw new IllegalStateException("signal " + key + " emitted by more than one policy of the block");
    };

    /** Combines the value already aggregated for {@code key} with another policy's value. */
    double combine(String key, double aggregated, double next);

    /** A rule that applies one operator to every key. */
    static SignalRule of(DoubleBinaryOperator op) {
        return (key, a, b) -> op.applyAsDouble(a, b);
    }
}
