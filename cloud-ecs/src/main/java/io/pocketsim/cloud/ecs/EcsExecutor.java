package io.pocketsim.cloud.ecs;

import io.pocketsim.postprocess.launch.AttemptLedger;
import io.pocketsim.postprocess.launch.ChunkRun;
import io.pocketsim.postprocess.launch.GridExecutor;
import io.pocketsim.postprocess.launch.LaunchPlan;
import io.pocketsim.postprocess.launch.LaunchProgress;
import io.pocketsim.postprocess.launch.LaunchSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.AssignPublicIp;
import software.amazon.awssdk.services.ecs.model.AwsVpcConfiguration;
import software.amazon.awssdk.services.ecs.model.CapacityProviderStrategyItem;
import software.amazon.awssdk.services.ecs.model.Container;
import software.amazon.awssdk.services.ecs.model.ContainerOverride;
import software.amazon.awssdk.services.ecs.model.DesiredStatus;
import software.amazon.awssdk.services.ecs.model.Failure;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.NetworkConfiguration;
import software.amazon.awssdk.services.ecs.model.RunTaskRequest;
import software.amazon.awssdk.services.ecs.model.RunTaskResponse;
import software.amazon.awssdk.services.ecs.model.Tag;
import software.amazon.awssdk.services.ecs.model.Task;
import software.amazon.awssdk.services.ecs.model.TaskOverride;

/**
 * Runs a launch plan's chunks as ECS Fargate tasks: one RunTask per chunk attempt (count 1, since each chunk has its
 * own command), never more of this launch's tasks running than the cap (counted by ListTasks on {@code startedBy},
 * every page, and by what it launched itself), watching them with DescribeTasks at a backoff interval. When a task
 * stops, the store decides which of its experiments still need to run ({@link AttemptLedger}); a task past the
 * timeout is stopped and counted as failed; RunTask {@code failures} are queued again after a backoff; throttling and
 * 5xx answers are retried with jitter.
 *
 * <p>{@code startedBy} names the result store, not the launch, so a new launch on the same store sees the tasks an
 * earlier (crashed or interrupted) launch left running and waits for them before planning ({@link #awaitEarlier}).
 */
public final class EcsExecutor implements GridExecutor {
    /** Tag naming the launch that started a task. */
    public static final String LAUNCH_TAG = "pocketsim:launch";
    private static final int DESCRIBE_MAX = 100;

    private final EcsClient ecs;
    private final EcsSettings settings;
    private final String startedBy;
    private final String launchId;
    private final AwsRetry retry = new AwsRetry(8, Duration.ofMillis(200), Duration.ofSeconds(20));
    private final Duration launchBackoffBase;
    private final AwsRetry launchBackoff;

    /**
     * @param startedBy the {@code startedBy} value of this store's tasks (at most 36 characters, see
     *                  {@link Launches#startedBy})
     * @param launchId  this launch's id (tags and client tokens)
     */
    public EcsExecutor(EcsClient ecs, EcsSettings settings, String startedBy, String launchId) {
        this(ecs, settings, startedBy, launchId, Duration.ofSeconds(5));
    }

    EcsExecutor(EcsClient ecs, EcsSettings settings, String startedBy, String launchId, Duration launchBackoffBase) {
        this.ecs = ecs;
        this.settings = settings;
        this.startedBy = startedBy;
        this.launchId = launchId;
        this.launchBackoffBase = launchBackoffBase;
        this.launchBackoff = new AwsRetry(1, launchBackoffBase, launchBackoffBase.multipliedBy(12));
    }

    /** The task ARNs of this store's tasks that are running (or about to), every page. */
    public List<String> ourRunningTasks() throws InterruptedException {
        return retry.call("ListTasks", () -> ecs.listTasksPaginator(b -> b.cluster(settings.cluster())
                .startedBy(startedBy).desiredStatus(DesiredStatus.RUNNING)).taskArns().stream().toList());
    }

    /**
     * Waits until the tasks an earlier launch on the same store left running have stopped (stopping those past the
     * timeout), so that planning afterwards sees their results and nothing runs twice.
     */
    public void awaitEarlier(LaunchProgress progress) throws InterruptedException {
        List<String> earlier = ourRunningTasks();
        if (earlier.isEmpty()) {
            return;
        }
        progress.note(earlier.size() + " task(s) of an earlier launch on this store are still running; waiting for "
                + "them before planning");
        Map<String, Instant> stopping = new LinkedHashMap<>();
        Duration wait = settings.pollMin();
        while (!earlier.isEmpty()) {
            List<String> still = new ArrayList<>();
            for (Task t : describe(earlier)) {
                if ("STOPPED".equals(t.lastStatus())) {
                    progress.note("earlier task " + t.taskArn() + " stopped: " + reason(t, false));
                    continue;
                }
                still.add(t.taskArn());
                Instant started = t.startedAt() != null ? t.startedAt() : t.createdAt();
                if (started != null && !stopping.containsKey(t.taskArn())
                        && Duration.between(started, Instant.now()).compareTo(settings.timeout()) > 0) {
                    stop(t.taskArn(), "pocketsim: ran past the task timeout " + settings.timeout());
                    stopping.put(t.taskArn(), Instant.now());
                }
            }
            earlier = still;
            if (!earlier.isEmpty()) {
                Thread.sleep(wait.toMillis());
                wait = min(wait.multipliedBy(2), settings.pollMax());
            }
        }
    }

    @Override
    public LaunchSummary execute(LaunchPlan plan, LaunchProgress progress) throws InterruptedException {
        long start = System.nanoTime();
        AttemptLedger ledger = new AttemptLedger(plan);
        int chunks = plan.chunks().size();
        Map<String, Running> running = new LinkedHashMap<>();
        Duration wait = settings.pollMin();
        int refusedInARow = 0;
        Instant launchNotBefore = Instant.MIN;
        while (ledger.waiting() > 0 || !running.isEmpty()) {
            boolean changed = false;
            // launch while there is room
            if (ledger.waiting() > 0 && !Instant.now().isBefore(launchNotBefore)) {
                int listed = ourRunningTasks().size();
                int free = settings.maxConcurrent() - Math.max(listed, running.size());
                while (free > 0 && ledger.waiting() > 0) {
                    ChunkRun run = ledger.poll().orElseThrow();
                    Optional<String> arn = runTask(plan, run, refusedInARow, progress, chunks);
                    if (arn.isEmpty()) {
                        ledger.notStarted(run);
                        refusedInARow++;
                        launchNotBefore = Instant.now().plus(launchBackoff.delay(refusedInARow)
                                .plus(launchBackoffBase));
                        break;
                    }
                    refusedInARow = 0;
                    ledger.started(run);
                    running.put(arn.get(), new Running(run, Instant.now()));
                    progress.started(run, chunks, arn.get());
                    free--;
                    changed = true;
                }
            }
            // watch
            if (!running.isEmpty()) {
                List<Task> described = describe(List.copyOf(running.keySet()));
                // a task ECS no longer knows (long stopped and expired) has ended; the store says what it did
                java.util.Set<String> known = new java.util.HashSet<>();
                described.forEach(t -> known.add(t.taskArn()));
                for (String arn : List.copyOf(running.keySet())) {
                    if (!known.contains(arn)) {
                        Running r = running.remove(arn);
                        String reason = "task no longer known to ECS";
                        progress.ended(r.run, chunks, arn, reason, ledger.finished(r.run, reason));
                        changed = true;
                    }
                }
                for (Task t : described) {
                    Running r = running.get(t.taskArn());
                    if (r == null) {
                        continue;
                    }
                    if ("STOPPED".equals(t.lastStatus())) {
                        running.remove(t.taskArn());
                        String reason = reason(t, r.timedOut);
                        progress.ended(r.run, chunks, t.taskArn(), reason, ledger.finished(r.run, reason));
                        changed = true;
                    } else if (!r.timedOut
                            && Duration.between(r.launched, Instant.now()).compareTo(settings.timeout()) > 0) {
                        stop(t.taskArn(), "pocketsim: ran past the task timeout " + settings.timeout());
                        r.timedOut = true;
                        progress.note(r.run.label(chunks) + ": " + t.taskArn() + " ran past the timeout "
                                + settings.timeout() + "; stopping it");
                    }
                }
            }
            progress.status(ledger.completeCount(), ledger.waiting(), running.size());
            if (ledger.waiting() == 0 && running.isEmpty()) {
                break;
            }
            wait = changed ? settings.pollMin() : min(wait.multipliedBy(2), settings.pollMax());
            Thread.sleep(wait.toMillis());
        }
        return ledger.summary(Duration.ofNanos(System.nanoTime() - start));
    }

    private Optional<String> runTask(LaunchPlan plan, ChunkRun run, int refusals, LaunchProgress progress, int chunks)
            throws InterruptedException {
        RunTaskRequest.Builder b = RunTaskRequest.builder()
                .cluster(settings.cluster())
                .taskDefinition(settings.taskDefinition())
                .count(1)
                .startedBy(startedBy)
                // one token per chunk attempt (and per refused start): a retried call cannot start a second task
                .clientToken(launchId + "-c" + run.chunk() + "-a" + run.attempt() + "-r" + refusals)
                .networkConfiguration(NetworkConfiguration.builder().awsvpcConfiguration(AwsVpcConfiguration.builder()
                        .subnets(settings.subnets()).securityGroups(settings.securityGroups())
                        .assignPublicIp(settings.assignPublicIp() ? AssignPublicIp.ENABLED : AssignPublicIp.DISABLED)
                        .build()).build())
                .overrides(TaskOverride.builder().containerOverrides(ContainerOverride.builder()
                        .name(settings.container())
                        .command(plan.command().arguments(run.experiments()))
                        .build()).build())
                .tags(tags(run));
        if (settings.capacityProviders().isEmpty()) {
            b.launchType(LaunchType.FARGATE);
        } else {
            b.capacityProviderStrategy(settings.capacityProviders().stream().map(EcsSettings::strategyItem)
                    .map(e -> CapacityProviderStrategyItem.builder().capacityProvider(e.getKey()).weight(e.getValue())
                            .build()).toList());
        }
        RunTaskRequest request = b.build();
        RunTaskResponse response = retry.call("RunTask", () -> ecs.runTask(request));
        if (!response.tasks().isEmpty()) {
            return Optional.of(response.tasks().get(0).taskArn());
        }
        List<String> why = new ArrayList<>();
        for (Failure f : response.failures()) {
            why.add(f.reason() + (f.detail() == null ? "" : " (" + f.detail() + ")"));
        }
        progress.note(run.label(chunks) + ": RunTask refused: " + (why.isEmpty() ? "no task and no failure given"
                : String.join("; ", why)) + "; queued again");
        return Optional.empty();
    }

    private List<Tag> tags(ChunkRun run) {
        List<Tag> out = new ArrayList<>();
        settings.tags().forEach((k, v) -> out.add(Tag.builder().key(k).value(v).build()));
        out.add(Tag.builder().key(LAUNCH_TAG).value(launchId).build());
        out.add(Tag.builder().key("pocketsim:chunk").value(Integer.toString(run.chunk())).build());
        out.add(Tag.builder().key("pocketsim:attempt").value(Integer.toString(run.attempt())).build());
        return out;
    }

    private List<Task> describe(List<String> arns) throws InterruptedException {
        List<Task> out = new ArrayList<>(arns.size());
        for (int i = 0; i < arns.size(); i += DESCRIBE_MAX) {
            List<String> part = arns.subList(i, Math.min(arns.size(), i + DESCRIBE_MAX));
            out.addAll(retry.call("DescribeTasks",
                    () -> ecs.describeTasks(b -> b.cluster(settings.cluster()).tasks(part)).tasks()));
        }
        return out;
    }

    private void stop(String arn, String reason) throws InterruptedException {
        retry.call("StopTask", () -> ecs.stopTask(b -> b.cluster(settings.cluster()).task(arn).reason(reason)));
    }

    /** Why a stopped task stopped: its container's exit code, the stop reason, and where its log is. */
    private String reason(Task t, boolean timedOut) {
        List<String> parts = new ArrayList<>();
        if (timedOut) {
            parts.add("timed out after " + settings.timeout());
        }
        for (Container c : t.containers()) {
            if (settings.container().equals(c.name())) {
                if (c.exitCode() != null) {
                    parts.add("exit code " + c.exitCode());
                }
                if (c.reason() != null && !c.reason().isBlank()) {
                    parts.add(c.reason());
                }
            }
        }
        if (t.stoppedReason() != null && !t.stoppedReason().isBlank()) {
            parts.add("stopped: " + t.stoppedReason());
        }
        if (t.stopCodeAsString() != null) {
            parts.add(t.stopCodeAsString());
        }
        settings.logStream(t.taskArn()).ifPresent(s -> parts.add("log stream " + s));
        return parts.isEmpty() ? "stopped" : String.join(", ", parts);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static final class Running {
        final ChunkRun run;
        final Instant launched;
        boolean timedOut;

        Running(ChunkRun run, Instant launched) {
            this.run = run;
            this.launched = launched;
        }
    }
}
