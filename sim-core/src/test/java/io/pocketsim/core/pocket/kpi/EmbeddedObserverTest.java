package io.pocketsim.core.pocket.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.core.engine.Observers;
import io.pocketsim.core.engine.RunMetrics;
import io.pocketsim.core.engine.RunObserver;
import io.pocketsim.core.engine.RunResult;
import io.pocketsim.core.engine.RunSpec;
import io.pocketsim.core.engine.Simulation;
import io.pocketsim.core.pocket.PocketModel;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.oracle.ParametricReturnSource;
import io.pocketsim.core.pocket.parameters.PocketParameterSpace;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.random.RunIdentity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An application embedding the engine attaches its own observer beside (or instead of) the Pocket defaults. */
class EmbeddedObserverTest {
    private static final PocketModel MODEL = new PocketModel(ParametricReturnSource.pokt());
    private static final PocketRunParameters PARAMS = MODEL.parameters(PocketParameterSpace.namedSet("Base"));

    /** The embedding app's observer: the timesteps it saw, the floating supply it read each day, its finishes. */
    private static final class SupplyWatcher implements RunObserver<PocketState, PocketRunParameters> {
        final List<Integer> timesteps = new ArrayList<>();
        final List<Double> supply = new ArrayList<>();
        final List<RunIdentity> runs = new ArrayList<>();
        int finished;

        @Override
        public Observation<PocketState> begin(RunIdentity identity, PocketRunParameters params, int days) {
            runs.add(identity);
            return new Observation<>() {
                @Override
                public void handleStep(int timestep, PocketState state) {
                    timesteps.add(timestep);
                    supply.add(state.floatingSupply());
                }

                @Override
                public void finish(PocketState state) {
                    finished++;
                }
            };
        }
    }

    private static RunResult run(Observers<PocketState, PocketRunParameters> observers, int days, long seed) {
        return new Simulation<>(MODEL, observers).run(new RunSpec<>(new RunIdentity("embedded", 1, 1), PARAMS,
                "Base", days, seed));
    }

    @ParameterizedTest
    @ValueSource(longs = {3L, 17L, 2024L})
    void ownObserverSeesEveryTimestepBesideTheDefaultsAndChangesNothing(long seed) {
        int days = 20;
        SupplyWatcher watcher = new SupplyWatcher();

        RunResult watched = run(PocketObservers.standard().with(watcher), days, seed);
        RunResult plain = run(PocketObservers.standard(), days, seed);

        assertThat(watcher.runs).containsExactly(new RunIdentity("embedded", 1, 1));
        assertThat(watcher.timesteps).hasSize(days + 1);
        for (int t = 0; t <= days; t++) {
            assertThat(watcher.timesteps.get(t)).isEqualTo(t);
            // the observer reads the live state right after the recorder took that day's row
            assertThat(watcher.supply.get(t)).isEqualTo(watched.value(t, "floating_supply"));
            assertThat(Arrays.equals(watched.rows()[t], plain.rows()[t])).as("row %d", t).isTrue();
        }
        assertThat(watcher.finished).isEqualTo(1);
        assertThat(watched.metricColumns()).isEqualTo(PocketKpis.COLUMNS);
        assertThat(Arrays.equals(watched.metrics(), plain.metrics())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {5L, 99L})
    void detachingTheDefaultRecorderLeavesNoTimeSeries(long seed) {
        int days = 10;
        SupplyWatcher watcher = new SupplyWatcher();

        RunResult r = run(PocketObservers.standard().withoutRecorder().withMetrics(RunMetrics.none()).with(watcher),
                days, seed);
        RunResult recorded = run(PocketObservers.standard(), days, seed);

        assertThat(r.columns()).isEmpty();
        assertThat(r.rows()).hasNumberOfRows(days + 1);
        assertThat(Arrays.stream(r.rows()).mapToInt(row -> row.length).sum()).as("recorded values").isZero();
        assertThat(r.metricColumns()).isEmpty();
        assertThat(r.metrics()).isEmpty();
        // the run itself does not depend on what is attached: the app still sees the same days
        assertThat(watcher.timesteps).hasSize(days + 1);
        assertThat(watcher.supply.get(days)).isEqualTo(recorded.value(days, "floating_supply"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void simulationWithNothingAttachedRecordsNothing(int days) {
        RunResult r = new Simulation<>(MODEL).run(new RunSpec<>(new RunIdentity("bare", 1, 1), PARAMS, "Base",
                days, 1L));
        assertThat(r.columns()).isEmpty();
        assertThat(r.rows()).hasNumberOfRows(days + 1);
        assertThat(r.metrics()).isEmpty();
    }
}
