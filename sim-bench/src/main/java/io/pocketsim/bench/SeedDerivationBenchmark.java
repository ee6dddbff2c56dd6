package io.pocketsim.bench;

import io.pocketsim.core.random.RunIdentity;
import io.pocketsim.core.random.SeedDerivation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The fixed cost every run pays before its first timestep: deriving its generator and its setup generator. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class SeedDerivationBenchmark {
    private final RunIdentity identity = new RunIdentity("network_viability_ag3_", 17, 30);

    /** SHA-256 seed, SplitMix64 expansion and L64X128Mix construction, for the run and its setup stream. */
    @Benchmark
    public long runAndSetupGenerators() {
        return SeedDerivation.generator(1L, identity).nextLong()
                ^ SeedDerivation.generator(1L, identity.setup()).nextLong();
    }
}
