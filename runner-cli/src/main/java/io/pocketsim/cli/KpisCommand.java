package io.pocketsim.cli;

import io.pocketsim.experiments.catalog.RunUnit;
import io.pocketsim.postprocess.batch.CompleteExperiments;
import io.pocketsim.postprocess.csv.KpiTables;
import io.pocketsim.postprocess.store.ResultStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pocketsim kpis}: the per-run KPI tables of a whole grid (or one experiment) from the result store, stacked
 * into one CSV with one header, in point order. Refuses an incomplete grid unless asked for what there is.
 */
@Command(name = "kpis", mixinStandardHelpOptions = true,
        description = {"Writes the per-run KPI table of a grid (every point's kpis.csv stacked, one header, point "
                + "order) or of one experiment, read from the result store and checked against the manifests."})
final class KpisCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogOptions catalogOptions;

    @Parameters(paramLabel = "NAME", description = "Grid (e.g. network_viability_ag1_), grid point or experiment.")
    private String name;

    @Mixin
    private StoreOptions storeOptions;

    @Option(names = "--to", paramLabel = "FILE",
            description = "CSV file to write (written whole or not at all), or - for standard output (as for "
                    + "aggregate). Default: standard output.")
    private Path to;

    @Option(names = "--partial",
            description = "Write the experiments that are complete even if others of the grid are not.")
    private boolean partial;

    @Override
    public Integer call() {
        List<RunUnit> units = OptionChecks.resolveExperiment(catalogOptions.catalog(), name);
        try (StoreOptions.OpenStore opened = storeOptions.openForReading()) {
            return write(units, opened);
        }
    }

    private Integer write(List<RunUnit> units, StoreOptions.OpenStore opened) {
        ResultStore store = opened.store();
        CompleteExperiments selected;
        try {
            selected = CompleteExperiments.select(name, units, store, opened.location().display(), partial);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        List<String> complete = selected.complete();
        List<String> missing = selected.missing();
        PrintWriter err = spec.commandLine().getErr();
        boolean toStdout = to == null || to.toString().equals("-");
        if (!toStdout) {
            OutputFile.checkTarget("--to", to, "a file name or -");
        }
        long rows;
        if (toStdout) {
            PrintWriter stdout = spec.commandLine().getOut();
            rows = KpiTables.copyAll(store, complete, stdout);
            stdout.flush();
        } else {
            long[] written = new long[1];
            OutputFile.write("--to", to, w -> written[0] = KpiTables.copyAll(store, complete, w));
            rows = written[0];
        }
        err.println(String.format(Locale.ROOT, "pocketsim kpis: %s: %d row(s) of %d experiment(s)%s%s", name, rows,
                complete.size(), missing.isEmpty() ? "" : ", " + missing.size() + " incomplete left out",
                toStdout ? "" : "; written to " + to.toAbsolutePath().normalize()));
        err.flush();
        return ExitCodes.OK;
    }
}
