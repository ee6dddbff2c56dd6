package io.pocketsim.postprocess.csv;

import io.pocketsim.core.engine.RunResult;
import java.util.Objects;

/**
 * A run together with the bytes it adds to its experiment's files, made by {@link RunEncoder#encode}.
 *
 * @param run        the run (the writer still checks its identity, seed and shape)
 * @param encoder    the encoder that made the bytes; the writer accepts only its own experiment's encoding
 * @param timeseries the run's rows of {@code timeseries.csv.gz} as one complete gzip member
 * @param kpiRow     the run's row of {@code kpis.csv}, UTF-8, ending in CRLF
 */
public record EncodedRun(RunResult run, RunEncoder encoder, byte[] timeseries, byte[] kpiRow) {
    /** Checks that no part is missing. */
    public EncodedRun {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(encoder, "encoder");
        Objects.requireNonNull(timeseries, "timeseries");
        Objects.requireNonNull(kpiRow, "kpiRow");
    }
}
