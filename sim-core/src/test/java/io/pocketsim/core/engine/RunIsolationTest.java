package io.pocketsim.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.pocketsim.core.random.RunIdentity;
import io.pocketsim.core.toy.BirthDeathModel;
import io.pocketsim.core.toy.BirthDeathParams;
import io.pocketsim.core.toy.Population;
import io.pocketsim.core.toy.RunBytes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A run's output depends on its spec only: not on runs before it, nor on runs executing beside it. */
class RunIsolationTest {
    private static final BirthDeathModel MODEL = new BirthDeathModel();
    private static final BirthDeathParams PARAMS = MODEL.parameters(BirthDeathModel.point(0.04, 0.035, 2, 300, 20));
    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    private static RunSpec<BirthDeathParams> spec(long root, String experiment, int point, int run) {
        return new RunSpec<>(new RunIdentity(experiment, point, run), PARAMS, "Base", 40, root);
    }

    /** Other runs, drawn from a generator seeded by the target's seed so each example gets its own neighbours. */
    private static List<RunSpec<BirthDeathParams>> neighbours(long seed, int count) {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
        List<RunSpec<BirthDeathParams>> others = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            others.add(spec(rng.nextLong(), "other" + rng.nextInt(3), 1 + rng.nextInt(5), 1 + rng.nextInt(9)));
        }
        return others;
    }

    private static byte[] await(Future<byte[]> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Test
    void aRunIsByteIdenticalAloneAfterOthersAndBesideOthers() {
        qt().withFixedSeed(11L).withExamples(25)
                .forAll(longs().all(), strings().basicLatinAlphabet().ofLengthBetween(0, 12),
                        integers().between(0, 50), integers().between(1, 200))
                .checkAssert((root, experiment, point, run) -> {
                    RunSpec<BirthDeathParams> target = spec(root, experiment, point, run);
                    byte[] alone = RunBytes.of(new Simulation<>(MODEL, MODEL.observers()).run(target));

                    Simulation<Population, BirthDeathParams> shared = new Simulation<>(MODEL, MODEL.observers());
                    neighbours(root, 3).forEach(shared::run);
                    byte[] afterOthers = RunBytes.of(shared.run(target));

                    List<Future<byte[]>> futures = new ArrayList<>();
                    List<RunSpec<BirthDeathParams>> batch = neighbours(~root, 7);
                    batch.add(3, target);
                    batch.add(target);
                    for (RunSpec<BirthDeathParams> s : batch) {
                        futures.add(pool.submit(() -> RunBytes.of(shared.run(s))));
                    }
                    byte[] besideOthers = await(futures.get(3));
                    byte[] againBeside = await(futures.get(futures.size() - 1));

                    assertThat(afterOthers).isEqualTo(alone);
                    assertThat(besideOthers).isEqualTo(alone);
                    assertThat(againBeside).isEqualTo(alone);
                });
    }
}
