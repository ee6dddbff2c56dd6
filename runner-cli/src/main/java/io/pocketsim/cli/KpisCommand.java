package io.pocketsim.cli;

import io.pocketsim.experiments.catalog.RunUnit;
import io.pocketsim.postprocess.batch.GridInputs;
import io.pocketsim.postprocess.batch.StoredInputs;
import io.pocketsim.postprocess.csv.KpiTables;
import io.pocketsim.postprocess.store.CorruptResultException;
import io.pocketsim.postprocess.store.ExperimentCheck;
import io.pocketsim.postprocess.store.ResultState;
import io.pocketsim.postprocess.store.ResultStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        List<String> complete = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<String, ExperimentCheck.Result> states = store.states(units.stream().map(RunUnit::name).toList());
        for (ExperimentCheck.Result r : states.values()) {
            if (r.status().state() == ResultState.CORRUPT) {
                // damaged data is not "not yet run": say so, with the repair (FailureHandler)
                throw CorruptResultException.forExperiment(r.status().experiment(), r.status().reason());
            }
            (r.status().isComplete() ? complete : missing).add(r.status().experiment());
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!missing.isEmpty() && (!partial || complete.isEmpty())) {
            throw new BadInputException(String.format(Locale.ROOT,
                    "%d of %d experiment(s) of %s are not complete in %s (first: %s); run them first%s",
                    missing.size(), units.size(), name, opened.location().display(), missing.get(0),
                    complete.isEmpty() ? "" : ", or pass --partial to write the " + complete.size() + " complete"));
        }
        if (units.size() > 1) {
            requireGridDefinition(states, units);
            GridInputs.requireSame(name, complete.stream().map(c -> states.get(c).manifest().metadata()).toList());
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
    private void requireGridDefinition(Map<String, ExperimentCheck.Result> states, List<RunUnit> units) {
        List<String> stale = new ArrayList<>();
        for (RunUnit u : units) {
            ExperimentCheck.Result r = states.get(u.name());
            if (r.status().isComplete()) {
                List<String> d = StoredInputs.differingParameters(r.manifest().metadata().parameters(),
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
