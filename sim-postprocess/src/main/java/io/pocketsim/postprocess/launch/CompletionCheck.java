package io.pocketsim.postprocess.launch;

import java.util.Collection;
import java.util.Set;

/**
 * Which experiments are not complete in the result store. Executors ask it after every task: the store, not the
 * task's exit code, decides what still has to run.
 */
@FunctionalInterface
public interface CompletionCheck {
    /** The names among {@code experiments} that are not complete (absent, partial or corrupt). */
    Set<String> incomplete(Collection<String> experiments);
}
