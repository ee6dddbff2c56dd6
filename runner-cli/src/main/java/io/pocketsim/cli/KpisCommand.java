package io.pocketsim.cli;

import io.pocketsim.experiments.catalog.RunUnit;
import io.pocketsim.postprocess.batch.GridInputs;
import io.pocketsim.postprocess.batch.StoredInputs;
import io.pocketsim.postprocess.csv.KpiTables;
import io.pocketsim.postprocess.store.CorruptResultException;
import io.pocketsim.postprocess.store.ExperimentStatus;
import io.pocketsim.postprocess.store.ResultState;
import io.pocketsim.postprocess.store.LocalResultStore;
import io.pocketsim.postprocess.store.Verification;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<RunUnit> units = Checks.resolveExperiment(catalogOptions.catalog(), name);
        LocalResultStore store = storeOptions.store();
        List<String> complete = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (RunUnit u : units) {
            ExperimentStatus s = store.status(u.name(), Verification.QUICK);
            if (s.state() == ResultState.CORRUPT) {
                // damaged data is not "not yet run": say so, with the repair (FailureHandler)
                throw CorruptResultException.forExperiment(u.name(), s.reason());
            }
            (s.isComplete() ? complete : missing).add(u.name());
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!missing.isEmpty() && (!partial || complete.isEmpty())) {
            throw new BadInputException(String.format(Locale.ROOT,
                    "%d of %d experiment(s) of %s are not complete in %s (first: %s); run them first%s",
                    missing.size(), units.size(), name, storeOptions.directory(), missing.get(0),
                    complete.isEmpty() ? "" : ", or pass --partial to write the " + complete.size() + " complete"));
        }
        if (units.size() > 1) {
            requireGridDefinition(store, units);
            GridInputs.requireSame(name, store, complete);
        }
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

    /** The grid's stored points must hold the parameters the grid defines for them (not a --set variant). */
    private void requireGridDefinition(LocalResultStore store, List<RunUnit> units) {
        List<String> stale = new ArrayList<>();
        for (RunUnit u : units) {
            if (store.status(u.name(), Verification.QUICK).isComplete()) {
                List<String> d = StoredInputs.differingParameters(store.manifest(u.name()).metadata().parameters(),
                        u.parameters());
                if (!d.isEmpty()) {
                    stale.add(u.name() + " (" + String.join(", ", d) + ")");
                }
            }
        }
        if (!stale.isEmpty()) {
            throw new BadInputException(name + ": " + stale.size() + " stored point(s) were made from other "
                    + "parameters than the grid defines: " + String.join(", ", stale.subList(0, Math.min(5,
                    stale.size()))) + "; re-run them with 'pocketsim run -e " + name + " --overwrite' (without --set)");
        }
    }
}
