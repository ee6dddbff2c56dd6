package io.pocketsim.cloud.ecs.testutils;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.DesiredStatus;
import software.amazon.awssdk.services.ecs.model.Task;

/**
 * A test-only container runtime for moto's ECS, which records tasks but runs no containers: it polls moto for the
 * cluster's RUNNING tasks, runs each new task's command override through a given in-process command, and stops the
 * task (StopTask) when the command ends, with a reason that carries a non-zero exit code (moto reports exit code 0 for
 * every container). A policy can make a task fail at start, run an altered command (e.g. only part of its list) and
 * fail, or hang. It also records the most RUNNING tasks it ever saw at once, from moto's own listing.
 */
public final class FakeFargate implements AutoCloseable {
    /** What the runtime does with a task. */
    public record Behaviour(Kind kind, UnaryOperator<List<String>> alter, String reason) {
        /** Runs the command; stops the task when it ends. */
        public static Behaviour run() {
            return new Behaviour(Kind.RUN, UnaryOperator.identity(), null);
        }

        /** Stops the task without running anything (e.g. an image pull failure). */
        public static Behaviour failAtStart(String reason) {
            return new Behaviour(Kind.FAIL_AT_START, UnaryOperator.identity(), reason);
        }

        /** Runs an altered command (e.g. part of the list), then stops the task with the reason. */
        public static Behaviour runThenFail(UnaryOperator<List<String>> alter, String reason) {
            return new Behaviour(Kind.RUN_THEN_FAIL, alter, reason);
        }

        /** Leaves the task RUNNING for ever. */
        public static Behaviour hang() {
            return new Behaviour(Kind.HANG, UnaryOperator.identity(), null);
        }
    }

    /** The kinds of behaviour. */
    public enum Kind { RUN, FAIL_AT_START, RUN_THEN_FAIL, HANG }

    /** Decides a task's behaviour from its number (1 for the first task seen) and command override. */
    @FunctionalInterface
    public interface Policy {
        Behaviour decide(int taskNumber, List<String> command);
    }

    private final EcsClient ecs;
    private final String cluster;
    private final Function<List<String>, Integer> command;
    private final Policy policy;
    private final Set<String> seen = new HashSet<>();
    private final List<List<String>> commands = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger maxRunning = new AtomicInteger();
    private final ExecutorService containers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-fargate-container");
        t.setDaemon(true);
        return t;
    });
    private final Thread poller;
    private volatile boolean closed;
    private volatile Throwable error;

    /**
     * Starts polling.
     *
     * @param command runs a task's command override in-process and returns its exit code
     */
    public FakeFargate(EcsClient ecs, String cluster, Function<List<String>, Integer> command, Policy policy) {
        this.ecs = ecs;
        this.cluster = cluster;
        this.command = command;
        this.policy = policy;
        this.poller = new Thread(this::poll, "fake-fargate-poller");
        poller.setDaemon(true);
        poller.start();
    }

    /** The most tasks moto listed as RUNNING at one time. */
    public int maxRunning() {
        return maxRunning.get();
    }

    /** The command overrides of every task seen, in the order seen. */
    public List<List<String>> commands() {
        synchronized (commands) {
            return List.copyOf(commands);
        }
    }

    /** The first error the poller met, if any (tests assert there was none). */
    public Throwable error() {
        return error;
    }

    private void poll() {
        while (!closed) {
            try {
                List<String> arns = ecs.listTasksPaginator(b -> b.cluster(cluster).desiredStatus(DesiredStatus.RUNNING))
                        .taskArns().stream().toList();
                maxRunning.accumulateAndGet(arns.size(), Math::max);
                List<String> fresh = arns.stream().filter(seen::add).toList();
                if (!fresh.isEmpty()) {
                    for (Task t : ecs.describeTasks(b -> b.cluster(cluster).tasks(fresh)).tasks()) {
                        start(t);
                    }
                }
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!closed && error == null) {
                    error = e;
                }
            }
        }
    }

    private void start(Task t) {
        List<String> cmd = t.overrides().containerOverrides().get(0).command();
        commands.add(cmd);
        Behaviour b = policy.decide(commands.size(), cmd);
        switch (b.kind()) {
            case HANG -> {
            }
            case FAIL_AT_START -> stop(t.taskArn(), b.reason());
            case RUN, RUN_THEN_FAIL -> containers.submit(() -> {
                int code;
                try {
                    code = command.apply(b.alter().apply(cmd));
                } catch (RuntimeException e) {
                    code = 1;
                }
                String reason = b.kind() == Kind.RUN_THEN_FAIL ? b.reason()
                        : "Essential container in task exited" + (code == 0 ? "" : " (exit code " + code + ")");
                stop(t.taskArn(), reason);
            });
        }
    }

    private void stop(String arn, String reason) {
        if (!closed) {
            ecs.stopTask(b -> b.cluster(cluster).task(arn).reason(reason));
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        poller.interrupt();
        poller.join(5000);
        containers.shutdownNow();
        containers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
