package io.pocketsim.cli;

import io.pocketsim.core.param.AllowedValues;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.postprocess.batch.GridCompleteness;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pocketsim status}: how far each grid is in a store, one line per grid. The check is the one {@code run} and
 * {@code psuu} make ({@link GridCompleteness}): on S3 one paginated listing of the grid's prefix plus parallel
 * manifest reads, never a request per data file; a failure to list is an error, never "missing".
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Counts, per grid, the experiments expected, complete (from the grid's current parameters), "
                + "stale (complete, but from other parameters), incomplete (files without a valid manifest, or "
                + "corrupt) and missing (nothing stored), in a local or S3 result store.",
                "One line per grid; --list NAME adds the names of one kind."})
final class StatusCommand implements Callable<Integer> {
    /** What --list may name. */
    static final List<String> LISTS = List.of("complete", "stale", "incomplete", "missing");

    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogOptions catalogOptions;

    @Parameters(arity = "1..*", paramLabel = "GRID", description = "Grids to check (e.g. network_viability_ag1_).")
    private List<String> grids;

    @Mixin
    private StoreOptions storeOptions;

    @Option(names = "--list", paramLabel = "KIND",
            description = "Also print the experiment names of one kind: complete, stale, incomplete or missing.")
    private String list;

    @Override
    public Integer call() {
        if (list != null && !LISTS.contains(list)) {
            throw BadInputException.forOption("--list", list, "allowed: " + String.join(", ", LISTS));
        }
        ExperimentCatalog catalog = catalogOptions.catalog();
        List<Grid> chosen = new ArrayList<>();
        List<String> names = catalog.grids().stream().map(Grid::name).toList();
        for (String g : grids) {
            chosen.add(catalog.grid(g).orElseThrow(() -> BadInputException.forOption("GRID", g, "not a grid"
                    + AllowedValues.described(g, "a grid of 'pocketsim experiments' or of a --grid-file", names))));
        }
        PrintWriter out = spec.commandLine().getOut();
        try (StoreOptions.OpenStore opened = storeOptions.openForReading()) {
            for (Grid g : chosen) {
                GridCompleteness c = GridCompleteness.of(g, opened.store());
                int stale = c.stale().size();
                int incomplete = c.incomplete().size();
                out.println(String.format(Locale.ROOT,
                        "%s: %d expected, %d complete, %d stale, %d incomplete, %d missing",
                        g.name(), c.size(), c.complete().size() - stale, stale, incomplete,
                        c.missing().size() - incomplete));
                for (String name : listed(c)) {
                    out.println("  " + name);
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private List<String> listed(GridCompleteness c) {
        if (list == null) {
            return List.of();
        }
        return switch (list) {
            case "complete" -> {
                Set<String> staleNames = c.stale().stream().map(s -> s.substring(0, s.indexOf(' ')))
                        .collect(Collectors.toSet());
                yield c.complete().stream().filter(n -> !staleNames.contains(n)).toList();
            }
            case "stale" -> c.stale();
            case "incomplete" -> c.incomplete();
            default -> {
                Set<String> incomplete = Set.copyOf(c.incomplete());
                yield c.missing().stream().filter(n -> !incomplete.contains(n)).toList();
            }
        };
    }
}
