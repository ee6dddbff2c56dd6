package io.pocketsim.cli;

import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.catalog.GridFiles;
import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.postprocess.batch.GridCompleteness;
import io.pocketsim.postprocess.batch.GridInputs;
import io.pocketsim.postprocess.csv.KpiTables;
import io.pocketsim.postprocess.io.AtomicFiles;
import io.pocketsim.postprocess.store.CorruptResultException;
import io.pocketsim.postprocess.store.ExperimentStatus;
import io.pocketsim.postprocess.store.ResultState;
import io.pocketsim.postprocess.store.Verification;
import io.pocketsim.postprocess.psuu.AdaptiveStep;
import io.pocketsim.postprocess.psuu.PsuuConfig;
import io.pocketsim.postprocess.psuu.PsuuScores;
import io.pocketsim.postprocess.store.ResultStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pocketsim psuu}: one adaptive-grid step on the local store. Scores a grid's stored KPI tables with its PSuU
 * scenario, picks the best protocol constellation and halves every bracket toward it (docs/adaptive-grid.md), then
 * writes {@code scores.csv}, {@code best.json} and the next grid's file {@code {family}_ag{k+1}_.json}, which
 * {@code pocketsim run -g FILE -e NAME} runs.
 */
@Command(name = "psuu", mixinStandardHelpOptions = true,
        description = {"One adaptive-grid (PSuU) step: scores every protocol constellation of a stored grid against "
                + "the scenario's threshold inequalities, picks the best one and writes the next grid, whose brackets "
                + "are halved toward it (docs/adaptive-grid.md).",
                "Writes scores.csv, best.json and {family}_ag{k+1}_.json (the next grid, with its provenance) into "
                + "the --to directory; run the next grid with: pocketsim run -g DIR/{next}.json -e {next}."})
final class PsuuCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogOptions catalogOptions;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private NameArgument name;

    private String grid;

    @Option(names = "--to", paramLabel = "DIR",
            description = "Directory to write scores.csv, best.json and the next grid's file into. "
                    + "Default: ./psuu/{grid}.")
    private Path to;

    @Option(names = "--psuu-config", paramLabel = "FILE",
            description = "PSuU scenario/threshold file in the format of the built-in scenarios.json, to re-score "
                    + "with other thresholds. Default: the built-in one.")
    private Path psuuConfig;

    @Option(names = {"--partial", "--allow-incomplete"},
            description = "Score the points that are complete even if some of the grid's points are missing from "
                    + "the store (default: refuse, and say how many are missing).")
    private boolean allowIncomplete;

    @Override
    public Integer call() {
        grid = name.name();
        Path target = to != null ? to : Path.of("psuu", grid);
        Checks.writableDirectoryOption("--to", target);
        ExperimentCatalog catalog = catalogOptions.catalog();
        Grid g = catalog.grid(grid).orElseThrow(() -> unknownGrid(catalog));
        PsuuConfig config = config();
        try (StoreOptions.OpenStore opened = storeOptions.openForReading()) {
            return step(g, config, target, catalog, opened);
        }
    }

    private Integer step(Grid g, PsuuConfig config, Path target, ExperimentCatalog catalog,
                         StoreOptions.OpenStore opened) {
        ResultStore store = opened.store();
        String where = opened.location().display();
        GridCompleteness done = GridCompleteness.of(g, store);
        for (String name : done.incomplete()) {
            ExperimentStatus status = store.status(name, Verification.QUICK);
            if (status.state() == ResultState.CORRUPT) {
                // damaged data is not "not yet run": a failure naming it, with the repair (FailureHandler)
                throw CorruptResultException.forExperiment(name, status.reason());
            }
        }
        if (done.complete().isEmpty() || (!done.missing().isEmpty() && !allowIncomplete)) {
            throw new BadInputException("grid " + grid + ": " + done.missing().size() + " of " + done.size()
                    + " experiments are missing or incomplete in the store " + where + " ("
                    + done.missingSample() + "); run 'pocketsim run -e " + grid + " -o " + opened.location()
                    + "' to complete them" + (done.complete().isEmpty() ? "" : ", or pass --partial to "
                    + "score the " + done.complete().size() + " complete ones"));
        }
        if (!done.stale().isEmpty()) {
            // --partial is about points not yet run; results of another grid definition are never scored
            throw new BadInputException("grid " + grid + ": " + done.stale().size() + " of " + done.size()
                    + " experiments in the store " + where + " were made from other parameters "
                    + "than the grid defines: " + done.staleSample() + "; re-run them with 'pocketsim run -e " + grid
                    + " --overwrite' (without --set), or score them under the definition they were run with");
        }
        GridInputs.requireSame(grid, store, done.complete());
        TableKpiRows rows = new TableKpiRows(KpiTables.readAll(store, done.complete()));
        AdaptiveStep.Result step;
        try {
            step = AdaptiveStep.compute(g, rows, config, allowIncomplete);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("cannot score grid " + grid + ": " + e.getMessage());
        }
        String nextName = step.next().name();
        Path nextFile = target.resolve(GridFiles.fileName(step.next()));
        try (AtomicFiles files = new AtomicFiles()) {
            files.stage(target.resolve(PsuuScores.FILE_NAME), step.scores()::writeCsv);
            files.stage(target.resolve(BestPointFile.FILE_NAME), w -> BestPointFile.write(
                    new BestPointFile.Content(g.definition(), rows.size(), done.missing(), step.scores(),
                            step.next()), w));
            Path stagedNext = files.stage(nextFile, w -> w.write(GridFiles.toJson(step.next())));
            if (catalog.grid(nextName).isEmpty()) {
                // the promise of this command is a file that 'run -g' accepts: check before it is moved into place
                try {
                    ExperimentCatalog.load(stagedNext);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("the next grid " + nextName + " does not load: " + e.getMessage(),
                            e);
                }
            }
            // the next grid goes last: its presence means the step is complete
            files.commit();
        }
        report(step, nextFile, catalog, done);
        return ExitCodes.OK;
    }

    private PsuuConfig config() {
        if (psuuConfig == null) {
            return PsuuConfig.builtIn();
        }
        if (!Files.isRegularFile(psuuConfig)) {
            throw BadInputException.forOption("--psuu-config", psuuConfig, "no such file");
        }
        try {
            return PsuuConfig.load(psuuConfig);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("invalid value for option '--psuu-config': " + e.getMessage());
        }
    }

    private BadInputException unknownGrid(ExperimentCatalog catalog) {
        List<String> names = catalog.grids().stream().map(Grid::name).toList();
        return BadInputException.forOption("--experiment", grid, "not a grid; did you mean "
                + Checks.closest(grid, names) + "? allowed: an adaptive grid, one of the families "
                + catalog.families() + " or a grid of a --grid-file");
    }

    private void report(AdaptiveStep.Result step, Path nextFile, ExperimentCatalog catalog, GridCompleteness done) {
        PrintWriter out = spec.commandLine().getOut();
        PsuuScores s = step.scores();
        out.println("pocketsim psuu: " + grid + ": scored " + s.constellations().size() + " constellation(s) of "
                + done.complete().size() + " experiment(s) with scenario " + s.scenario().name()
                + (done.missing().isEmpty() ? "" : " (" + done.missing().size() + " missing, allowed)"));
        s.passRates().forEach((k, v) -> out.println(String.format(Locale.ROOT, "  %-44s %5.1f%% pass%s", k, 100 * v,
                s.backedOff().contains(k) ? " (none: soft score counts)" : "")));
        out.println(String.format(Locale.ROOT, "  best: constellation %d, score %s, soft total %s: %s",
                s.best().index(), s.best().score(), s.best().softTotal(), s.best().protocol()));
        out.println("  next grid: " + step.next().name() + " -> " + nextFile.toAbsolutePath().normalize());
        if (catalog.grid(step.next().name()).isPresent()) {
            spec.commandLine().getErr().println("pocketsim psuu: warning: " + step.next().name() + " is already "
                    + "defined (" + catalog.origin(step.next().name()).orElse("?") + "), so the new file does not load "
                    + "together with it; to continue, copy the parent into a family of your own "
                    + "(docs/experiments.md)");
            spec.commandLine().getErr().flush();
        } else {
            out.println("  run it: pocketsim run -g " + nextFile + " -e " + step.next().name());
        }
        out.flush();
    }
}
