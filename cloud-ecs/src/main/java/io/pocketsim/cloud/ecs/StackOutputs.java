package io.pocketsim.cloud.ecs;

import java.util.Map;

/** Reads the Outputs of a deployed pocketsim stack (deploy/pocketsim.yaml); CloudFormation in production. */
@FunctionalInterface
public interface StackOutputs {
    /**
     * The stack's Outputs, key to value.
     *
     * @throws StackException if the stack does not exist or is not complete
     * @throws InterruptedException if interrupted while retrying
     */
    Map<String, String> outputs(String stack) throws InterruptedException;

    /** The stack is missing, not complete, or lacks an output: one line for the user. */
    final class StackException extends RuntimeException {
        public StackException(String message) {
            super(message);
        }
    }
}
