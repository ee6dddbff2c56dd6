package io.pocketsim.postprocess.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pocketsim.core.engine.MonteCarloExecutor;
import io.pocketsim.core.engine.RunResult;
import io.pocketsim.postprocess.result.ExperimentMetadata;
import io.pocketsim.postprocess.result.Manifest;
import io.pocketsim.postprocess.store.ResultState;
import io.pocketsim.postprocess.store.WriteMode;
import io.pocketsim.postprocess.store.testutils.InMemoryResultStore;
import io.pocketsim.postprocess.store.testutils.ToyRuns;
import org.junit.jupiter.api.Test;

class ExperimentSinkTest {
    private static final int POINTS = 4;
    private static final int RUNS = 3;

    private static ExperimentMetadata point(int p) {
        return ToyRuns.gridPoint("grid_ag1_", p, RUNS, 2);
    }

    /** Job j of the grid batch is run (j % RUNS) + 1 of point (j / RUNS) + 1. */
    private static RunResult job(int j) {
        return ToyRuns.run(point(j / RUNS + 1), j % RUNS + 1);
    }

    @Test
    void shouldWriteEveryPointOfAGridBatchAsItsOwnExperiment() throws InterruptedException {
        InMemoryResultStore store = new InMemoryResultStore();

        try (MonteCarloExecutor executor = new MonteCarloExecutor(2);
             ExperimentSink sink = new ExperimentSink(store, r -> point(r.identity().pointIndex()),
                     WriteMode.CREATE)) {
            executor.run(POINTS * RUNS, ExperimentSinkTest::job, sink, p -> { });

            assertThat(sink.committed()).extracting(Manifest::experiment)
                    .containsExactly("grid_ag1_1", "grid_ag1_2", "grid_ag1_3", "grid_ag1_4");
        }
        assertThat(store.list("grid_ag1_")).hasSize(POINTS);
        for (int p = 1; p <= POINTS; p++) {
            assertThat(store.status("grid_ag1_" + p).state()).isEqualTo(ResultState.COMPLETE);
            assertThat(KpiTables.read(store, "grid_ag1_" + p).numbers("param_fee")).containsOnly(p * 0.5);
        }
    }

    @Test
    void shouldLeaveTheUnfinishedPointIncompleteWhenTheBatchStops() {
        InMemoryResultStore store = new InMemoryResultStore();

        try (ExperimentSink sink = new ExperimentSink(store, r -> point(r.identity().pointIndex()),
                WriteMode.CREATE)) {
            for (int j = 0; j < RUNS + 1; j++) {
                sink.accept(job(j));
            }
        }

        assertThat(store.status("grid_ag1_1").state()).isEqualTo(ResultState.COMPLETE);
        assertThat(store.status("grid_ag1_2").state()).isNotEqualTo(ResultState.COMPLETE);
        assertThat(store.list("")).containsExactly("grid_ag1_1");
    }

    @Test
    void shouldRefuseARunOfAnotherPointBeforeTheCurrentOneIsComplete() {
        InMemoryResultStore store = new InMemoryResultStore();
        try (ExperimentSink sink = new ExperimentSink(store, r -> point(r.identity().pointIndex()),
                WriteMode.CREATE)) {
            sink.accept(job(0));

            assertThatThrownBy(() -> sink.accept(job(RUNS))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("\"grid_ag1_1\" has 1 of 3 runs");
        }
    }
}
