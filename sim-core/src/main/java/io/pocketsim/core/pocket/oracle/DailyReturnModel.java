package io.pocketsim.core.pocket.oracle;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Draws the POKT price's daily simple return {@code r}: the oracle price moves by the factor {@code 1 + r}.
 * Implementations are immutable and thread-safe; all randomness comes from the generator passed in.
 */
@FunctionalInterface
public interface DailyReturnModel {
    /** Draws one daily simple return. */
    double nextReturn(UniformRandomProvider rng);
}
