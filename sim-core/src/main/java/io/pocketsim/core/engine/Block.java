package io.pocketsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A partial state update block: its policies run in the declared order, then their signals are combined by the
 * block's rule, then its state updates run in the declared order.
 *
 * @param name     the block's name (for reports and errors)
 * @param policies policies in execution order
 * @param rule     how signals emitted by several policies under one key are combined
 * @param updates  state updates in execution order
 * @param <S>      the model's state type
 * @param <P>      the model's parameter type
 */
public record Block<S, P>(String name, List<Policy<S, P>> policies, SignalRule rule, List<StateUpdate<S, P>> updates) {
    public Block {
        Objects.requireNonNull(name, "name");
        policies = List.copyOf(policies);
        Objects.requireNonNull(rule, "rule");
        updates = List.copyOf(updates);
    }

    /** A block of in-place policies only (no signals, no state updates). */
    @SafeVarargs
    public static <S, P> Block<S, P> inPlace(String name, Policy<S, P>... policies) {
        // copied element by element: handing the varargs array itself to another method is what javac flags
        List<Policy<S, P>> list = new ArrayList<>(policies.length);
        for (Policy<S, P> p : policies) {
            list.add(p);
        }
        return new Block<>(name, list, SignalRule.UNIQUE, List.of());
    }
}
