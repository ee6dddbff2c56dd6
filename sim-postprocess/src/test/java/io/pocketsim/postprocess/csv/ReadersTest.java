package io.pocketsim.postprocess.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.hash.Hashing;
import io.pocketsim.core.random.RunIdentity;
import io.pocketsim.core.random.SeedDerivation;
import io.pocketsim.postprocess.result.ExperimentMetadata;
import io.pocketsim.postprocess.result.Manifest;
import io.pocketsim.postprocess.result.ManifestFile;
import io.pocketsim.postprocess.result.ManifestJson;
import io.pocketsim.postprocess.result.ResultNames;
import io.pocketsim.postprocess.store.CorruptResultException;
import io.pocketsim.postprocess.store.ResultNotFoundException;
import io.pocketsim.postprocess.store.WriteMode;
import io.pocketsim.postprocess.store.testutils.InMemoryResultStore;
import io.pocketsim.postprocess.store.testutils.ToyRuns;
import io.pocketsim.postprocess.table.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadersTest {
    private InMemoryResultStore store;

    @BeforeEach
    void writeGrid() {
        store = new InMemoryResultStore();
        for (int point = 1; point <= 12; point++) {
            ToyRuns.write(store, ToyRuns.gridPoint("grid_ag1_", point, 3, 4), WriteMode.CREATE);
        }
        ToyRuns.write(store, ToyRuns.metadata("Base", 2, 4), WriteMode.CREATE);
    }

    @Test
    void shouldReadOneKpiTableWithExactValues() {
        Table t = KpiTables.read(store, "Base");

        assertThat(t.rowCount()).isEqualTo(2);
        assertThat(t.type("experiment")).isEqualTo(Table.ColumnType.TEXT);
        assertThat(t.type("seed")).isEqualTo(Table.ColumnType.TEXT);
        assertThat(t.longs("seed")).containsExactly(
                SeedDerivation.runSeed(42L, new RunIdentity("Base", 1, 1)),
                SeedDerivation.runSeed(42L, new RunIdentity("Base", 1, 2)));
        assertThat(t.numbers("run")).containsExactly(1, 2);
        assertThat(t.numbers("beta_last")).containsExactly(1.0 / 5, 1.0 / 6);
        assertThat(t.numbers("param_fee")).containsExactly(0.0001, 0.0001);
        assertThat(t.texts("param_mode")).containsExactly("fast", "fast");
        assertThat(t.texts("param_events")).containsExactly("outage;price_drop", "outage;price_drop");
        assertThat(t.numbers("param_cap")).containsOnly(Double.NaN);
    }

    @Test
    void shouldStackAWholeGridInNaturalOrder() {
        Table grid = KpiTables.readAll(store, store.list("grid_ag1_"));

        assertThat(grid.rowCount()).isEqualTo(12 * 3);
        List<String> experiments = grid.texts("experiment");
        assertThat(experiments.subList(0, 7)).containsExactly("grid_ag1_1", "grid_ag1_1",
                "grid_ag1_1", "grid_ag1_2", "grid_ag1_2", "grid_ag1_2", "grid_ag1_3");
        assertThat(experiments.get(35)).isEqualTo("grid_ag1_12");
        assertThat(Set.copyOf(experiments)).hasSize(12);
        assertThat(java.util.stream.IntStream.range(0, grid.rowCount()).filter(r -> grid.number(r, "param_fee") == 6.0)
                .mapToObj(r -> grid.text(r, "experiment"))).containsOnly("grid_ag1_12");
    }

    @Test
    void shouldStreamTheTimeSeriesExactly() {
        List<double[]> rows = new ArrayList<>();
        List<Integer> runs = new ArrayList<>();
        List<String> columns = TimeSeriesReader.forEachRow(store, "Base", (run, seed, t, values) -> {
            rows.add(values.clone());
            runs.add(run);
            assertThat(seed).isEqualTo(SeedDerivation.runSeed(42L, new RunIdentity("Base", 1, run)));
        });

        assertThat(columns).isEqualTo(ToyRuns.COLUMNS);
        assertThat(rows).hasSize(2 * 5);
        for (int i = 0; i < rows.size(); i++) {
            int run = runs.get(i);
            int t = i % 5;
            double[] expected = {ToyRuns.alpha(run, t), ToyRuns.beta(run, t), ToyRuns.gamma(run, t)};
            for (int c = 0; c < 3; c++) {
                assertThat(DoubleGen.same(rows.get(i)[c], expected[c])).isTrue();
            }
        }
    }

    @Test
    void shouldLoadOnlyTheChosenRuns() {
        Table t = TimeSeriesTables.readRuns(store, "grid_ag1_5", Set.of(2));

        assertThat(t.rowCount()).isEqualTo(5);
        assertThat(t.numbers("run")).containsOnly(2);
        assertThat(t.numbers("timestep")).containsExactly(0, 1, 2, 3, 4);
        assertThat(t.numbers("alpha")).containsExactly(2000, 2001, 2002, 2003, 2004);
        assertThat(t.columns()).startsWith("experiment", "point", "run", "seed", "timestep");
        assertThat(TimeSeriesTables.readRuns(store, "grid_ag1_5", Set.of()).rowCount()).isEqualTo(15);
    }

    @Test
    void shouldRefuseAnIncompleteExperiment() {
        ExperimentMetadata md = ToyRuns.metadata("partial", 2, 4);
        try (ExperimentWriter w = ExperimentWriter.open(store, md, WriteMode.CREATE)) {
            w.accept(ToyRuns.run(md, 1));
        }

        assertThatThrownBy(() -> KpiTables.read(store, "partial")).isInstanceOf(ResultNotFoundException.class);
        assertThatThrownBy(() -> TimeSeriesTables.readRuns(store, "partial", Set.of()))
                .isInstanceOf(ResultNotFoundException.class);
    }

    @Test
    void shouldRefuseAKpiTableWhoseChecksumDoesNotMatch() {
        byte[] kpis = store.raw("Base", ResultNames.KPIS).orElseThrow();
        // change a digit of the last metric: still a valid CSV, same size
        int at = kpis.length - 4;
        byte[] changed = Arrays.copyOf(kpis, kpis.length);
        changed[at] = (byte) (changed[at] == '1' ? '2' : '1');
        store.putRaw("Base", ResultNames.KPIS, changed);

        assertThatThrownBy(() -> KpiTables.read(store, "Base")).isInstanceOf(CorruptResultException.class)
                .hasMessageContaining("SHA-256");
    }

    @Test
    void shouldRefuseATimeSeriesThatDoesNotDecompress() {
        // a cut gzip whose manifest entry matches the cut bytes: only decoding can tell
        byte[] gz = store.raw("Base", ResultNames.TIMESERIES).orElseThrow();
        byte[] cut = Arrays.copyOf(gz, gz.length - 10);
        store.putRaw("Base", ResultNames.TIMESERIES, cut);
        Manifest m = ManifestJson.read(store.raw("Base", ResultNames.MANIFEST).orElseThrow());
        List<ManifestFile> files = new ArrayList<>();
        for (ManifestFile f : m.files()) {
            files.add(f.name().equals(ResultNames.TIMESERIES)
                    ? new ManifestFile(f.name(), cut.length, Hashing.sha256().hashBytes(cut).toString(), f.rows())
                    : f);
        }
        store.putRaw("Base", ResultNames.MANIFEST, ManifestJson.write(new Manifest(m.formatVersion(),
                m.metadata(), m.runSeeds(), m.startedAt(), m.finishedAt(), m.wallTimeSeconds(), files)));

        assertThatThrownBy(() -> TimeSeriesReader.forEachRow(store, "Base", (r, s, t, v) -> { }))
                .isInstanceOf(CorruptResultException.class).hasMessageContaining("decompress");
    }

    @Test
    void shouldRefuseAGridMemberThatIsCorruptWhenNamedExplicitly() {
        store.removeRaw("grid_ag1_3", ResultNames.KPIS);

        assertThat(KpiTables.readAll(store, store.list("grid_ag1_")).rowCount()).isEqualTo(11 * 3);
        assertThatThrownBy(() -> KpiTables.readAll(store, List.of("grid_ag1_2", "grid_ag1_3")))
                .isInstanceOf(CorruptResultException.class).hasMessageContaining("missing");
    }
}
