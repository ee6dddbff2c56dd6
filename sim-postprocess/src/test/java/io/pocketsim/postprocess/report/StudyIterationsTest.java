package io.pocketsim.postprocess.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.postprocess.store.WriteMode;
import io.pocketsim.postprocess.store.testutils.InMemoryResultStore;
import io.pocketsim.postprocess.store.testutils.ToyRuns;
import org.junit.jupiter.api.Test;

/** A family's iterations are found in the store by name, in numeric order, and nothing of other families. */
class StudyIterationsTest {
    @Test
    void shouldGroupTheFamilysGridPointsByIterationInNumericOrder() {
        InMemoryResultStore store = new InMemoryResultStore();
        for (String grid : new String[]{"fam_ag10_", "fam_ag2_", "fam_ag1_", "fam_agx_", "family_ag1_", "fa_ag1_"}) {
            for (int p = 1; p <= 2; p++) {
                ToyRuns.write(store, ToyRuns.gridPoint(grid, p, 1, 2), WriteMode.CREATE);
            }
        }
        ToyRuns.write(store, ToyRuns.metadata("fam_ag3", 1, 2), WriteMode.CREATE);
        StudyIterations s = StudyIterations.fromStore(store, "fam");
        assertThat(s.iterations()).extracting(StudyIterations.Iteration::k).containsExactly(1, 2, 10);
        assertThat(s.iterations()).extracting(StudyIterations.Iteration::grid)
                .containsExactly("fam_ag1_", "fam_ag2_", "fam_ag10_");
        assertThat(s.iterations().get(2).experiments()).containsExactly("fam_ag10_1", "fam_ag10_2");
        assertThat(StudyIterations.fromStore(store, "nobody").iterations()).isEmpty();
    }
}
