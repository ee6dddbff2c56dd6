package io.pocketsim.bench;

import io.pocketsim.core.engine.Block;
import io.pocketsim.core.engine.Model;
import io.pocketsim.core.engine.Policy;
import io.pocketsim.core.engine.RunSpec;
import io.pocketsim.core.engine.Simulation;
import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.param.ParameterSchema;
import io.pocketsim.core.pocket.PocketModel;
import io.pocketsim.core.pocket.kpi.PocketObservers;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.catalog.RunUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Where a Pocket run's time goes, policy by policy: runs Base (or the named experiment) with every policy of every
 * block timed by {@link System#nanoTime()} around its call (about 40 calls a day, so the clock's own cost stays far
 * below a percent), then prints each policy's share of the timed total and its microseconds per run, after a
 * warm-up of the same length.
 *
 * <p>Usage: {@code java -XX:+UseParallelGC -cp sim-bench/target/benchmarks.jar io.pocketsim.bench.BlockTimes
 * [experiment [runs]]}, defaults {@code Base 2000}.
 */
public final class BlockTimes {
    private BlockTimes() {
    }

    /** Prints the per-policy time table. */
    public static void main(String[] args) {
        String experiment = args.length > 0 ? args[0] : "Base";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        PocketModel pocket = new PocketModel(PocketRunBenchmark.returns("parametric"));
        Map<String, long[]> nanos = new LinkedHashMap<>();
        Model<PocketState, PocketRunParameters> timed = timed(pocket, nanos);
        RunUnit unit = ExperimentCatalog.builtIn().resolve(experiment).get(0);
        PocketRunParameters params = pocket.parameters(unit.parameters());
        Simulation<PocketState, PocketRunParameters> simulation = new Simulation<>(timed, PocketObservers.standard());
        for (int round = 0; round < 2; round++) {
            nanos.values().forEach(v -> v[0] = 0);
            long start = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                simulation.run(new RunSpec<>(unit.run(1), params, unit.stateSet(), unit.days(), 42L + i));
            }
            long wall = System.nanoTime() - start;
            if (round == 1) {
                long sum = nanos.values().stream().mapToLong(v -> v[0]).sum();
                System.out.printf("%s, %d runs: %.2f ms per run in all, %.2f ms in the policies%n", experiment, runs,
                        wall / 1e6 / runs, sum / 1e6 / runs);
                nanos.forEach((name, v) -> System.out.printf("%-40s %6.1f%% %8.1f us/run%n", name,
                        100.0 * v[0] / sum, v[0] / 1e3 / runs));
            }
        }
    }

    private static Model<PocketState, PocketRunParameters> timed(PocketModel pocket, Map<String, long[]> nanos) {
        List<Block<PocketState, PocketRunParameters>> blocks = new ArrayList<>();
        for (Block<PocketState, PocketRunParameters> b : pocket.blocks()) {
            List<Policy<PocketState, PocketRunParameters>> policies = new ArrayList<>();
            for (int i = 0; i < b.policies().size(); i++) {
                Policy<PocketState, PocketRunParameters> p = b.policies().get(i);
                long[] acc = nanos.computeIfAbsent(b.name() + " #" + (i + 1), k -> new long[1]);
                policies.add((step, s, signals) -> {
                    long t0 = System.nanoTime();
                    p.apply(step, s, signals);
                    acc[0] += System.nanoTime() - t0;
                });
            }
            blocks.add(new Block<>(b.name(), policies, b.rule(), b.updates()));
        }
        return new Model<>() {
            public String name() {
                return pocket.name();
            }

            public ParameterSchema parameters() {
                return pocket.parameters();
            }

            public PocketRunParameters parameters(ParameterPoint point) {
                return pocket.parameters(point);
            }

            public PocketState initialState(PocketRunParameters p, String set, UniformRandomProvider setupRng) {
                return pocket.initialState(p, set, setupRng);
            }

            public List<String> stateSets() {
                return pocket.stateSets();
            }

            public List<Block<PocketState, PocketRunParameters>> blocks() {
                return blocks;
            }
        };
    }
}
