package io.pocketsim.cli;

import io.pocketsim.core.pocket.PocketKeyCharts;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.postprocess.psuu.PsuuConfig;
import io.pocketsim.postprocess.psuu.ScenarioConfig;
import io.pocketsim.postprocess.report.CsvFile;
import io.pocketsim.postprocess.report.ExperimentReport;
import io.pocketsim.postprocess.report.FamilyReport;
import io.pocketsim.postprocess.report.GridReport;
import io.pocketsim.postprocess.report.HtmlRenderer;
import io.pocketsim.postprocess.report.Report;
import io.pocketsim.postprocess.report.StudyIterations;
import io.pocketsim.postprocess.io.AtomicFiles;
import io.pocketsim.postprocess.store.ResultStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pocketsim report}: one self-contained HTML page for a stored experiment, a grid or an adaptive study
 * (family), with the CSV behind every chart in a folder beside it. What the pages hold is built in sim-postprocess
 * ({@code io.pocketsim.postprocess.report}); this command resolves the name, picks the model's key charts and writes
 * the files (CSV first, the page last, each under a temporary name and then moved into place).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes one self-contained HTML report (charts inline as SVG, no script, nothing loaded from "
                + "the network) for a stored experiment, a grid or an adaptive study, and the CSV behind every chart "
                + "into a folder beside it ({page name}-data/).",
                "NAME is a grid (e.g. network_viability_ag1_): pass rates, score ranking, impact plots, next brackets;"
                + " a family (e.g. network_viability): how the brackets of the iterations ag1, ag2, ... in the store "
                + "narrowed; or an experiment (e.g. Base, network_viability_ag1_17): fan charts over time, KPI "
                + "distributions and what made it."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoredName stored;

    @Option(names = "--to", paramLabel = "FILE.html",
            description = "The page to write; its CSV files go into FILE-data/ beside it. Default: ./{NAME}.html.")
    private Path to;

    @Option(names = "--psuu-config", paramLabel = "FILE",
            description = "PSuU scenario/threshold file (format of the built-in scenarios.json) for grid and family "
                    + "reports. Default: the built-in one.")
    private Path psuuConfig;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "PSuU scenario of a family report. Default: the scenario of the family's grids in the "
                    + "catalog (with --grid-file), else the scenario named like the family.")
    private String scenario;

    @Override
    public Integer call() {
        String n = stored.name();
        Path page = OutputFile.checkTarget("--to", to != null ? to : Path.of(n + ".html"), "a file name, e.g. "
                + n + ".html");
        if (!page.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html")) {
            throw BadInputException.forOption("--to", to, "allowed: a file name ending in .html");
        }
        ExperimentCatalog catalog = stored.catalog().catalog();
        try (StoreOptions.OpenStore opened = stored.store().openForReading()) {
            if (!catalog.grid(n).isPresent() && !catalog.families().contains(n) && catalog.experiment(n).isEmpty()) {
                // the grid files the store keeps for the name: an adaptive study's iterations, a grid
                catalog = StoredGrids.catalogWith(stored.catalog(),
                        dir -> StoredGrids.fetchNamed(opened.store(), n, dir));
            }
            return write(n, page, catalog, opened);
        }
    }

    private Integer write(String n, Path page, ExperimentCatalog catalog, StoreOptions.OpenStore opened) {
        ResultStore store = opened.store();
        String where = opened.location().display();
        long start = System.nanoTime();
        Report report;
        String kind;
        Optional<Grid> grid = catalog.grid(n);
        if (grid.isPresent()) {
            kind = "grid";
            try {
                report = GridReport.build(store, grid.get(), config());
            } catch (IllegalArgumentException e) {
                throw new BadInputException("cannot report grid " + n + ": " + e.getMessage() + "; run 'pocketsim run -e "
                        + n + " -o " + where + "' first");
            }
        } else {
            StudyIterations study = StudyIterations.fromStore(store, n);
            if (!study.iterations().isEmpty() || catalog.families().contains(n)) {
                kind = "adaptive study";
                if (study.iterations().isEmpty()) {
                    throw new BadInputException("family " + n + ": no iteration (" + n + "_ag1_, ...) has a complete "
                            + "point in the store " + where + "; run 'pocketsim run -e " + n
                            + "_ag1_' first");
                }
                ScenarioConfig sc = familyScenario(catalog, n);
                try {
                    report = FamilyReport.build(store, study, sc);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException("cannot report family " + n + ": " + e.getMessage());
                }
            } else {
                kind = "experiment";
                StoreOptions.requireComplete(store, opened.location(), n);
                report = ExperimentReport.build(store, n, PocketKeyCharts.CHARTS);
            }
        }
        String stem = page.getFileName().toString().replaceFirst("(?i)\\.html$", "");
        String folder = stem + "-data";
        Path dataDir = page.resolveSibling(folder);
        try (AtomicFiles files = new AtomicFiles()) {
            for (CsvFile csv : report.csvFiles().values()) {
                files.stage(dataDir.resolve(csv.name()), csv::writeTo);
            }
            // the page goes last: when it is there, the data it links to is too
            files.stage(page, w -> HtmlRenderer.write(report, folder, w));
            files.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(Locale.ROOT, "pocketsim report: %s %s: %d chart(s), %d CSV file(s) in %.1f s -> %s",
                kind, n, report.figures().size(), report.csvFiles().size(), seconds, page));
        out.flush();
        return ExitCodes.OK;
    }

    private PsuuConfig config() {
        return PsuuOptions.loadConfig(psuuConfig);
    }

    private ScenarioConfig familyScenario(ExperimentCatalog catalog, String family) {
        PsuuConfig config = config();
        String chosen = scenario;
        if (chosen == null) {
            chosen = catalog.grids().stream().filter(g -> family.equals(g.definition().family()))
                    .map(g -> g.definition().scenarioOrFamily()).findFirst().orElse(family);
        }
        if (!config.scenarios().contains(chosen)) {
            throw BadInputException.forOption(scenario != null ? "--scenario" : "NAME", chosen,
                    "no PSuU scenario of that name (give the family's grid file with -g, or --scenario); allowed: "
                            + config.scenarios());
        }
        return config.scenario(chosen);
    }
}
