package io.pocketsim.cli;

import io.pocketsim.core.engine.Simulation;
import io.pocketsim.core.engine.MonteCarloExecutor;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.postprocess.batch.BatchRunner;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.store.Verification;
import io.pocketsim.postprocess.store.WriteMode;
import io.pocketsim.postprocess.study.Study;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Function;

/**
 * The local executor of {@code adaptive}: runs a grid's incomplete points in this process on a fixed thread pool
 * (the batch runner {@code run} uses), skipping complete ones. The ECS executor plugs in behind the same
 * {@link Study.GridRunner}.
 */
final class LocalGridRunner implements Study.GridRunner {
    private final ResultStore store;
    private final Function<String, Simulation<?, ?>> simulations;
    private final long seed;
    private final int threads;
    private final Map<String, String> provenance;
    private final PrintWriter err;

    LocalGridRunner(ResultStore store, Function<String, Simulation<?, ?>> simulations, long seed, int threads,
                    Map<String, String> provenance, PrintWriter err) {
        this.store = store;
        this.simulations = simulations;
        this.seed = seed;
        this.threads = threads;
        this.provenance = Map.copyOf(provenance);
        this.err = err;
    }

    @Override
    public Study.RunSummary run(Grid grid) throws InterruptedException {
        // a whole grid keeps the time series of its points' first runs, as `run` does for a grid by default
        BatchRunner<?, ?> runner = new BatchRunner<>(simulations.apply(grid.definition().model()), store, seed,
                WriteMode.CREATE, provenance, VersionProvider.version(), Verification.FULL,
                RunCommand.GRID_TIMESERIES);
        BatchRunner.Summary s;
        try (MonteCarloExecutor executor = new MonteCarloExecutor(threads)) {
            s = runner.run(ExperimentCatalog.units(grid), executor, ProgressReporter.forOutput(err,
                    System.console() != null, "pocketsim adaptive"));
        }
        return new Study.RunSummary(s.unitsWritten(), s.unitsSkipped(), s.runs());
    }
}
