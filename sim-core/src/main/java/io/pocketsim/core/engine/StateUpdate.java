package io.pocketsim.core.engine;

/**
 * A state update function of a block: applies the block's combined signals to the state. All state updates of a
 * block see the same combined signals, after every policy of the block has run.
 *
 * @param <S> the model's state type
 * @param <P> the model's parameter type
 */
@FunctionalInterface
public interface StateUpdate<S, P> {
    /** Applies the combined signals of the block to the state. */
    void apply(Step<P> step, S state, Signals combined);
}
