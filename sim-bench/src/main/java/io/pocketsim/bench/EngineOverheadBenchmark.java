package io.pocketsim.bench;

import io.pocketsim.core.engine.RunResult;
import io.pocketsim.core.engine.RunSpec;
import io.pocketsim.core.engine.Simulation;
import io.pocketsim.core.random.RunIdentity;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's own cost per timestep: one run of {@link TrivialBlocksModel} (11 blocks, T = 365) per invocation,
 * reported as nanoseconds per timestep (the run's time divided by 365). Everything a real model's policies do comes
 * on top of this.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class EngineOverheadBenchmark {
    /** Timesteps per run: one simulated year of days, as the Pocket experiments use. */
    static final int TIMESTEPS = 365;

    /** The blocks' policy style. */
    @Param({"IN_PLACE", "SIGNALS"})
    public TrivialBlocksModel.Style style;

    private Simulation<TrivialBlocksModel.Counter, TrivialBlocksModel.Style> simulation;
    private RunSpec<TrivialBlocksModel.Style> spec;

    /** Prepares the simulation and the run spec. */
    @Setup
    public void setUp() {
        simulation = new Simulation<>(new TrivialBlocksModel(style), new TrivialBlocksModel(style).observers());
        spec = new RunSpec<>(new RunIdentity("bench", 1, 1), style, "Base", TIMESTEPS, 1L);
    }

    /** One whole run (state, 365 x 11 blocks, 366 recorded rows, metrics, seed derivation); time per timestep. */
    @Benchmark
    @OperationsPerInvocation(TIMESTEPS)
    public RunResult perTimestep() {
        return simulation.run(spec);
    }
}
