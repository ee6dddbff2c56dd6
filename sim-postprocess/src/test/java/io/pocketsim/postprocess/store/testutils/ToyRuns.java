package io.pocketsim.postprocess.store.testutils;

import io.pocketsim.core.engine.RunResult;
import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.random.RunIdentity;
import io.pocketsim.core.random.SeedDerivation;
import io.pocketsim.postprocess.csv.ExperimentWriter;
import io.pocketsim.postprocess.result.ExperimentMetadata;
import io.pocketsim.postprocess.result.Manifest;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.store.WriteMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A toy experiment with closed-form values, for tests of result files and stores: three recorded columns and two
 * per-run metrics whose values follow from (run, timestep) alone, including NaN, negative zero and subnormal
 * values.
 */
public final class ToyRuns {
    /** Recorded columns of every toy run. */
    public static final List<String> COLUMNS = List.of("alpha", "beta", "gamma");
    /** Metric columns of every toy run. */
    public static final List<String> METRICS = List.of("alpha_sum", "beta_last");
    /** Root seed of toy experiments. */
    public static final long ROOT_SEED = 42L;

    private ToyRuns() {
    }

    /** The parameters of toy experiments: a number, a string, a list and a null. */
    public static ParameterPoint parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("fee", 0.0001);
        p.put("mode", "fast");
        p.put("events", List.of("outage", "price_drop"));
        p.put("cap", null);
        p.put("count", 12.0);
        return ParameterPoint.of(p);
    }

    /** Metadata of a single toy experiment (its own seed identity, point 1). */
    public static ExperimentMetadata metadata(String name, int runs, int timesteps) {
        return ExperimentMetadata.of(name, "toy", "Base", name, 1, parameters(), runs, timesteps, ROOT_SEED)
                .withProvenance("priceModel", "none: toy values");
    }

    /** Metadata of point {@code point} of a toy grid: seed identity (grid, point). */
    public static ExperimentMetadata gridPoint(String grid, int point, int runs, int timesteps) {
        return ExperimentMetadata.of(grid + point, "toy", "Base", grid, point,
                parameters().with("fee", point * 0.5), runs, timesteps, ROOT_SEED);
    }

    /** Recorded value of column alpha: {@code 1000 run + t}. */
    public static double alpha(int run, int t) {
        return 1000.0 * run + t;
    }

    /** Recorded value of column beta: NaN at t = 0, else {@code 1 / (run + t)}. */
    public static double beta(int run, int t) {
        return t == 0 ? Double.NaN : 1.0 / (run + t);
    }

    /** Recorded value of column gamma: -0.0 at even t, a subnormal {@code 1e-310 run} at odd t. */
    public static double gamma(int run, int t) {
        return t % 2 == 0 ? -0.0 : 1e-310 * run;
    }

    /** The result of one toy run. */
    public static RunResult run(ExperimentMetadata md, int run) {
        RunIdentity id = new RunIdentity(md.seedExperiment(), md.pointIndex(), run);
        double[][] rows = new double[md.timesteps() + 1][];
        double sum = 0;
        for (int t = 0; t <= md.timesteps(); t++) {
            rows[t] = new double[] {alpha(run, t), beta(run, t), gamma(run, t)};
            sum += rows[t][0];
        }
        double[] metrics = {sum, beta(run, md.timesteps())};
        return new RunResult(id, SeedDerivation.runSeed(md.rootSeed(), id), COLUMNS, rows, METRICS, metrics);
    }

    /** All runs of a toy experiment, in order. */
    public static List<RunResult> runs(ExperimentMetadata md) {
        List<RunResult> out = new ArrayList<>();
        for (int r = 1; r <= md.runs(); r++) {
            out.add(run(md, r));
        }
        return out;
    }

    /** Writes a complete toy experiment and returns its manifest. */
    public static Manifest write(ResultStore store, ExperimentMetadata md, WriteMode mode) {
        try (ExperimentWriter w = ExperimentWriter.open(store, md, mode)) {
            runs(md).forEach(w);
            return w.commit();
        }
    }

    /** A copy of bytes with one byte changed, same length. */
    public static byte[] flipByte(byte[] bytes, int index) {
        byte[] copy = Arrays.copyOf(bytes, bytes.length);
        copy[index] ^= 0x5A;
        return copy;
    }
}
