package io.pocketsim.core.engine;

import java.util.List;

/**
 * Per-run summary values (KPIs) a model defines, computed while the run streams past: the accumulator sees every
 * recorded timestep once, in order, and nothing is retained by the engine.
 *
 * @param <S> the model's state type
 * @param <P> the model's parameter type
 */
public interface RunMetrics<S, P> {
    /** Names of the values {@link Accumulator#result()} returns, in order. */
    List<String> columns();

    /** Starts the accumulation for one run. */
    Accumulator<S> begin(P params, int timesteps);

    /** Observes one run. */
    interface Accumulator<S> {
        /** Called for timestep 0..T after the row is recorded; {@code row} must not be retained. */
        void observe(int timestep, S state, double[] row);

        /** The run's values, aligned with {@link RunMetrics#columns()}; {@code NaN} for a missing value. */
        double[] result();
    }

    /** Metrics with no columns. */
    static <S, P> RunMetrics<S, P> none() {
        return new RunMetrics<>() {
            @Override
            public List<String> columns() {
                return List.of();
            }

            @Override
            public Accumulator<S> begin(P params, int timesteps) {
                return new Accumulator<>() {
                    @Override
                    public void observe(int timestep, S state, double[] row) {
                    }

                    @Override
                    public double[] result() {
                        return new double[0];
                    }
                };
            }
        };
    }
}
