package io.pocketsim.postprocess.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a work list into ceil(n / max) near-equal chunks, as {@code numpy.array_split}: the first {@code n mod k}
 * chunks hold one item more than the rest, so sizes differ by at most one and none exceeds the maximum. An empty list
 * gives no chunks (the original crashed there).
 */
public final class Chunking {
    private Chunking() {
    }

    /** The chunks, in order; every item appears once. */
    public static <T> List<List<T>> split(List<T> items, int maxPerChunk) {
        if (maxPerChunk < 1) {
            throw new IllegalArgumentException("experiments per task must be positive, got " + maxPerChunk);
        }
        int n = items.size();
        int k = (n + maxPerChunk - 1) / maxPerChunk;
        return k == 0 ? List.of() : parts(items, k);
    }

    /** The items in exactly {@code parts} near-equal chunks (the first ones one larger), as {@code array_split(items, parts)}. */
    public static <T> List<List<T>> parts(List<T> items, int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("the number of chunks must be positive, got " + parts);
        }
        int n = items.size();
        List<List<T>> out = new ArrayList<>(parts);
        int start = 0;
        for (int i = 0; i < parts; i++) {
            int size = n / parts + (i < n % parts ? 1 : 0);
            out.add(List.copyOf(items.subList(start, start + size)));
            start += size;
        }
        return out;
    }
}
