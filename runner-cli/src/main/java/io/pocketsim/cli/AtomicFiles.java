package io.pocketsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes output files so that a reader never sees a half-written one: every file is first written under a hidden
 * temporary name in its target directory and only moved into place by {@link #commit()}, in the order the files were
 * staged (so the file that marks a step as done can be staged last). {@link #close()} removes what was not committed.
 */
final class AtomicFiles implements AutoCloseable {
    /** Writes a file's content. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private record Staged(Path temp, Path target) {
    }

    private final List<Staged> staged = new ArrayList<>();

    /** Writes the content to a temporary file next to {@code target} (creating the directory if needed). */
    Path stage(Path target, Content content) {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        try {
            Files.createDirectories(dir);
            // not Files.createTempFile: that makes the file owner-only, and the moved file would keep that mode
            Path temp = dir.resolve("." + abs.getFileName() + "." + UUID.randomUUID() + ".tmp");
            staged.add(new Staged(temp, abs));
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(w);
            }
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Moves every staged file into place, replacing what is there, in staging order. */
    void commit() {
        try {
            for (Staged s : staged) {
                try {
                    Files.move(s.temp(), s.target(), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(s.temp(), s.target(), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            staged.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move a file into place", e);
        }
    }

    /** Deletes the temporary files of anything not committed. */
    @Override
    public void close() {
        for (Staged s : staged) {
            try {
                Files.deleteIfExists(s.temp());
            } catch (IOException e) {
                // best effort: a leftover hidden .tmp file is harmless and names itself
            }
        }
        staged.clear();
    }
}
