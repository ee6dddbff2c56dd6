package io.pocketsim.core.engine;

/**
 * A policy of a block. Two styles are supported:
 * <ul>
 *   <li><b>in-place</b> (how the original Pocket model works): the policy mutates the run's state directly.
 *       Policies of a block run sequentially in the block's declared order, so a later policy sees the changes
 *       of an earlier one. There is exactly one mutable state per run and nothing is shared between runs.</li>
 *   <li><b>pure cadCAD style</b>: the policy leaves the state alone and emits signals; the block combines the
 *       signals of all its policies with its {@link SignalRule} and its {@link StateUpdate}s apply them.</li>
 * </ul>
 *
 * @param <S> the model's state type
 * @param <P> the model's parameter type
 */
@FunctionalInterface
public interface Policy<S, P> {
    /**
     * Runs the policy.
     *
     * @param step    where and with what the policy runs
     * @param state   the run's state (may be mutated by in-place policies)
     * @param signals where this policy's signals go (ignored by in-place policies)
     */
    void apply(Step<P> step, S state, Signals signals);
}
