package io.pocketsim.bench;

import io.pocketsim.core.engine.RunResult;
import io.pocketsim.core.engine.RunSpec;
import io.pocketsim.core.engine.Simulation;
import io.pocketsim.core.pocket.PocketModel;
import io.pocketsim.core.pocket.kpi.PocketObservers;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.oracle.KdeReturnSource;
import io.pocketsim.core.pocket.oracle.ParametricReturnSource;
import io.pocketsim.core.pocket.oracle.ReturnModelSource;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.catalog.RunUnit;
import io.pocketsim.experiments.data.PriceHistoryReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole run of the Pocket model per operation, as {@code pocketsim run} performs it on a worker thread
 * (simulation, recording and KPIs; no result files). Every invocation runs the next Monte Carlo run index, so the
 * score is an average over many different seeds, not the cost of one lucky trajectory.
 *
 * <p>{@code experiment} is the catalog experiment ({@code Base}: 365 days, the default one; {@code test1}: the
 * original's test scenario) and {@code priceModel} the oracle's return model: {@code parametric} (the product's
 * default) or {@code kde}, a kernel density over the daily returns of {@code ../shared/data/pokt-historical-price.csv}
 * when that file exists, else over 364 returns the benchmark draws itself (the same size as the real history; the
 * cost of a KDE draw does not depend on the values).
 *
 * <p>Run it from the project root, so that {@code ../shared/data} resolves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// the collector the pocketsim launcher uses (see docs/performance.md); compare with -jvmArgsAppend -XX:+UseG1GC
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PocketRunBenchmark {
    /** The price history read when present; relative to the working directory (the project root). */
    static final Path PRICE_HISTORY = Path.of("..", "shared", "data", "pokt-historical-price.csv");

    @Param({"Base", "test1"})
    public String experiment;

    @Param({"parametric", "kde"})
    public String priceModel;

    private Simulation<PocketState, PocketRunParameters> simulation;
    private RunUnit unit;
    private PocketRunParameters params;
    private int nextRun;

    /** Builds the model and the experiment's parameters once. */
    @Setup(Level.Trial)
    public void setUp() {
        PocketModel model = new PocketModel(returns(priceModel));
        List<RunUnit> units = ExperimentCatalog.builtIn().resolve(experiment);
        unit = units.get(0);
        params = model.parameters(unit.parameters());
        simulation = new Simulation<>(model, PocketObservers.standard());
    }

    /** One whole run: T + 1 recorded rows and the run's KPIs. */
    @Benchmark
    public RunResult run() {
        // cycle through run indices 1..runs of the unit, widened to many seeds by the root seed
        int i = nextRun++;
        return simulation.run(new RunSpec<>(unit.run(1 + i % unit.runs()), params, unit.stateSet(), unit.days(),
                42L + i / unit.runs()));
    }

    static ReturnModelSource returns(String priceModel) {
        switch (priceModel) {
            case "parametric":
                return ParametricReturnSource.pokt();
            case "kde":
                if (Files.isRegularFile(PRICE_HISTORY)) {
                    return PriceHistoryReader.kdeSource(PRICE_HISTORY);
                }
                return KdeReturnSource.of(drawnReturns(364), "364 returns drawn by the benchmark");
            default:
                throw new IllegalArgumentException("unknown price model " + priceModel + "; known: parametric, kde");
        }
    }

    /** Daily returns of roughly the real history's spread, drawn from a fixed seed. */
    private static double[] drawnReturns(int n) {
        SplittableRandom r = new SplittableRandom(7);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            // a sum of uniforms: bell-shaped, bounded, standard deviation about 0.065
            out[i] = (r.nextDouble() + r.nextDouble() + r.nextDouble() - 1.5) * 0.13;
        }
        return out;
    }
}
