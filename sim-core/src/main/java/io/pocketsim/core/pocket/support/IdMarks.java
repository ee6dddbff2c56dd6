package io.pocketsim.core.pocket.support;

import java.util.Arrays;

/**
 * "Seen in this scan" flags for entities, by their per-run id, each with an int payload: a new scan forgets every
 * earlier mark in O(1) (a generation counter), so a block can mark a servicer's services and then test listed
 * services against them without searching or clearing.
 */
public final class IdMarks {
    private long[] scanById = new long[32];
    private int[] valueById = new int[32];
    private long scan;

    /** Starts a new scan: no id is marked. */
    public void newScan() {
        scan++;
    }

    /** Marks {@code id} in the current scan with {@code value}. */
    public void mark(int id, int value) {
        if (id >= scanById.length) {
            int len = Math.max(id + 1, scanById.length * 2);
            scanById = Arrays.copyOf(scanById, len);
            valueById = Arrays.copyOf(valueById, len);
        }
        scanById[id] = scan;
        valueById[id] = value;
    }

    /** Whether {@code id} was marked in the current scan. */
    public boolean isMarked(int id) {
        return id < scanById.length && scanById[id] == scan;
    }

    /** The value {@code id} was last marked with; meaningful only while {@link #isMarked(int)}. */
    public int value(int id) {
        return valueById[id];
    }
}
