package io.pocketsim.cli;

import io.pocketsim.experiments.catalog.ExperimentCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options that choose the experiment catalog: the built-in experiments plus the user's grid files. */
final class CatalogOptions {
    @Option(names = {"-g", "--grid-file"}, paramLabel = "FILE",
            description = "An experiment/grid definition file (JSON, see docs/experiments.md) to add to the built-in "
                    + "ones; repeatable.")
    private List<Path> gridFiles = new ArrayList<>();

    /** The user's grid files as given. */
    List<Path> files() {
        return List.copyOf(gridFiles);
    }

    /** The catalog, or a bad-input error naming the option, the file, the key and what is allowed. */
    ExperimentCatalog catalog() {
        for (Path f : gridFiles) {
            if (!Files.isRegularFile(f)) {
                throw BadInputException.forOption("--grid-file", f, "no such file");
            }
        }
        try {
            return ExperimentCatalog.load(gridFiles.toArray(Path[]::new));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("invalid value for option '--grid-file': " + e.getMessage());
        }
    }
}
