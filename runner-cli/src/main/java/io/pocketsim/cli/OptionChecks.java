package io.pocketsim.cli;

import io.pocketsim.core.engine.MonteCarloExecutor;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.catalog.RunUnit;
import io.pocketsim.postprocess.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks of command-line input, each failing with a {@link BadInputException} that names the option. */
final class OptionChecks {
    private OptionChecks() {
    }

    static void positiveOption(String option, long value) {
        if (value < 1) {
            throw BadInputException.forOption(option, value, "must be a positive whole number");
        }
    }

    /** An option that may be absent, and is a positive whole number when given. */
    static void positiveIfGiven(String option, Integer value) {
        if (value != null) {
            positiveOption(option, value);
        }
    }

    /** The worker threads: as given by {@code --threads} (a positive number), else every processor. */
    static int threads(Integer given) {
        int n = given == null ? MonteCarloExecutor.defaultThreads() : given;
        positiveOption("--threads", n);
        return n;
    }

    /**
     * The directory must exist and be writable, or be creatable: its nearest existing ancestor must be a writable
     * directory. Nothing is created here.
     */
    static void writableDirectoryOption(String option, Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs)) {
            if (!Files.isDirectory(abs)) {
                throw BadInputException.forOption(option, dir, "exists and is not a directory");
            }
            if (!Files.isWritable(abs)) {
                throw BadInputException.forOption(option, dir, "directory is not writable");
            }
            return;
        }
        Path p = abs.getParent();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p == null || !Files.isDirectory(p) || !Files.isWritable(p)) {
            throw BadInputException.forOption(option, dir, "cannot be created: "
                    + (p == null ? "no existing parent" : p + " is not a writable directory"));
        }
    }

    /**
     * Creates the output directory (after every other check), so that a path the system refuses (e.g. under
     * {@code /proc}, or on a read-only file system) is bad input with the system's reason, before any work.
     */
    static void createDirectoryOption(String option, Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = AtomicFiles.temporaryFile(dir.toAbsolutePath().normalize(), "probe");
            Files.delete(probe);
        } catch (IOException e) {
            throw BadInputException.forOption(option, dir, "cannot be written: " + AtomicFiles.reason(e));
        }
    }

    /** Resolves an experiment name, turning the catalog's error into one that names the option. */
    static List<RunUnit> resolveExperiment(ExperimentCatalog catalog, String name) {
        try {
            return catalog.resolve(name);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("invalid value for option '--experiment': " + e.getMessage());
        }
    }
}
