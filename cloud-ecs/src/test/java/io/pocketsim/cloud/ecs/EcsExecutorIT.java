package io.pocketsim.cloud.ecs;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.postprocess.launch.CompletionCheck;
import io.pocketsim.postprocess.launch.LaunchPlan;
import io.pocketsim.postprocess.launch.LaunchProgress;
import io.pocketsim.postprocess.launch.LaunchSummary;
import io.pocketsim.cloud.ecs.testutils.FakeFargate;
import io.pocketsim.cloud.ecs.testutils.MotoAws;
import io.pocketsim.testsupport.MotoServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.DesiredStatus;
import software.amazon.awssdk.services.ecs.model.EcsException;
import software.amazon.awssdk.services.ecs.model.Failure;
import software.amazon.awssdk.services.ecs.model.RunTaskRequest;
import software.amazon.awssdk.services.ecs.model.RunTaskResponse;
import software.amazon.awssdk.services.ecs.model.Task;

/**
 * The ECS executor against moto's ECS through the real EcsClient; {@link FakeFargate} plays the containers. The
 * "store" here is a set of complete names the fake task command fills; the CLI tests run the real task command.
 */
@Timeout(60)
class EcsExecutorIT {
    private static MotoServer moto;
    private EcsClient ecs;
    private MotoAws.Network net;
    private FakeFargate fargate;
    private final Set<String> complete = ConcurrentHashMap.newKeySet();
    private final List<RunTaskRequest> runTaskCalls = new CopyOnWriteArrayList<>();
    private final StringWriter log = new StringWriter();

    private final CompletionCheck check = names -> {
        Set<String> out = new LinkedHashSet<>(names);
        out.removeAll(complete);
        return out;
    };

    @BeforeAll
    static void startMoto() {
        moto = MotoServer.start();
    }

    @AfterAll
    static void stopMoto() {
        if (moto != null) {
            moto.close();
        }
    }

    @BeforeEach
    void setUp() {
        moto.reset();
        moto.holdState("ecs::task");
        ecs = MotoAws.ecs(moto);
        MotoEcs.setUp(ecs);
        net = MotoAws.Network.of(moto);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        ecs.close();
        if (fargate != null) {
            fargate.close();
            assertThat(fargate.error()).as("fake runtime error").isNull();
        }
    }

    private static List<String> names(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "g_" + i).toList();
    }

    /** The fake task command: marks its experiments complete (after a short pause, so tasks overlap). */
    private int task(List<String> args) {
        try {
            Thread.sleep(60);
        } catch (InterruptedException e) {
            return 130;
        }
        complete.addAll(args.subList(3, args.size()));
        return 0;
    }

    private LaunchPlan plan(List<String> names, int perTask, int attempts) {
        return LaunchPlan.of(names, perTask, attempts, e -> {
            List<String> args = new ArrayList<>(List.of("task", "--out", "s3://bucket/grid"));
            args.addAll(e);
            return args;
        }, check);
    }

    private EcsExecutor executor(EcsClient client, EcsSettings settings) {
        return new EcsExecutor(client, settings, Launches.startedBy("s3://bucket/grid"), "L1", Duration.ofMillis(20));
    }

    private LaunchSummary launch(LaunchPlan plan, int cap, Duration timeout, ExecutionInterceptor... faults)
            throws InterruptedException {
        List<ExecutionInterceptor> all = new ArrayList<>(List.of(faults));
        all.add(0, new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution c, ExecutionAttributes a) {
                if (c.request() instanceof RunTaskRequest r) {
                    runTaskCalls.add(r);
                }
            }
        });
        try (EcsClient launcher = MotoAws.ecs(moto, all.toArray(ExecutionInterceptor[]::new))) {
            return executor(launcher, MotoEcs.settings(net, cap, timeout))
                    .execute(plan, new LaunchProgress(new PrintWriter(log), false, plan.experiments()));
        }
    }

    private List<Task> allTasks() {
        List<String> arns = new ArrayList<>();
        for (DesiredStatus s : List.of(DesiredStatus.RUNNING, DesiredStatus.STOPPED)) {
            arns.addAll(ecs.listTasksPaginator(b -> b.cluster(MotoEcs.CLUSTER).desiredStatus(s)).taskArns()
                    .stream().toList());
        }
        return arns.isEmpty() ? List.of() : ecs.describeTasks(b -> b.cluster(MotoEcs.CLUSTER).tasks(arns)).tasks();
    }

    @Test
    void runsEveryChunkOnceWithinTheCapAndAtMostTenTasksPerCall() throws InterruptedException {
        fargate = new FakeFargate(ecs, MotoEcs.CLUSTER, this::task, (n, cmd) -> FakeFargate.Behaviour.run());
        LaunchPlan plan = plan(names(23), 2, 3);

        LaunchSummary s = launch(plan, 3, Duration.ofSeconds(60));

        assertThat(s.allComplete()).as(log.toString()).isTrue();
        assertThat(complete).containsExactlyInAnyOrderElementsOf(names(23));
        assertThat(runTaskCalls).hasSize(12).allSatisfy(r -> {
            assertThat(r.count()).isLessThanOrEqualTo(10);
            assertThat(r.startedBy()).isEqualTo(Launches.startedBy("s3://bucket/grid"));
            assertThat(r.clientToken()).startsWith("L1-c");
            assertThat(r.tags()).anySatisfy(t -> assertThat(t.key()).isEqualTo(EcsExecutor.LAUNCH_TAG));
        });
        assertThat(runTaskCalls).extracting(RunTaskRequest::clientToken).doesNotHaveDuplicates();
        // moto's own records: 12 tasks, every one stopped, never more than 3 running at once
        List<Task> tasks = allTasks();
        assertThat(tasks).hasSize(12).allSatisfy(t -> assertThat(t.lastStatus()).isEqualTo("STOPPED"));
        assertThat(fargate.maxRunning()).isBetween(1, 3);
        assertThat(fargate.commands()).extracting(c -> c.size() - 3)
                .containsExactly(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1);
    }

    @Test
    void aTaskFailingOnceHasItsExperimentsRunAgain() throws InterruptedException {
        fargate = new FakeFargate(ecs, MotoEcs.CLUSTER, this::task, (n, cmd) -> n == 1
                ? FakeFargate.Behaviour.failAtStart("CannotPullContainerError: pull image manifest has been retried")
                : FakeFargate.Behaviour.run());

        LaunchSummary s = launch(plan(names(4), 2, 3), 2, Duration.ofSeconds(60));

        assertThat(s.allComplete()).as(log.toString()).isTrue();
        assertThat(s.attempts()).isEqualTo(3);
        assertThat(log.toString()).contains("CannotPullContainerError").contains("queued for attempt 2");
    }

    @Test
    void aChunkFailingEveryAttemptIsReportedWithItsReasonAndLogStream() throws InterruptedException {
        // tasks holding g_3 write the experiments before it and then die of memory
        fargate = new FakeFargate(ecs, MotoEcs.CLUSTER, this::task, (n, cmd) -> cmd.contains("g_3")
                ? FakeFargate.Behaviour.runThenFail(c -> c.subList(0, c.indexOf("g_3")),
                "OutOfMemoryError: Container killed due to memory usage")
                : FakeFargate.Behaviour.run());

        LaunchSummary s = launch(plan(names(6), 3, 2), 4, Duration.ofSeconds(60));

        assertThat(s.failed()).containsOnlyKeys("g_3");
        assertThat(s.failed().get("g_3")).contains("chunk 1/2 attempt 2").contains("OutOfMemoryError")
                .contains("log stream pocketsim/pocket/");
        assertThat(complete).containsExactlyInAnyOrder("g_1", "g_2", "g_4", "g_5", "g_6");
        assertThat(s.render()).contains("5/6 experiment(s) complete, 1 failed");
    }

    @Test
    void aHungTaskIsStoppedAtTheTimeoutAndItsChunkRetried() throws InterruptedException {
        fargate = new FakeFargate(ecs, MotoEcs.CLUSTER, this::task, (n, cmd) -> n == 1
                ? FakeFargate.Behaviour.hang() : FakeFargate.Behaviour.run());

        LaunchSummary s = launch(plan(names(2), 2, 2), 2, Duration.ofMillis(700));

        assertThat(s.allComplete()).as(log.toString()).isTrue();
        assertThat(allTasks()).anySatisfy(t -> assertThat(t.stoppedReason()).contains("task timeout"));
        assertThat(log.toString()).contains("timed out after");
    }

    @Test
    void throttlingIsRetriedAndRunTaskFailuresAreQueuedAgainWithoutDuplicates() throws InterruptedException {
        fargate = new FakeFargate(ecs, MotoEcs.CLUSTER, this::task, (n, cmd) -> FakeFargate.Behaviour.run());
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger throttled = new AtomicInteger();
        ExecutionInterceptor faults = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution c, ExecutionAttributes a) {
                if (c.request() instanceof RunTaskRequest) {
                    int n = calls.incrementAndGet();
                    if (n <= 2) {
                        throttled.incrementAndGet();
                        throw EcsException.builder().statusCode(400).awsErrorDetails(AwsErrorDetails.builder()
                                .errorCode("ThrottlingException").errorMessage("Rate exceeded").build()).build();
                    }
                }
            }

            @Override
            public SdkRequest modifyRequest(Context.ModifyRequest c, ExecutionAttributes a) {
                // the third call is refused for capacity: nothing starts (count 0), and the answer lists a failure
                if (c.request() instanceof RunTaskRequest r && calls.get() == 3) {
                    return r.toBuilder().count(0).build();
                }
                return c.request();
            }

            @Override
            public SdkResponse modifyResponse(Context.ModifyResponse c, ExecutionAttributes a) {
                if (c.response() instanceof RunTaskResponse r && calls.get() == 3) {
                    return r.toBuilder().tasks(List.of()).failures(Failure.builder().reason("RESOURCE:FARGATE")
                            .detail("capacity is unavailable at this time").build()).build();
                }
                return c.response();
            }
        };

        LaunchSummary s = launch(plan(names(3), 1, 1), 3, Duration.ofSeconds(60), faults);

        assertThat(s.allComplete()).as(log.toString()).isTrue();
        assertThat(throttled).hasValue(2);
        assertThat(s.relaunches()).isEqualTo(1);
        assertThat(log.toString()).contains("RESOURCE:FARGATE");
        // three chunks, three tasks: neither the throttled calls nor the refused one started a task
        assertThat(allTasks()).hasSize(3);
        assertThat(fargate.commands()).extracting(c -> c.get(3)).containsExactlyInAnyOrder("g_1", "g_2", "g_3");
    }

    @Test
    void aNewLaunchWaitsForTheTasksAKilledLaunchLeftRunningThenRunsOnlyWhatIsLeft() throws Exception {
        AtomicInteger started = new AtomicInteger();
        fargate = new FakeFargate(ecs, MotoEcs.CLUSTER, args -> {
            started.incrementAndGet();
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                return 130;
            }
            return task(args);
        }, (n, cmd) -> FakeFargate.Behaviour.run());
        List<String> all = names(6);
        Thread first = new Thread(() -> {
            try {
                launch(plan(all, 2, 3), 2, Duration.ofSeconds(60));
            } catch (InterruptedException e) {
                // the launcher is killed
            } catch (RuntimeException e) {
                log.write("first launcher failed: " + e);
            }
        });
        first.start();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (started.get() < 2) {
            assertThat(System.nanoTime()).as("tasks started: " + log + fargate.error()).isLessThan(deadline);
            Thread.sleep(10);
        }
        first.interrupt();
        first.join();
        assertThat(complete).isEmpty();

        try (EcsClient launcher = MotoAws.ecs(moto)) {
            EcsExecutor second = executor(launcher, MotoEcs.settings(net, 2, Duration.ofSeconds(60)));
            LaunchProgress progress = new LaunchProgress(new PrintWriter(log), false, 6);
            second.awaitEarlier(progress);
            // the earlier tasks finished their chunks; plan from the store again
            List<String> left = new ArrayList<>(check.incomplete(all));
            assertThat(left).containsExactly("g_5", "g_6");
            LaunchSummary s = second.execute(plan(left, 2, 3), progress);
            assertThat(s.allComplete()).isTrue();
        }
        assertThat(log.toString()).contains("of an earlier launch on this store are still running");
        assertThat(fargate.commands()).hasSize(3);
        assertThat(Collections.frequency(fargate.commands().stream().flatMap(List::stream).toList(), "g_1")).isOne();
    }
}
