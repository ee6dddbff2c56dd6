package io.pocketsim.postprocess.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pocketsim.core.random.RunIdentity;
import io.pocketsim.experiments.catalog.RunUnit;
import io.pocketsim.postprocess.store.WriteMode;
import io.pocketsim.postprocess.store.testutils.InMemoryResultStore;
import io.pocketsim.postprocess.store.testutils.ToyRuns;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompleteExperimentsTest {
    private InMemoryResultStore store;
    private List<RunUnit> grid;

    @BeforeEach
    void storeTwoOfThreePoints() {
        store = new InMemoryResultStore();
        grid = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            String name = "grid_ag1_" + p;
            grid.add(new RunUnit(name, new RunIdentity(name, 1, 0), "toy",
                    ToyRuns.parameters().with("fee", p * 0.5), "Base", 2, 4));
            if (p != 2) {
                ToyRuns.write(store, ToyRuns.gridPoint("grid_ag1_", p, 2, 4), WriteMode.CREATE);
            }
        }
    }

    @Test
    void shouldRefuseMissingPointsUnlessPartialIsAllowed() {
        assertThatThrownBy(() -> CompleteExperiments.select("grid_ag1_", grid, store, "mem", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("1 of 3 experiment(s) of grid_ag1_ are not complete in mem (first: grid_ag1_2); run them"
                        + " first, or pass --partial to write the 2 complete");

        CompleteExperiments selected = CompleteExperiments.select("grid_ag1_", grid, store, "mem", true);

        assertThat(selected.complete()).containsExactly("grid_ag1_1", "grid_ag1_3");
        assertThat(selected.missing()).containsExactly("grid_ag1_2");
    }

    @Test
    void shouldRefusePointsStoredFromOtherParametersThanTheGridDefines() {
        List<RunUnit> edited = new ArrayList<>(grid);
        RunUnit first = grid.get(0);
        edited.set(0, new RunUnit(first.name(), first.seed(), first.model(), first.parameters().with("fee", 9.0),
                first.stateSet(), first.runs(), first.days()));

        assertThatThrownBy(() -> CompleteExperiments.select("grid_ag1_", edited, store, "mem", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("grid_ag1_: 1 stored point(s) were made from other parameters than the grid "
                        + "defines: grid_ag1_1 (fee)");
    }
}
