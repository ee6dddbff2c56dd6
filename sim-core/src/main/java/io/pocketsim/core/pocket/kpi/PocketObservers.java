package io.pocketsim.core.pocket.kpi;

import io.pocketsim.core.engine.Observers;
import io.pocketsim.core.pocket.PocketRecorder;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;

/** The observers the Pocket runs attach by default: every recorded column and the standard KPIs. */
public final class PocketObservers {
    private PocketObservers() {
    }

    /**
     * The {@link PocketRecorder} (timeseries.csv.gz) and {@link PocketKpis#standard()} (kpis.csv). The KPIs read the
     * recorder's row, so detach them together: {@code standard().withoutRecorder().withMetrics(RunMetrics.none())}.
     */
    public static Observers<PocketState, PocketRunParameters> standard() {
        return Observers.of(new PocketRecorder(), PocketKpis.standard());
    }

    /** The recorder alone, no KPIs. */
    public static Observers<PocketState, PocketRunParameters> recorderOnly() {
        return Observers.of(new PocketRecorder(), io.pocketsim.core.engine.RunMetrics.none());
    }
}
