package io.pocketsim.cli;

import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.param.ParameterSpec;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.catalog.RunUnit;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pocketsim parameters}: every parameter of the model with its allowed values, unit, description and its
 * value in one experiment, as a Markdown table (docs/parameters.md is this output).
 */
@Command(name = "parameters", mixinStandardHelpOptions = true,
        description = {"Lists every model parameter by its snake_case name (as in grid files, --set, manifests and "
                + "kpis.csv's param_ columns) with its allowed values, unit, description and value in one experiment,"
                + " as a Markdown table."})
final class ParametersCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ExperimentOptions experiments;

    @Option(names = {"-e", "--experiment"}, defaultValue = "Base", paramLabel = "NAME",
            description = "Standalone experiment or grid point whose values to show. Default: ${DEFAULT-VALUE}.")
    private String experiment;

    @Override
    public Integer call() {
        ExperimentCatalog catalog = experiments.catalog().catalog();
        List<RunUnit> units = OptionChecks.resolveExperiment(catalog, experiment);
        if (units.size() != 1) {
            throw BadInputException.forOption("--experiment", experiment, "a grid has " + units.size()
                    + " points; name a standalone experiment or one point, e.g. " + units.get(0).name());
        }
        RunUnit unit = units.get(0);
        ParameterPoint values = unit.parameters();
        PrintWriter out = spec.commandLine().getOut();
        out.println("| parameter | allowed values | unit | " + unit.name() + " | description |");
        out.println("| --- | --- | --- | --- | --- |");
        for (ParameterSpec p : experiments.model().model(unit.model()).parameters().specs()) {
            out.println("| `" + p.name() + "` | " + allowed(p.allowed()) + " | " + cell(p.unit()) + " | `"
                    + cell(String.valueOf(values.get(p.name()))) + "` | " + cell(p.description()) + " |");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /** Allowed values that hold a pattern go in code font, where Markdown leaves its asterisks alone. */
    private static String allowed(String text) {
        return text.contains("*") || text.contains("\\") ? "`" + cell(text) + "`" : cell(text);
    }
}
