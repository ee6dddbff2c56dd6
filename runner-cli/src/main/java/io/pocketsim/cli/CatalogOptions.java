package io.pocketsim.cli;

import io.pocketsim.core.param.AllowedValues;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.postprocess.psuu.PsuuConfig;
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
        return catalog(List.of());
    }

    /** The catalog with more grid files (already checked ones, e.g. fetched from the store). */
    ExperimentCatalog catalog(List<Path> extra) {
        List<Path> all = new ArrayList<>(gridFiles);
        all.addAll(extra);
        for (Path f : gridFiles) {
            if (Files.isDirectory(f)) {
                throw BadInputException.forOption("--grid-file", f, "is a folder; allowed: a grid file (JSON), e.g. "
                        + "psuu/network_viability/network_viability_ag2_.json; repeat -g for several files");
            }
            if (!Files.isRegularFile(f)) {
                throw BadInputException.forOption("--grid-file", f, "no such file");
            }
        }
        ExperimentCatalog catalog;
        try {
            catalog = ExperimentCatalog.load(all.toArray(Path[]::new));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("invalid value for option '--grid-file': " + e.getMessage());
        }
        checkScenarios(catalog);
        return catalog;
    }

    /**
     * A grid's explicit {@code scenario} must name a built-in PSuU scenario, checked when the file is loaded (by
     * {@code run} too), not only when {@code psuu} scores the grid after the runs.
     */
    private static void checkScenarios(ExperimentCatalog catalog) {
        List<String> known = PsuuConfig.builtIn().scenarios();
        for (Grid g : catalog.grids()) {
            String scenario = g.definition().scenario();
            if (scenario != null && !known.contains(scenario)) {
                throw new BadInputException("invalid value for option '--grid-file': "
                        + catalog.origin(g.name()).orElse("?") + ": grid " + g.name() + ": scenario: \"" + scenario
                        + "\" is not a PSuU scenario" + AllowedValues.oneOf(scenario, known));
            }
        }
    }
}
