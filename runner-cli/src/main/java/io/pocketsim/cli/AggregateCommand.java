package io.pocketsim.cli;

import io.pocketsim.core.param.AllowedValues;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.aggregate.TimestepAggregator;
import io.pocketsim.postprocess.csv.TimeSeriesReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pocketsim aggregate}: per-timestep distributions across runs (n, mean, std, p5, p50, p95) of a stored
 * experiment's time series, in the long format of the reference distributions
 * ({@code timestep,variable,n,mean,std,p5,p50,p95}).
 */
@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = {"Summarises a stored experiment's time series across its runs, per timestep and variable: "
                + "n, mean, std (ddof 1), p5, p50, p95 (docs/results-format.md, 'Per-timestep aggregates').",
                "Writes CSV in the long format timestep,variable,n,mean,std,p5,p50,p95."})
final class AggregateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private NameArgument name;

    @Option(names = {"-v", "--variable"}, paramLabel = "COLUMN",
            description = "A recorded column to aggregate; repeatable. Default: every recorded column.")
    private List<String> variables = new ArrayList<>();

    @Option(names = "--to", paramLabel = "FILE",
            description = "Output file (written under a temporary name, then moved into place), or - for standard "
                    + "output. Default: ./{experiment}-distribution.csv.")
    private Path to;

    @Override
    public Integer call() throws IOException {
        String experiment = name.name();
        boolean toStdout = to != null && to.toString().equals("-");
        Path target = to != null ? to : Path.of(experiment + "-distribution.csv");
        if (!toStdout) {
            // checked before the series is read, so that a typo fails at once (OutputFile.write checks it again)
            OutputFile.checkTarget("--to", target, "a file name or -");
        }
        try (StoreOptions.OpenStore opened = storeOptions.openForReading()) {
            return aggregate(experiment, toStdout, target, opened);
        }
    }

    private Integer aggregate(String experiment, boolean toStdout, Path target, StoreOptions.OpenStore opened)
            throws IOException {
        ResultStore store = opened.store();
        StoreOptions.requireComplete(store, opened.location(), experiment);
        List<String> columns = TimeSeriesReader.columns(store, experiment);
        List<String> chosen = variables.isEmpty() ? columns : variables;
        for (String v : chosen) {
            if (!columns.contains(v)) {
                throw BadInputException.forOption("--variable", v, "not recorded in " + experiment
                        + AllowedValues.oneOf(v, columns));
            }
        }
        if (chosen.stream().distinct().count() != chosen.size()) {
            throw BadInputException.forOption("--variable", chosen, "a column is given twice");
        }
        TimestepAggregator aggregator = TimestepAggregator.of(chosen);
        // streams the runs in; memory holds one cell per (timestep, variable), not the runs
        aggregator.addStored(store, experiment);
        if (toStdout) {
            aggregator.write(spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        OutputFile.write("--to", target, aggregator::write);
        PrintWriter out = spec.commandLine().getOut();
        out.println("pocketsim aggregate: " + experiment + ": " + aggregator.rows().size() + " rows ("
                + chosen.size() + " variable(s))" + (aggregator.isExact() ? "" : ", percentiles estimated (P²)")
                + " in " + target.toAbsolutePath().normalize());
        out.flush();
        return ExitCodes.OK;
    }
}
