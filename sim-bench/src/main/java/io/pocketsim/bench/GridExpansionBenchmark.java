package io.pocketsim.bench;

import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.catalog.RunUnit;
import io.pocketsim.experiments.grid.Grid;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What listing and indexing a 3,456-point grid ({@code network_viability_ag3_}) costs, per whole-grid pass, in
 * microseconds: every point name, every name indexed back, every complete point built, every point resolved as a
 * run unit by name; and loading the whole built-in catalog. Grids are expanded lazily, so each of these is
 * arithmetic per point and nothing is cached between invocations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GridExpansionBenchmark {
    private ExperimentCatalog catalog;
    private Grid grid;

    @Setup
    public void setUp() {
        catalog = ExperimentCatalog.builtIn();
        grid = catalog.grid("network_viability_ag3_").orElseThrow();
    }

    /** All 3,456 point names. */
    @Benchmark
    public int listNames() {
        int h = 0;
        for (String n : grid.pointNames()) {
            h += n.length();
        }
        return h;
    }

    /** All 3,456 names, each indexed back to its point number. */
    @Benchmark
    public int listAndIndexNames() {
        int h = 0;
        List<String> names = grid.pointNames();
        for (int i = 0; i < names.size(); i++) {
            OptionalInt index = grid.indexOf(names.get(i));
            h += index.getAsInt();
        }
        return h;
    }

    /** All 3,456 complete points (every schema parameter, derived dao_fee_percentage applied). */
    @Benchmark
    public int buildAllPoints() {
        int h = 0;
        for (ParameterPoint p : grid.points()) {
            h += p.hashCode();
        }
        return h;
    }

    /** One point from the middle of the grid, as a runner fetching a single chunk member does. */
    @Benchmark
    public ParameterPoint onePoint() {
        return grid.point(1729);
    }

    /** All 3,456 run units of the grid, resolved by the grid's name. */
    @Benchmark
    public int resolveGrid() {
        int h = 0;
        for (RunUnit u : catalog.resolve("network_viability_ag3_")) {
            h += u.seed().pointIndex();
        }
        return h;
    }

    /** Reading and validating every built-in file (31 grids, 48,123 points) into a catalog. */
    @Benchmark
    public ExperimentCatalog loadBuiltInCatalog() {
        return ExperimentCatalog.builtIn();
    }
}
