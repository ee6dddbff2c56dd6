package io.pocketsim.core.engine;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Runs numbered jobs on a fixed thread pool and hands their results to a sink <b>in job order</b>, whatever order
 * they complete in. At most {@code window} results exist at once (results are streamed, never accumulated), the
 * sink runs on the calling thread, and the batch can be cancelled.
 */
public final class MonteCarloExecutor implements AutoCloseable {
    private final int threads;
    private final int window;
    private final ExecutorService pool;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * Creates an executor.
     *
     * @param threads worker threads, at least 1
     */
    public MonteCarloExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads is not strictly positive: " + threads);
        }
        this.threads = threads;
        this.window = threads * 4;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread th = new Thread(r, "pocketsim-worker-" + n.incrementAndGet());
            th.setDaemon(true);
            return th;
        });
    }

    /** The number of worker threads; by default the machine's available processors. */
    public int threads() {
        return threads;
    }

    /** The default thread count: available processors. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The most results that exist at once: jobs submitted but not yet handed to the sink. */
    public int window() {
        return window;
    }

    /**
     * Runs jobs {@code 0..jobs-1} and delivers their results to {@code sink} in index order.
     *
     * <p>Job {@code i + window()} is submitted only after result {@code i} has been handed to the sink, so at most
     * {@link #window()} results (finished or not) exist at any time.
     *
     * @param jobs     number of jobs, at least 0
     * @param job      computes the result of job i (must not depend on other jobs or on thread identity)
     * @param sink     receives results in order, on the calling thread
     * @param progress told after each delivery
     * @throws CancellationException if {@link #cancel()} was called
     * @throws RuntimeException      the failure of the lowest-numbered failing job (remaining jobs are cancelled)
     */
    public <R> void run(int jobs, IntFunction<R> job, Consumer<? super R> sink, Consumer<Progress> progress)
            throws InterruptedException {
        if (jobs < 0) {
            throw new IllegalArgumentException("jobs is negative: " + jobs);
        }
        long start = System.nanoTime();
        Deque<Future<R>> inFlight = new ArrayDeque<>();
        int next = 0;
        try {
            while (next < jobs && inFlight.size() < window && !cancelled.get()) {
                inFlight.add(submit(job, next++));
            }
            int done = 0;
            while (!inFlight.isEmpty()) {
                if (cancelled.get()) {
                    throw new CancellationException("run cancelled after " + done + " of " + jobs + " jobs");
                }
                // deliver before submitting the next job: the window then bounds live results, not just futures
                sink.accept(await(inFlight.removeFirst()));
                done++;
                progress.accept(new Progress(done, jobs, Duration.ofNanos(System.nanoTime() - start)));
                if (next < jobs && !cancelled.get()) {
                    inFlight.add(submit(job, next++));
                }
            }
            if (done < jobs) {
                throw new CancellationException("run cancelled after " + done + " of " + jobs + " jobs");
            }
        } finally {
            for (Future<R> f : inFlight) {
                f.cancel(true);
            }
        }
    }

    private <R> Future<R> submit(IntFunction<R> job, int i) {
        return pool.submit(() -> job.apply(i));
    }

    private static <R> R await(Future<R> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    /**
     * Asks a running batch to stop before its next delivery; jobs not yet started are dropped. Cancellation is
     * final: every later batch on this executor is cancelled too.
     */
    public void cancel() {
        cancelled.set(true);
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
