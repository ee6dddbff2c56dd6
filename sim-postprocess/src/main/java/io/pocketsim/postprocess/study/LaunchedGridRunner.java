package io.pocketsim.postprocess.study;

import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.catalog.RunUnit;
import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.postprocess.launch.LaunchPlan;
import io.pocketsim.postprocess.launch.Launcher;
import io.pocketsim.postprocess.launch.LaunchSummary;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs a study's grid through the launch seam with the {@link Launcher} {@code launch} uses: the grid's incomplete
 * points are cut into tasks and run on its executor (this machine or ECS), failed tasks' incomplete experiments
 * retried. A grid with experiments that failed every attempt stops the study (nothing is scored from a partial
 * grid); running the study again retries them.
 */
public final class LaunchedGridRunner implements Study.GridRunner {
    /** The task command (arguments after the program) that runs the named experiments of a grid. */
    @FunctionalInterface
    public interface TaskArguments {
        List<String> of(Grid grid, List<String> experiments);
    }

    private final Launcher launcher;
    private final TaskArguments arguments;
    private final Supplier<String> where;

    /**
     * A runner.
     *
     * @param launcher  plans a grid's incomplete points and runs them on the executor
     * @param arguments each task's command
     * @param where     the executor's name, for messages
     */
    public LaunchedGridRunner(Launcher launcher, TaskArguments arguments, Supplier<String> where) {
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.arguments = Objects.requireNonNull(arguments, "arguments");
        this.where = Objects.requireNonNull(where, "where");
    }

    @Override
    public Study.RunSummary run(Grid grid) throws InterruptedException {
        List<RunUnit> units = ExperimentCatalog.units(grid);
        LaunchPlan plan = launcher.plan(units, names -> arguments.of(grid, names));
        if (plan.isEmpty()) {
            return new Study.RunSummary(0, units.size(), 0);
        }
        LaunchSummary summary = launcher.execute(plan);
        if (!summary.allComplete()) {
            throw new IllegalStateException("grid " + grid.name() + " on " + where.get() + ": "
                    + summary.render().strip().replace('\n', ';'));
        }
        Set<String> ran = new HashSet<>();
        plan.chunks().forEach(ran::addAll);
        long runs = units.stream().filter(u -> ran.contains(u.name())).mapToLong(RunUnit::runs).sum();
        return new Study.RunSummary(ran.size(), units.size() - ran.size(), runs);
    }
}
