package io.pocketsim.postprocess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.core.engine.MonteCarloExecutor;
import io.pocketsim.core.engine.RunResult;
import io.pocketsim.core.engine.RunSpec;
import io.pocketsim.core.engine.Simulation;
import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.random.RunIdentity;
import io.pocketsim.postprocess.aggregate.TimestepAggregator;
import io.pocketsim.postprocess.csv.ExperimentWriter;
import io.pocketsim.postprocess.csv.KpiTables;
import io.pocketsim.postprocess.csv.TimeSeriesReader;
import io.pocketsim.postprocess.result.ExperimentMetadata;
import io.pocketsim.postprocess.result.Manifest;
import io.pocketsim.postprocess.store.LocalResultStore;
import io.pocketsim.postprocess.store.ResultState;
import io.pocketsim.postprocess.store.WriteMode;
import io.pocketsim.postprocess.table.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineToStoreIT {
    private static final int RUNS = 12;
    private static final int DAYS = 30;

    @TempDir
    Path root;

    private final Simulation<double[], Double> simulation = new Simulation<>(new RandomWalkModel());
    private final ParameterPoint point = ParameterPoint.of(Map.of("volatility", 2.5));

    private ExperimentMetadata metadata(String name) {
        return ExperimentMetadata.of(name, "random-walk", "Base", "walk", 1, point, RUNS, DAYS, 99L);
    }

    private RunResult job(int i) {
        return simulation.run(new RunSpec<>(new RunIdentity("walk", 1, i + 1), 2.5, "Base", DAYS, 99L));
    }

    private Manifest runInto(LocalResultStore store, String name, int threads) throws InterruptedException {
        try (MonteCarloExecutor executor = new MonteCarloExecutor(threads);
             ExperimentWriter writer = ExperimentWriter.open(store, metadata(name), WriteMode.CREATE)) {
            executor.run(RUNS, this::job, writer, p -> { });
            return writer.commit();
        }
    }

    @Test
    void shouldStoreEngineRunsThatReadBackAsTheEngineProducedThem() throws InterruptedException {
        LocalResultStore store = new LocalResultStore(root);

        runInto(store, "walk_a", 2);

        assertThat(store.status("walk_a").state()).isEqualTo(ResultState.COMPLETE);
        List<RunResult> direct = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            direct.add(job(i));
        }
        List<double[]> rows = new ArrayList<>();
        TimeSeriesReader.forEachRow(store, "walk_a", (run, seed, t, v) -> {
            assertThat(seed).isEqualTo(direct.get(run - 1).seed());
            assertThat(v).containsExactly(direct.get(run - 1).rows()[t]);
            rows.add(v.clone());
        });
        assertThat(rows).hasSize(RUNS * (DAYS + 1));
        Table kpis = KpiTables.read(store, "walk_a");
        for (int r = 0; r < RUNS; r++) {
            assertThat(kpis.number(r, "final_level")).isEqualTo(direct.get(r).metric("final_level"));
            assertThat(kpis.longs("seed")[r]).isEqualTo(direct.get(r).seed());
        }
        assertThat(kpis.numbers("param_volatility")).containsOnly(2.5);
    }

    @Test
    void shouldWriteByteIdenticalFilesForTheSameSeedWhateverTheThreadCount() throws InterruptedException {
        LocalResultStore store = new LocalResultStore(root);

        Manifest one = runInto(store, "walk_1", 1);
        Manifest two = runInto(store, "walk_2", 2);

        // the experiment column differs, so compare the runs' content through the readers and the seeds
        assertThat(one.runSeeds()).isEqualTo(two.runSeeds());
        List<double[]> a = new ArrayList<>();
        List<double[]> b = new ArrayList<>();
        TimeSeriesReader.forEachRow(store, "walk_1", (run, seed, t, v) -> a.add(v.clone()));
        TimeSeriesReader.forEachRow(store, "walk_2", (run, seed, t, v) -> b.add(v.clone()));
        assertThat(a).isNotEmpty().usingElementComparator(java.util.Arrays::compare).containsExactlyElementsOf(b);

        // the same experiment written again gives the same bytes
        Manifest again = runInto(new LocalResultStore(root.resolve("second")), "walk_1", 2);
        assertThat(again.files()).isEqualTo(one.files());
    }

    @Test
    void shouldAggregateTheStoredRunsLikeTheEngineRuns() throws InterruptedException {
        LocalResultStore store = new LocalResultStore(root);
        runInto(store, "walk_a", 2);
        TimestepAggregator fromEngine = TimestepAggregator.of(RandomWalkModel.COLUMNS);
        for (int i = 0; i < RUNS; i++) {
            fromEngine.accept(job(i));
        }

        TimestepAggregator fromFiles = TimestepAggregator.of(RandomWalkModel.COLUMNS);
        fromFiles.addStored(store, "walk_a");

        assertThat(fromFiles.rows()).isEqualTo(fromEngine.rows());
        assertThat(fromFiles.rows().get(1).n()).as("step is NaN at t = 0").isZero();
        assertThat(fromFiles.rows().get(DAYS * 2).n()).isEqualTo(RUNS);
    }
}
