package io.pocketsim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.core.engine.RunResult;
import io.pocketsim.core.engine.RunSpec;
import io.pocketsim.core.engine.Simulation;
import io.pocketsim.core.random.RunIdentity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The benchmark's model really executes every block of every timestep (so the benchmark measures the engine). */
class TrivialBlocksModelTest {
    @ParameterizedTest
    @CsvSource({"IN_PLACE, 1", "SIGNALS, 3"})
    void everyBlockRunsEveryTimestep(TrivialBlocksModel.Style style, double perBlockAndDay) {
        TrivialBlocksModel model = new TrivialBlocksModel(style);
        RunResult r = new Simulation<>(model, model.observers()).run(new RunSpec<>(new RunIdentity("bench", 1, 1), style, "Base",
                EngineOverheadBenchmark.TIMESTEPS, 1L));
        int t = EngineOverheadBenchmark.TIMESTEPS;
        assertThat(r.rows()).hasNumberOfRows(t + 1);
        assertThat(r.value(t, "total")).isEqualTo(perBlockAndDay * TrivialBlocksModel.BLOCKS * t);
        for (int b = 0; b < TrivialBlocksModel.BLOCKS; b++) {
            assertThat(r.value(t, "block" + b)).isEqualTo(perBlockAndDay * t);
        }
        assertThat(r.metric("final_total")).isEqualTo(r.value(t, "total"));
        assertThat(r.metric("max_total")).isEqualTo(r.value(t, "total"));
    }
}
