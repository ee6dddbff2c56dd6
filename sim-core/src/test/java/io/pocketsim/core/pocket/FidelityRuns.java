package io.pocketsim.core.pocket;

import io.pocketsim.core.engine.MonteCarloExecutor;
import io.pocketsim.core.engine.RunResult;
import io.pocketsim.core.engine.RunSpec;
import io.pocketsim.core.engine.Simulation;
import io.pocketsim.core.pocket.parameters.PocketParameterSpace;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.random.RunIdentity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs an experiment of the original for the fidelity suite, and optionally writes its timeseries as CSV. */
final class FidelityRuns {
    private FidelityRuns() {
    }

    /** Runs 1..runs of a named parameter set with the KDE price model of the shared data. */
    static List<RunResult> run(String set, String stateSet, int runs, long rootSeed) throws InterruptedException {
        PocketModel model = new PocketModel(SharedData.kdeSource());
        Simulation<PocketState, PocketRunParameters> sim = new Simulation<>(model,
                io.pocketsim.core.pocket.kpi.PocketObservers.recorderOnly());
        PocketRunParameters p = PocketRunParameters.from(PocketParameterSpace.namedSet(set));
        List<RunResult> out = new ArrayList<>();
        try (MonteCarloExecutor executor = new MonteCarloExecutor(2)) {
            executor.run(runs, i -> sim.run(new RunSpec<>(new RunIdentity(set, 1, i + 1), p, stateSet, 365, rootSeed)),
                    out::add, progress -> { });
        }
        String dir = System.getProperty("pocketsim.fidelity.out");
        if (dir != null) {
            write(Path.of(dir).resolve(set + "-timeseries.csv"), out);
        }
        return out;
    }

    /** Writes one row per run and timestep: {@code run,timestep,<columns>} (NaN as empty). */
    static void write(Path file, List<RunResult> runs) {
        try {
            Files.createDirectories(file.getParent());
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
                w.print("run,timestep");
                for (String c : runs.get(0).columns()) {
                    w.print(',');
                    w.print(c);
                }
                w.println();
                for (RunResult r : runs) {
                    for (int t = 0; t < r.rows().length; t++) {
                        w.print(r.identity().runIndex());
                        w.print(',');
                        w.print(t);
                        for (double v : r.rows()[t]) {
                            w.print(',');
                            w.print(Double.isNaN(v) ? "" : Double.toString(v));
                        }
                        w.println();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
