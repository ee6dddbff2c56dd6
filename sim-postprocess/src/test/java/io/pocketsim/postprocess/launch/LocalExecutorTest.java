package io.pocketsim.postprocess.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The shared retry rules, driven through the local executor with a scripted task runner. */
class LocalExecutorTest {
    private final Set<String> complete = new HashSet<>();
    private final List<List<String>> commands = new ArrayList<>();
    private final StringWriter log = new StringWriter();

    private final CompletionCheck check = (Collection<String> names) -> {
        Set<String> out = new LinkedHashSet<>(names);
        out.removeAll(complete);
        return out;
    };

    private static List<String> names(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "g_" + i).toList();
    }

    private LaunchSummary launch(int n, int perTask, int attempts, LocalExecutor.TaskRunner runner)
            throws InterruptedException {
        LaunchPlan plan = LaunchPlan.of(names(n), perTask, attempts, e -> {
            List<String> args = new ArrayList<>(List.of("task", "--out", "x"));
            args.addAll(e);
            return args;
        }, check);
        return new LocalExecutor(args -> {
            commands.add(args);
            return runner.run(args);
        }).execute(plan, new LaunchProgress(new PrintWriter(log), false, plan.experiments()));
    }

    @Test
    void runsEveryChunkOnceWhenTasksSucceed() throws InterruptedException {
        LaunchSummary s = launch(7, 3, 3, args -> {
            complete.addAll(args.subList(3, args.size()));
            return 0;
        });
        assertThat(commands).extracting(List::size).containsExactly(6, 5, 5);
        assertThat(s.allComplete()).isTrue();
        assertThat(s.attempts()).isEqualTo(3);
        assertThat(s.failed()).isEmpty();
    }

    @Test
    void retriesOnlyTheIncompleteExperimentsOfAFailedTask() throws InterruptedException {
        // the first task writes one of its three experiments and dies
        LaunchSummary s = launch(3, 3, 3, args -> {
            List<String> mine = args.subList(3, args.size());
            if (commands.size() == 1) {
                complete.add(mine.get(0));
                return 137;
            }
            complete.addAll(mine);
            return 0;
        });
        assertThat(commands.get(1)).containsExactly("task", "--out", "x", "g_2", "g_3");
        assertThat(s.allComplete()).isTrue();
        assertThat(s.attempts()).isEqualTo(2);
        assertThat(log.toString()).contains("exit code 137").contains("queued for attempt 2");
    }

    @Test
    void exitZeroWithIncompleteExperimentsIsAFailureBecauseTheStoreIsTheTruth() throws InterruptedException {
        LaunchSummary s = launch(2, 2, 2, args -> 0);
        assertThat(commands).hasSize(2);
        assertThat(s.complete()).isZero();
        assertThat(s.failed()).containsOnlyKeys("g_1", "g_2");
        assertThat(s.failed().get("g_1")).isEqualTo("chunk 1/1 attempt 2: exit code 0");
        assertThat(s.render()).contains("0/2 experiment(s) complete, 2 failed").contains("failed: g_1: chunk 1/1");
    }

    @Test
    void aRunnerExceptionIsATaskFailureNotACrash() throws InterruptedException {
        LaunchSummary s = launch(1, 1, 1, args -> {
            throw new IllegalStateException("disk full");
        });
        assertThat(s.failed().get("g_1")).contains("disk full");
    }

    @Test
    void anEmptyPlanRunsNothing() throws InterruptedException {
        complete.addAll(names(4));
        LaunchPlan plan = LaunchPlan.of(List.of(), 20, 3, List::copyOf, check);
        LaunchSummary s = new LocalExecutor(args -> {
            throw new AssertionError("nothing should run");
        }).execute(plan, new LaunchProgress(new PrintWriter(log), false, 0));
        assertThat(s.allComplete()).isTrue();
        assertThat(s.attempts()).isZero();
    }
}
