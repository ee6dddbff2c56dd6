package io.pocketsim.cli;

import io.pocketsim.core.param.AllowedValues;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.postprocess.psuu.KpiTableFile;
import io.pocketsim.postprocess.study.PsuuStep;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pocketsim psuu}: one adaptive-grid step on the local store (or a plain KPI table file). Scores a grid's
 * KPI rows with its PSuU scenario, reports the tie at the top score and how sure the choice is, picks the best
 * protocol constellation and halves every bracket toward it (docs/adaptive-grid.md), then writes {@code scores.csv},
 * {@code best.json} and the next grid's file, which {@code pocketsim run -g FILE -e NAME} runs. The step itself is
 * {@link PsuuStep} (sim-postprocess), shared with {@code adaptive}.
 */
@Command(name = "psuu", mixinStandardHelpOptions = true,
        description = {"One adaptive-grid (PSuU) step: scores every protocol constellation of a stored grid against "
                + "the scenario's threshold inequalities, picks the best one and writes the next grid, whose brackets "
                + "are halved toward it (docs/adaptive-grid.md).",
                "Writes scores.csv, best.json and {study}_ag{k+1}_.json (the next grid, with its provenance) into "
                + "the --to directory; run the next grid with: pocketsim run -g DIR/{next}.json -e {next}."})
final class PsuuCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoredName stored;

    @Mixin
    private PsuuOptions psuuOptions;

    @Option(names = "--to", paramLabel = "DIR",
            description = "Directory to write scores.csv, best.json and the next grid's file into. "
                    + "Default: ./psuu/{grid}.")
    private Path to;

    @Option(names = "--study", paramLabel = "NAME",
            description = "The study the next grid belongs to: it is named {NAME}_ag{k+1}_. Default: the grid's own "
                    + "family, or {family}-s{seed} if that name is already defined (e.g. the built-in "
                    + "network_viability_ag2_).")
    private String study;

    @Option(names = "--kpi-table", paramLabel = "FILE",
            description = "Score this KPI table (a CSV: 'pocketsim kpis' output, or the original's "
                    + "simulation_data/{grid}.csv) instead of the store.")
    private Path kpiTable;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "42",
            description = "With --kpi-table: the root seed PSuU's bootstrap and random tie-break derive from (from "
                    + "the store, the seed the grid was run with). Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Override
    public Integer call() {
        String grid = stored.name();
        Path target = to != null ? to : Path.of("psuu", grid);
        OptionChecks.writableDirectoryOption("--to", target);
        ExperimentCatalog catalog = stored.catalog().catalog();
        Grid g = catalog.grid(grid).orElseThrow(() -> unknownGrid(catalog, grid));
        PsuuStep.Options options = psuuOptions.options(study);
        if (kpiTable != null) {
            return step(fromTable(g), options, catalog, target);
        }
        try (StoreOptions.OpenStore opened = stored.store().openForReading()) {
            PsuuStep.Input input;
            try {
                input = PsuuStep.fromStore(g, opened.store(), opened.location().display(), opened.location().text(),
                        options.allowIncomplete());
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            return step(input, options, catalog, target);
        }
    }

    private int step(PsuuStep.Input input, PsuuStep.Options options, ExperimentCatalog catalog, Path target) {
        PsuuStep.Outcome step;
        try {
            step = PsuuStep.compute(input, options, n -> catalog.grid(n).isPresent());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("cannot score grid " + input.grid().name() + ": " + e.getMessage());
        }
        Path nextFile = PsuuStep.write(step, target);
        report(step, nextFile, input);
        return ExitCodes.OK;
    }

    private PsuuStep.Input fromTable(Grid g) {
        if (!Files.isRegularFile(kpiTable)) {
            throw BadInputException.forOption("--kpi-table", kpiTable, "no such file");
        }
        try {
            return new PsuuStep.Input(g, KpiTableFile.read(kpiTable), List.of(), seed);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new BadInputException("invalid value for option '--kpi-table': " + e.getMessage());
        }
    }

    static BadInputException unknownGrid(ExperimentCatalog catalog, String grid) {
        List<String> names = catalog.grids().stream().map(Grid::name).toList();
        return BadInputException.forOption("--experiment", grid, "not a grid"
                + AllowedValues.described(grid, "an adaptive grid, one of the families " + catalog.families()
                + " or a grid of a --grid-file", names));
    }

    private void report(PsuuStep.Outcome step, Path nextFile, PsuuStep.Input input) {
        PrintWriter out = spec.commandLine().getOut();
        var s = step.scores();
        out.println("pocketsim psuu: " + input.grid().name() + ": scored " + s.constellations().size()
                + " constellation(s) of " + input.rows().size() + " KPI row(s) with scenario " + s.scenario().name()
                + (kpiTable != null ? " from " + kpiTable : "")
                + (input.missing().isEmpty() ? "" : " (" + input.missing().size() + " missing, allowed)")
                + "; scoring " + s.rules().scoring().label() + ", study " + step.study());
        PsuuReport.print(step, out, spec.commandLine().getErr(), "psuu");
        out.println("  next grid: " + step.next().name() + " -> " + nextFile.toAbsolutePath().normalize());
        out.println("  run it: pocketsim run -g " + nextFile + " -e " + step.next().name());
        out.flush();
    }
}
