package io.pocketsim.cli;

import io.pocketsim.postprocess.io.AtomicFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a text file the user named so that it is either complete or absent: the text goes to a temporary file
 * beside it, which is moved into place only after the writer succeeded.
 */
final class OutputFile {
    /** Writes text. */
    interface Body {
        void write(Writer out) throws IOException;
    }

    private OutputFile() {
    }

    /**
     * Checks that a file can be written where the user named it, before any work that would be lost otherwise.
     *
     * @param allowed what the option accepts, for the message when the path is a folder
     * @return the file as an absolute, normalised path
     * @throws BadInputException if the file's folder does not exist or the path is a folder
     */
    static Path checkTarget(String option, Path file, String allowed) {
        Path target = file.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw BadInputException.forOption(option, file, "its folder does not exist");
        }
        if (Files.isDirectory(target)) {
            throw BadInputException.forOption(option, file, "is a folder; allowed: " + allowed);
        }
        return target;
    }

    /**
     * Writes the file, or nothing at all.
     *
     * @throws BadInputException if the file's folder does not exist or the path is a folder
     */
    static void write(String option, Path file, Body body) {
        Path target = checkTarget(option, file, "a file name");
        // one mechanism for every file the commands write: AtomicFiles (temporary name, then an atomic move)
        try (AtomicFiles files = new AtomicFiles()) {
            files.stage(target, body::write);
            files.commit();
        }
    }
}
