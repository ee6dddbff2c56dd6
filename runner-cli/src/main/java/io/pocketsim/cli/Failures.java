package io.pocketsim.cli;

import io.pocketsim.postprocess.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;

/** One line for a failure: its message followed by every cause's message that adds something. */
final class Failures {
    private Failures() {
    }

    /** The failure and its causes, e.g. "cannot write run 26 of X: /r/X/.f.tmp: No space left on device". */
    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(message(t));
        for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            String m = message(c);
            if (!sb.toString().contains(m)) {
                sb.append(": ").append(m);
            }
        }
        return sb.toString();
    }

    private static String message(Throwable t) {
        if (t instanceof UncheckedIOException && t.getMessage() != null) {
            return t.getMessage().startsWith("java.io") ? reasonOnly(t.getCause()) : t.getMessage();
        }
        if (t instanceof IOException io) {
            String reason = AtomicFiles.reason(io);
            String file = io instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile()
                    + ": " : "";
            return file + reason;
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : (t instanceof RuntimeException
                && !(t instanceof IllegalStateException) && !(t instanceof IllegalArgumentException)
                && !t.getClass().getPackageName().startsWith("io.pocketsim") ? t.getClass().getSimpleName() + ": "
                + m : m);
    }

    private static String reasonOnly(Throwable cause) {
        return cause instanceof IOException io ? AtomicFiles.reason(io) : String.valueOf(cause);
    }
}
