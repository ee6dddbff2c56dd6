package io.pocketsim.postprocess.launch;

import java.util.List;

/**
 * One attempt at one chunk: the unit an executor runs as one task. A retry runs only the experiments still
 * incomplete, as a new attempt of the same chunk.
 *
 * @param chunk       the chunk's number in the plan, from 1
 * @param attempt     the attempt, from 1
 * @param experiments the experiments to run, in plan order
 */
public record ChunkRun(int chunk, int attempt, List<String> experiments) {
    public ChunkRun {
        if (chunk < 1 || attempt < 1) {
            throw new IllegalArgumentException("chunk and attempt count from 1: " + chunk + ", " + attempt);
        }
        experiments = List.copyOf(experiments);
        if (experiments.isEmpty()) {
            throw new IllegalArgumentException("a chunk run needs at least one experiment");
        }
    }

    /** A short label for logs, e.g. {@code chunk 7/15 attempt 2}. */
    public String label(int chunks) {
        return "chunk " + chunk + "/" + chunks + " attempt " + attempt;
    }
}
