package io.pocketsim.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Guards for tests that need something from outside the project. Where it is absent the test is skipped with a
 * message, except under CI ({@code CI=true}), where a skip would hide a test that must run: there it fails.
 */
public final class External {
    private External() {
    }

    /** Whether this JVM runs under CI ({@code CI=true}, as CI services set it). */
    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Requires a condition: skips the test with the message when it does not hold, or fails it under CI.
     *
     * @param present whether the external thing is there
     * @param what    what is missing, e.g. "moto_server on PATH"
     */
    public static void require(boolean present, String what) {
        if (present) {
            return;
        }
        if (underCi()) {
            throw new AssertionError(what + " is required when CI=true, but it is absent");
        }
        Assumptions.assumeTrue(false, what + " is absent: skipping");
    }

    /** The shared folder beside the project ({@code ${pocketsim.root}/../shared}), whether or not it exists. */
    public static Path sharedFolder() {
        return Path.of(System.getProperty("pocketsim.root", ".")).toAbsolutePath().resolve("../shared").normalize();
    }

    /** Requires a file of the shared folder and returns its path. */
    public static Path requireShared(String relative) {
        Path p = sharedFolder().resolve(relative);
        require(Files.exists(p), "../shared/" + relative);
        return p;
    }

    /** Finds an executable on the PATH. */
    public static Optional<Path> onPath(String executable) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, executable);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Requires an executable on the PATH and returns it. */
    public static Path requireOnPath(String executable) {
        Optional<Path> p = onPath(executable);
        require(p.isPresent(), executable + " on PATH");
        return p.orElseThrow();
    }
}
