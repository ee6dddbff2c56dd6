package io.pocketsim.core.pocket.kpi;

import java.util.Arrays;

/**
 * Maps the per-run ids of one entity kind to dense slots 0, 1, 2, ... in first-seen order, so per-entity numbers can
 * live in plain arrays and be summed in the order the original's {@code {id_number: entity}} dictionary iterates
 * (insertion order = first sighting).
 */
final class IdSlots {
    // slot + 1 per id; 0 = not seen yet
    private int[] slotPlusOne = new int[32];
    private int count;

    /** The slot of an id, assigning the next free one on first sight. */
    int slot(int id) {
        if (id < 0) {
            throw new IllegalArgumentException("entity id is negative: " + id);
        }
        if (id >= slotPlusOne.length) {
            slotPlusOne = Arrays.copyOf(slotPlusOne, Math.max(id + 1, slotPlusOne.length * 2));
        }
        int s = slotPlusOne[id];
        if (s == 0) {
            s = ++count;
            slotPlusOne[id] = s;
        }
        return s - 1;
    }

    /** Number of distinct ids seen. */
    int count() {
        return count;
    }
}
