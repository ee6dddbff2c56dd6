package io.pocketsim.core.pocket.block;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A generator that replays a script of draws (a {@link Double} answers {@code nextDouble}, an {@link Integer}
 * answers {@code nextInt(n)}) and fails on any draw the script does not expect, so tests pin who draws and when.
 */
final class ScriptedRng implements UniformRandomProvider {
    private final Deque<Object> script = new ArrayDeque<>();

    ScriptedRng(Object... draws) {
        for (Object d : draws) {
            script.add(d);
        }
    }

    /** Appends draws. */
    ScriptedRng then(Object... draws) {
        for (Object d : draws) {
            script.add(d);
        }
        return this;
    }

    /** Draws not consumed yet. */
    int remaining() {
        return script.size();
    }

    @Override
    public long nextLong() {
        throw new AssertionError("unexpected raw draw; script left: " + script);
    }

    @Override
    public double nextDouble() {
        Object o = script.poll();
        if (!(o instanceof Double d)) {
            throw new AssertionError("unexpected uniform draw; next scripted: " + o);
        }
        return d;
    }

    @Override
    public int nextInt(int n) {
        Object o = script.poll();
        if (!(o instanceof Integer i)) {
            throw new AssertionError("unexpected index draw over " + n + "; next scripted: " + o);
        }
        if (i < 0 || i >= n) {
            throw new AssertionError("scripted index " + i + " outside [0, " + n + ")");
        }
        return i;
    }
}
