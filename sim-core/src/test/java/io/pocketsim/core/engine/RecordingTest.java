package io.pocketsim.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.pocketsim.core.random.RunIdentity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a run records: row 0 is the initial state, then one row per timestep; metrics see every row once. */
class RecordingTest {
    private static final Policy<Trace, String> INCREMENT = (step, s, signals) -> s.x += 1;
    private static final Policy<Trace, String> DOUBLE = (step, s, signals) -> s.x *= 2;

    private static Simulation<Trace, String> simulation(ScriptedModel<Trace> model) {
        return new Simulation<>(model, model.observers());
    }

    private static ScriptedModel<Trace> model(List<String> calls, RunMetrics<Trace, String> metrics) {
        return new ScriptedModel<>(rng -> {
            Trace s = new Trace();
            s.x = 10;
            return s;
        }, List.of(Block.inPlace("inc", INCREMENT), Block.inPlace("dbl", DOUBLE)),
                ScriptedModel.recorder(List.of("timestep", "x"), (t, s, row) -> {
                    calls.add("record " + t);
                    row[0] = t;
                    row[1] = s.x;
                }), metrics);
    }

    @Test
    void rowZeroIsTheInitialStateAndEachTimestepAddsTheStateAfterItsLastBlock() {
        qt().withFixedSeed(3L).withExamples(50).forAll(integers().between(1, 60)).checkAssert(timesteps -> {
            List<String> calls = new ArrayList<>();
            RunResult r = simulation(model(calls, RunMetrics.none())).run(ScriptedModel.spec(timesteps));
            assertThat(r.rows()).hasNumberOfRows(timesteps + 1);
            assertThat(r.columns()).containsExactly("timestep", "x");
            double x = 10;
            for (int t = 0; t <= timesteps; t++) {
                assertThat(r.rows()[t]).containsExactly(t, x);
                x = (x + 1) * 2;
            }
            assertThat(calls).hasSize(timesteps + 1).first().isEqualTo("record 0");
        });
    }

    @Test
    void metricsObserveEveryRecordedRowOnceInOrder() {
        List<String> calls = new ArrayList<>();
        List<double[]> observedRows = new ArrayList<>();
        RunMetrics<Trace, String> metrics = new RunMetrics<>() {
            @Override
            public List<String> columns() {
                return List.of("last_x", "observations");
            }

            @Override
            public Accumulator<Trace> begin(String params, int timesteps) {
                calls.add("begin " + params + " " + timesteps);
                return new Accumulator<>() {
                    private double lastX = Double.NaN;
                    private int observations;

                    @Override
                    public void observe(int timestep, Trace state, double[] row) {
                        calls.add("observe " + timestep);
                        // the row handed over is the one just recorded from this very state
                        assertThat(row[1]).isEqualTo(state.x);
                        observedRows.add(row.clone());
                        lastX = state.x;
                        observations++;
                    }

                    @Override
                    public double[] result() {
                        calls.add("result");
                        return new double[] {lastX, observations};
                    }
                };
            }
        };
        RunResult r = simulation(model(calls, metrics)).run(ScriptedModel.spec(3));
        assertThat(calls).containsExactly("begin scripted-params 3", "record 0", "observe 0", "record 1", "observe 1",
                "record 2", "observe 2", "record 3", "observe 3", "result");
        assertThat(observedRows).hasSize(4);
        for (int t = 0; t <= 3; t++) {
            assertThat(observedRows.get(t)).containsExactly(r.rows()[t]);
        }
        assertThat(r.metricColumns()).containsExactly("last_x", "observations");
        assertThat(r.metric("last_x")).isEqualTo(r.value(3, "x"));
        assertThat(r.metric("observations")).isEqualTo(4);
    }

    @Test
    void runResultCarriesItsIdentityAndNamesUnknownColumns() {
        RunSpec<String> spec = new RunSpec<>(new RunIdentity("exp", 2, 5), ScriptedModel.PARAMS, "Base", 2, 11L);
        RunResult r = simulation(model(new ArrayList<>(), RunMetrics.none())).run(spec);
        assertThat(r.identity()).isEqualTo(new RunIdentity("exp", 2, 5));
        assertThat(r.metrics()).isEmpty();
        assertThatThrownBy(() -> r.value(0, "y")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("y").hasMessageContaining("timestep, x");
        assertThatThrownBy(() -> r.metric("kpi")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kpi");
    }

    @Test
    void runSpecRejectsTheSetupRunIndexAndEmptyRuns() {
        assertThatThrownBy(() -> new RunSpec<>(new RunIdentity("exp", 1, 0), "p", "Base", 5, 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runIndex");
        assertThatThrownBy(() -> new RunSpec<>(new RunIdentity("exp", 1, 1), "p", "Base", 0, 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timesteps").hasMessageContaining("0");
    }
}
