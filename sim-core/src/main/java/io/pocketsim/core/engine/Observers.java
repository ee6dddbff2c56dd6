package io.pocketsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Simulation} reports to: the recorder whose rows become the time series, the per-run metrics (which
 * read the recorded row) and any further {@link RunObserver}s. Immutable; each {@code with...} returns a changed
 * copy. Whoever builds the simulation attaches these; the model itself attaches none.
 *
 * @param recorder  fills each timestep's row; {@link #NO_RECORDER} records no columns (no time series)
 * @param metrics   per-run values computed from the recorded rows
 * @param observers further observers, called in order after the recorder and the metrics
 * @param <S> the model's state type
 * @param <P> the model's parameter type
 */
public record Observers<S, P>(Recorder<S> recorder, RunMetrics<S, P> metrics, List<RunObserver<S, P>> observers) {
    /** Compact constructor: nulls refused, the list copied. */
    public Observers {
        Objects.requireNonNull(recorder, "recorder");
        Objects.requireNonNull(metrics, "metrics");
        observers = List.copyOf(observers);
    }

    /** Nothing recorded, no metrics, no observers. */
    public static <S, P> Observers<S, P> none() {
        return new Observers<>(noRecorder(), RunMetrics.none(), List.of());
    }

    /** The given recorder and metrics, no further observers. */
    public static <S, P> Observers<S, P> of(Recorder<S> recorder, RunMetrics<S, P> metrics) {
        return new Observers<>(recorder, metrics, List.of());
    }

    /** A recorder with no columns: runs record empty rows and write no time-series values. */
    public static <S> Recorder<S> noRecorder() {
        return new Recorder<>() {
            @Override
            public List<String> columns() {
                return List.of();
            }

            @Override
            public void record(int timestep, S state, double[] row) {
            }
        };
    }

    /** The same observers with another recorder. */
    public Observers<S, P> withRecorder(Recorder<S> other) {
        return new Observers<>(other, metrics, observers);
    }

    /** The same observers without a recorder (no time series; metrics then see empty rows). */
    public Observers<S, P> withoutRecorder() {
        return withRecorder(noRecorder());
    }

    /** The same observers with other metrics. */
    public Observers<S, P> withMetrics(RunMetrics<S, P> other) {
        return new Observers<>(recorder, other, observers);
    }

    /** The same observers plus one more, called after the others. */
    public Observers<S, P> with(RunObserver<S, P> observer) {
        List<RunObserver<S, P>> all = new ArrayList<>(observers);
        all.add(Objects.requireNonNull(observer, "observer"));
        return new Observers<>(recorder, metrics, all);
    }
}
