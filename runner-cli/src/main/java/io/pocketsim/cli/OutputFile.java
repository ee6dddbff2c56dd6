package io.pocketsim.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
     * Writes the file, or nothing at all.
     *
     * @throws BadInputException if the file's folder does not exist or the path is a folder
     */
    static void write(String option, Path file, Body body) {
        Path target = file.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw BadInputException.forOption(option, file, "its folder does not exist");
        }
        if (Files.isDirectory(target)) {
            throw BadInputException.forOption(option, file, "is a folder; name a file");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp),
                    StandardCharsets.UTF_8), 1 << 16)) {
                body.write(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the failure that brought us here is the one to report
                }
            }
        }
    }
}
