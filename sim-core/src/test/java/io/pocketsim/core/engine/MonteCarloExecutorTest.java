package io.pocketsim.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pocketsim.core.random.RunIdentity;
import io.pocketsim.core.toy.BirthDeathModel;
import io.pocketsim.core.toy.BirthDeathParams;
import io.pocketsim.core.toy.Population;
import io.pocketsim.core.toy.RunBytes;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ordered delivery, determinism across thread counts, bounded memory, cancellation, failures and progress. */
class MonteCarloExecutorTest {
    /** Safety net so a broken executor fails the test instead of hanging it; never a timing assertion. */
    private static final long LATCH_SECONDS = 60;

    private static final BirthDeathModel MODEL = new BirthDeathModel();
    private static final Simulation<Population, BirthDeathParams> SIM = new Simulation<>(MODEL, MODEL.observers());

    /** Three parameter points, four runs each, in the order a grid would list them. */
    private static List<RunSpec<BirthDeathParams>> jobs() {
        List<BirthDeathParams> points = List.of(
                MODEL.parameters(BirthDeathModel.point(0.03, 0.02, 1, 100, 10)),
                MODEL.parameters(BirthDeathModel.point(0.02, 0.03, 0, 500, 0)),
                MODEL.parameters(BirthDeathModel.point(0.05, 0.05, 5, 50, 30)));
        List<RunSpec<BirthDeathParams>> specs = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            for (int run = 1; run <= 4; run++) {
                specs.add(new RunSpec<>(new RunIdentity("grid", p + 1, run), points.get(p), "Base", 90, 2026L));
            }
        }
        return specs;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(LATCH_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch not released: the executor did not run the expected jobs");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleepMillis(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** All output of a batch as one byte string, in delivery order. */
    private static byte[] runBatch(int threads, IntFunction<RunResult> job, int jobs) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MonteCarloExecutor executor = new MonteCarloExecutor(threads)) {
            executor.run(jobs, job, r -> out.writeBytes(RunBytes.of(r)), p -> { });
        }
        return out.toByteArray();
    }

    @Test
    void oneTwoAndFourThreadsGiveByteIdenticalOutputInJobOrder() throws InterruptedException {
        List<RunSpec<BirthDeathParams>> specs = jobs();
        // seeded jitter makes jobs finish out of order on several threads
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(99L);
        long[] pause = IntStream.range(0, specs.size()).mapToLong(i -> rng.nextInt(4)).toArray();
        IntFunction<RunResult> job = i -> {
            sleepMillis(pause[i]);
            return SIM.run(specs.get(i));
        };
        ByteArrayOutputStream sequential = new ByteArrayOutputStream();
        specs.forEach(s -> sequential.writeBytes(RunBytes.of(SIM.run(s))));

        for (int threads : new int[] {1, 2, 4}) {
            assertThat(runBatch(threads, job, specs.size())).as("%d threads", threads)
                    .isEqualTo(sequential.toByteArray());
        }
    }

    @Test
    void resultsArriveInJobOrderEvenWhenJobsFinishOutOfOrder() throws InterruptedException {
        CountDownLatch laterJobDone = new CountDownLatch(1);
        ConcurrentLinkedQueue<Integer> finished = new ConcurrentLinkedQueue<>();
        List<Integer> delivered = new ArrayList<>();
        IntFunction<Integer> job = i -> {
            if (i == 0) {
                await(laterJobDone); // job 0 cannot finish before job 3 has
            }
            finished.add(i);
            if (i == 3) {
                laterJobDone.countDown();
            }
            return i;
        };
        try (MonteCarloExecutor executor = new MonteCarloExecutor(4)) {
            executor.run(12, job, delivered::add, p -> { });
        }
        List<Integer> finishOrder = new ArrayList<>(finished);
        assertThat(finishOrder.indexOf(3)).isLessThan(finishOrder.indexOf(0));
        assertThat(delivered).containsExactlyElementsOf(IntStream.range(0, 12).boxed().toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void theWindowBoundsLiveResultsAndStartedJobs(int threads) throws InterruptedException {
        AtomicInteger live = new AtomicInteger();
        AtomicInteger maxLive = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        try (MonteCarloExecutor executor = new MonteCarloExecutor(threads)) {
            int window = executor.window();
            assertThat(window).isGreaterThanOrEqualTo(threads);
            IntFunction<double[]> job = i -> {
                // job i may only start once result i - window has been handed over
                int seenDelivered = delivered.get();
                if (seenDelivered < i - window + 1) {
                    violations.add("job " + i + " started with only " + seenDelivered + " delivered");
                }
                maxLive.accumulateAndGet(live.incrementAndGet(), Math::max);
                return new double[1024];
            };
            executor.run(2_000, job, result -> {
                live.decrementAndGet();
                delivered.incrementAndGet();
            }, p -> { });
            assertThat(violations).isEmpty();
            assertThat(maxLive.get()).isLessThanOrEqualTo(window);
            assertThat(delivered.get()).isEqualTo(2_000);
        }
    }

    @Test
    void cancelFromTheSinkStopsTheBatch() {
        AtomicInteger started = new AtomicInteger();
        List<Integer> delivered = new ArrayList<>();
        try (MonteCarloExecutor executor = new MonteCarloExecutor(2)) {
            IntFunction<Integer> job = i -> {
                started.incrementAndGet();
                return i;
            };
            assertThatThrownBy(() -> executor.run(10_000, job, i -> {
                delivered.add(i);
                if (i == 4) {
                    executor.cancel();
                }
            }, p -> { })).isInstanceOf(CancellationException.class).hasMessageContaining("5 of 10000");
            assertThat(executor.isCancelled()).isTrue();
            assertThat(delivered).containsExactly(0, 1, 2, 3, 4);
            // submitted before the cancel: the first window plus one refill per earlier delivery
            assertThat(started.get()).isLessThanOrEqualTo(executor.window() + 4);
            // cancellation is final
            assertThatThrownBy(() -> executor.run(3, i -> i, i -> { }, p -> { }))
                    .isInstanceOf(CancellationException.class);
        }
    }

    @Test
    void cancelFromAWorkerThreadStopsTheBatch() {
        List<Integer> delivered = new ArrayList<>();
        try (MonteCarloExecutor executor = new MonteCarloExecutor(2)) {
            IntFunction<Integer> job = i -> {
                if (i == 0) {
                    executor.cancel();
                }
                return i;
            };
            assertThatThrownBy(() -> executor.run(10_000, job, delivered::add, p -> { }))
                    .isInstanceOf(CancellationException.class);
            assertThat(delivered).isSubsetOf(0);
        }
    }

    @Test
    void aJobFailurePropagatesAndStopsTheBatch() throws InterruptedException {
        AtomicInteger started = new AtomicInteger();
        List<Integer> delivered = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("job 7 failed");
        try (MonteCarloExecutor executor = new MonteCarloExecutor(2)) {
            IntFunction<Integer> job = i -> {
                started.incrementAndGet();
                if (i == 7) {
                    throw boom;
                }
                return i;
            };
            assertThatThrownBy(() -> executor.run(10_000, job, delivered::add, p -> { })).isSameAs(boom);
            assertThat(delivered).containsExactly(0, 1, 2, 3, 4, 5, 6);
            assertThat(started.get()).isLessThanOrEqualTo(executor.window() + 7);
            // the pool survives a failed batch
            List<Integer> again = new ArrayList<>();
            executor.run(5, i -> i * 10, again::add, p -> { });
            assertThat(again).containsExactly(0, 10, 20, 30, 40);
        }
    }

    @Test
    void theLowestNumberedFailureWinsEvenIfALaterJobFailsFirst() {
        CountDownLatch laterFailed = new CountDownLatch(1);
        try (MonteCarloExecutor executor = new MonteCarloExecutor(4)) {
            IntFunction<Integer> job = i -> {
                if (i == 3) {
                    await(laterFailed);
                    throw new IllegalArgumentException("job 3");
                }
                if (i == 9) {
                    laterFailed.countDown();
                    throw new IllegalArgumentException("job 9");
                }
                return i;
            };
            assertThatThrownBy(() -> executor.run(12, job, i -> { }, p -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("job 3");
        }
    }

    @Test
    void errorsPropagateUnwrapped() {
        class Fatal extends Error {
        }
        try (MonteCarloExecutor executor = new MonteCarloExecutor(2)) {
            assertThatThrownBy(() -> executor.run(4, i -> {
                if (i == 2) {
                    throw new Fatal();
                }
                return i;
            }, i -> { }, p -> { })).isInstanceOf(Fatal.class);
        }
    }

    @Test
    void progressCountsUpByOneToTheTotal() throws InterruptedException {
        List<Progress> reports = new ArrayList<>();
        try (MonteCarloExecutor executor = new MonteCarloExecutor(3)) {
            executor.run(50, i -> i, i -> { }, reports::add);
        }
        assertThat(reports).hasSize(50);
        for (int k = 0; k < reports.size(); k++) {
            Progress p = reports.get(k);
            assertThat(p.done()).isEqualTo(k + 1);
            assertThat(p.total()).isEqualTo(50);
            if (k > 0) {
                assertThat(p.elapsed()).isGreaterThanOrEqualTo(reports.get(k - 1).elapsed());
            }
        }
        Progress last = reports.get(49);
        assertThat(last.fraction()).isEqualTo(1.0);
        assertThat(last.eta()).isZero();
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> new MonteCarloExecutor(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads").hasMessageContaining("0");
        try (MonteCarloExecutor executor = new MonteCarloExecutor(1)) {
            assertThat(executor.threads()).isEqualTo(1);
            assertThatThrownBy(() -> executor.run(-1, i -> i, i -> { }, p -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jobs").hasMessageContaining("-1");
        }
    }
}
