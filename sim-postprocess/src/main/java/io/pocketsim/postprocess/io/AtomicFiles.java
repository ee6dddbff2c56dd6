package io.pocketsim.postprocess.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way this project writes a file safely: every file is first written under a hidden temporary name
 * ({@code .<name>.<unique>.tmp}) in its target folder and only moved into place by {@link #commit()}, in the order
 * the files were staged (so the file that marks a step as done can be staged last). {@link #close()} removes what
 * was not committed, so a reader never sees a half-written file. The static helpers ({@link #temporaryFile},
 * {@link #moveIntoPlace}) are the same two steps for writers that stream their bytes themselves (the local result
 * store).
 */
public final class AtomicFiles implements AutoCloseable {
    /** Writes a file's content. */
    @FunctionalInterface
    public interface Content {
        /** Writes the content; an exception leaves nothing in place. */
        void writeTo(Writer out) throws IOException;
    }

    private record Staged(Path temp, Path target) {
    }

    private final List<Staged> staged = new ArrayList<>();

    /**
     * Writes the content to a temporary file next to {@code target} (creating the folder if needed).
     *
     * @return the temporary file, which a caller may check before committing
     * @throws UncheckedIOException naming the target and the operating system's reason
     */
    public Path stage(Path target, Content content) {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        try {
            Files.createDirectories(dir);
            Path temp = temporaryFile(dir, abs.getFileName().toString());
            staged.add(new Staged(temp, abs));
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                content.writeTo(w);
            }
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + reason(e), e);
        }
    }

    /** Moves every staged file into place, replacing what is there, in staging order. */
    public void commit() {
        try {
            for (Staged s : staged) {
                moveIntoPlace(s.temp(), s.target());
            }
            staged.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move a file into place: " + reason(e), e);
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

    /**
     * Creates an empty hidden temporary file for {@code name} in {@code dir}. Unlike {@link Files#createTempFile},
     * which makes files readable by their owner only (a mode the moved file would keep), it gets the default
     * permissions, so results can be shared.
     */
    public static Path temporaryFile(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + ProcessHandle.current().pid() + "-" + System.nanoTime()
                    + "-" + attempt + ".tmp");
            try {
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * Moves a temporary file onto its target, replacing it: atomically where the file system can (always within
     * one folder of a local file system), else with a plain move.
     */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The operating system's reason for an I/O failure, e.g. "No space left on device": Java puts it in the
     * message of a {@link java.nio.file.FileSystemException} after the file name, and as the whole message of a
     * plain {@link IOException}.
     */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
