package io.pocketsim.postprocess.batch;

import java.util.List;

/**
 * Another writer holds or completed experiments this batch was asked to write: the batch stopped rather than mix its
 * results with the other writer's. What it committed before stays complete; running it again after the other writer
 * has finished resumes.
 */
public final class WriterConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> held;

    /**
     * @param held    the experiments another writer holds (or completed from other inputs), with the store's reason
     * @param message the whole message
     */
    public WriterConflictException(List<String> held, String message, Throwable cause) {
        super(message, cause);
        this.held = List.copyOf(held);
    }

    /** The experiments another writer holds. */
    public List<String> held() {
        return held;
    }
}
