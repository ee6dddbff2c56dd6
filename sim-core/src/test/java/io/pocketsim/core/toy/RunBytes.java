package io.pocketsim.core.toy;

import io.pocketsim.core.engine.RunResult;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Serialises a run's complete output to bytes, so tests can demand byte-identical results. */
public final class RunBytes {
    private RunBytes() {
    }

    /** Identity, seed, column names, every recorded value's raw bits, metric names and metric bits. */
    public static byte[] of(RunResult r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(r.identity().experiment());
            out.writeInt(r.identity().pointIndex());
            out.writeInt(r.identity().runIndex());
            out.writeLong(r.seed());
            out.writeUTF(String.join(",", r.columns()));
            out.writeInt(r.rows().length);
            for (double[] row : r.rows()) {
                out.writeInt(row.length);
                for (double v : row) {
                    out.writeLong(Double.doubleToRawLongBits(v));
                }
            }
            out.writeUTF(String.join(",", r.metricColumns()));
            for (double v : r.metrics()) {
                out.writeLong(Double.doubleToRawLongBits(v));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
