package io.pocketsim.postprocess.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.catalog.RunUnit;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Plan and execute as launch and a study's launched grids share them: only the pending units, chunked, run once. */
class LauncherTest {
    private final Set<String> complete = new HashSet<>();
    private final List<List<String>> commands = new ArrayList<>();
    private final List<Integer> progressSizes = new ArrayList<>();

    private Launcher launcher() {
        LocalExecutor executor = new LocalExecutor(args -> {
            commands.add(args);
            complete.addAll(args);
            return 0;
        });
        CompletionCheck check = names -> {
            Set<String> out = new LinkedHashSet<>(names);
            out.removeAll(complete);
            return out;
        };
        return new Launcher(executor, units -> units.stream().map(RunUnit::name).filter(n -> !complete.contains(n))
                .toList(), check, 3, 2, n -> {
                    progressSizes.add(n);
                    return new LaunchProgress(new PrintWriter(new StringWriter()), false, n);
                });
    }

    private static List<RunUnit> units(int n) {
        ExperimentCatalog catalog = ExperimentCatalog.load();
        return ExperimentCatalog.units(catalog.grids().get(0)).subList(0, n);
    }

    @Test
    void plansOnlyThePendingUnitsInChunksAndRunsThem() throws InterruptedException {
        List<RunUnit> units = units(7);
        complete.add(units.get(0).name());
        Launcher launcher = launcher();

        LaunchPlan plan = launcher.plan(units, List::copyOf);
        assertThat(plan.experiments()).isEqualTo(6);
        assertThat(plan.chunks()).extracting(List::size).containsExactly(3, 3);
        assertThat(plan.maxAttempts()).isEqualTo(2);

        LaunchSummary summary = launcher.execute(plan);
        assertThat(summary.allComplete()).isTrue();
        assertThat(commands).hasSize(2);
        assertThat(progressSizes).containsExactly(6);
        assertThat(launcher.plan(units, List::copyOf).isEmpty()).isTrue();
    }
}
