package io.pocketsim.bench;

import io.pocketsim.core.engine.RunResult;
import io.pocketsim.core.engine.RunSpec;
import io.pocketsim.core.engine.Simulation;
import io.pocketsim.core.pocket.PocketModel;
import io.pocketsim.core.pocket.kpi.PocketObservers;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.catalog.RunUnit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The CPU time of one whole Pocket run on one thread, as the operating system accounts it for that thread.
 *
 * <p>JMH reports elapsed time, which on a shared machine also counts the time other processes hold the core. This
 * companion to {@link PocketRunBenchmark} runs the same operation in rounds and prints each round's thread CPU time
 * per run, then the median of the rounds after the first (the warm-up).
 *
 * <p>Usage: {@code java -XX:+UseParallelGC -cp sim-bench/target/benchmarks.jar io.pocketsim.bench.RunCpuTime
 * [experiment [priceModel [runsPerRound [rounds]]]]}, defaults {@code Base parametric 200 7}.
 */
public final class RunCpuTime {
    private RunCpuTime() {
    }

    /** Prints CPU milliseconds per run, round by round, and their median. */
    public static void main(String[] args) {
        String experiment = args.length > 0 ? args[0] : "Base";
        String priceModel = args.length > 1 ? args[1] : "parametric";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        PocketModel model = new PocketModel(PocketRunBenchmark.returns(priceModel));
        RunUnit unit = ExperimentCatalog.builtIn().resolve(experiment).get(0);
        PocketRunParameters params = model.parameters(unit.parameters());
        Simulation<PocketState, PocketRunParameters> simulation = new Simulation<>(model, PocketObservers.standard());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] msPerRun = new double[rounds];
        double sink = 0;
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < runs; i++) {
                RunResult r = simulation.run(new RunSpec<>(unit.run(1), params, unit.stateSet(), unit.days(),
                        42L + (long) round * runs + i));
                // keep the result observable so that no part of the run can be optimised away
                sink += r.rows()[r.rows().length - 1][0];
            }
            msPerRun[round] = (threads.getCurrentThreadCpuTime() - start) / 1e6 / runs;
            System.out.printf("round %d: %.2f ms CPU per %s run (%s)%n", round, msPerRun[round], experiment,
                    priceModel);
        }
        double[] measured = Arrays.copyOfRange(msPerRun, Math.min(1, rounds - 1), rounds);
        Arrays.sort(measured);
        System.out.printf("median after warm-up: %.2f ms CPU per run (checksum %s)%n",
                measured[measured.length / 2], sink);
    }
}
