package io.pocketsim.cli;

import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.grid.Experiment;
import io.pocketsim.experiments.grid.Grid;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pocketsim experiments}: lists the experiments and grid families (with sizes) that {@code run} accepts. */
@Command(name = "experiments", mixinStandardHelpOptions = true,
        description = "Lists standalone experiments, and every grid family with each iteration's size; with a grid "
                + "or point name, shows its parameters.")
final class ExperimentsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogOptions catalogOptions;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "A grid or point to describe.")
    private String name;

    @Override
    public Integer call() {
        ExperimentCatalog catalog = catalogOptions.catalog();
        PrintWriter out = spec.commandLine().getOut();
        if (name != null) {
            describe(catalog, out);
            return ExitCodes.OK;
        }
        out.println("Standalone experiments (name: state set, parameter set, runs x days):");
        for (Experiment e : catalog.experiments()) {
            out.println(String.format(Locale.ROOT, "  %-14s %s, %s, %d x %d", e.name(), e.definition().stateSet(),
                    e.definition().parameterSet(), e.definition().runs(), e.definition().days()));
        }
        out.println();
        out.println("Grid families (grid: points x runs; experiments are named {grid}{i}, i = 1..points):");
        for (String family : catalog.families()) {
            out.println("  " + family);
            for (Grid g : catalog.family(family)) {
                out.println(String.format(Locale.ROOT, "    %-34s %5d points x %d runs x %d days", g.name(),
                        g.size(), g.definition().runs(), g.definition().days()));
            }
        }
        out.println();
        out.println("Other grids:");
        for (Grid g : catalog.grids()) {
            if (!g.definition().adaptive()) {
                out.println(String.format(Locale.ROOT, "    %-34s %5d points x %d runs x %d days (points %s..%s)",
                        g.name(), g.size(), g.definition().runs(), g.definition().days(), g.pointName(1),
                        g.pointName(g.size())));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void describe(ExperimentCatalog catalog, PrintWriter out) {
        var units = OptionChecks.resolveExperiment(catalog, name);
        out.println(name + ": " + units.size() + " parameter point(s), " + units.get(0).runs() + " run(s) x "
                + units.get(0).days() + " days, state set " + units.get(0).stateSet());
        if (units.size() == 1) {
            units.get(0).parameters().asMap().forEach((k, v) -> out.println("  " + k + " = " + v));
        } else {
            catalog.grid(name).ifPresent(g -> g.sweptKeys().forEach(k -> out.println("  " + k + " = " + g.values(k))));
        }
        out.flush();
    }
}
