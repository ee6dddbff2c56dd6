package io.pocketsim.postprocess.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * What a launch will run: the incomplete experiments cut into near-equal chunks (see {@link Chunking}), the command
 * each chunk runs, the attempts allowed per chunk and how completeness is checked.
 *
 * @param chunks      the chunks, each at most {@code perTask} experiments; empty when everything is complete
 * @param command     builds a task's command from its experiments
 * @param maxAttempts attempts per chunk (the first run included)
 * @param check       the store's completeness check
 */
public record LaunchPlan(List<List<String>> chunks, ChunkCommand command, int maxAttempts, CompletionCheck check) {
    public LaunchPlan {
        chunks = chunks.stream().map(List::copyOf).toList();
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be positive, got " + maxAttempts);
        }
    }

    /** Plans the given incomplete experiments in chunks of at most {@code perTask}. */
    public static LaunchPlan of(List<String> incomplete, int perTask, int maxAttempts, ChunkCommand command,
                                CompletionCheck check) {
        return new LaunchPlan(Chunking.split(incomplete, perTask), command, maxAttempts, check);
    }

    /** The number of experiments planned. */
    public int experiments() {
        return chunks.stream().mapToInt(List::size).sum();
    }

    /** True when there is nothing to run. */
    public boolean isEmpty() {
        return chunks.isEmpty();
    }

    /** The first attempt of every chunk. */
    public List<ChunkRun> firstRuns() {
        List<ChunkRun> out = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            out.add(new ChunkRun(i + 1, 1, chunks.get(i)));
        }
        return out;
    }

    /**
     * The plan as text, one line per task with its size and exact command, for {@code --dry-run}.
     *
     * @param program the program the command runs under (e.g. {@code pocketsim})
     */
    public String describe(String program) {
        StringBuilder sb = new StringBuilder();
        if (isEmpty()) {
            return "nothing to run: every experiment is complete\n";
        }
        sb.append(experiments()).append(" experiment(s) in ").append(chunks.size()).append(" task(s), sizes ")
                .append(sizes()).append(", up to ").append(maxAttempts).append(" attempt(s) each\n");
        for (ChunkRun r : firstRuns()) {
            sb.append("task ").append(r.chunk()).append(" (").append(r.experiments().size()).append("): ")
                    .append(program).append(' ').append(String.join(" ", command.arguments(r.experiments())))
                    .append('\n');
        }
        return sb.toString();
    }

    /** Chunk sizes, run-length encoded: {@code 3 x 20 + 12 x 19}. */
    public String sizes() {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < chunks.size()) {
            int size = chunks.get(i).size();
            int j = i;
            while (j < chunks.size() && chunks.get(j).size() == size) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(" + ");
            }
            sb.append(j - i).append(" x ").append(size);
            i = j;
        }
        return sb.toString();
    }
}
