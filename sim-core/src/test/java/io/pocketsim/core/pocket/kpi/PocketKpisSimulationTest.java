package io.pocketsim.core.pocket.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pocketsim.core.engine.RunMetrics;
import io.pocketsim.core.engine.RunResult;
import io.pocketsim.core.engine.RunSpec;
import io.pocketsim.core.engine.Simulation;
import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.pocket.state.Gateway;
import io.pocketsim.core.pocket.PocketModel;
import io.pocketsim.core.pocket.parameters.PocketParameterSpace;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.PocketRecorder;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.Servicer;
import io.pocketsim.core.pocket.oracle.ParametricReturnSource;
import io.pocketsim.core.random.RunIdentity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The KPIs on real Pocket runs: consistent with the recorded columns, finite where the original gives numbers, and
 * the entity KPIs equal to those of a naive reference that snapshots every entity on every recorded day.
 */
class PocketKpisSimulationTest {
    private static final long ROOT_SEED = 7L;

    /** Captures, beside the KPIs, a naive last-seen snapshot of every servicer and gateway. */
    private static final class Snapshots implements RunMetrics<PocketState, PocketRunParameters> {
        private final PocketKpis kpis = PocketKpis.standard();
        final Map<Integer, double[]> servicers = new LinkedHashMap<>();
        final Map<Integer, double[]> gateways = new LinkedHashMap<>();

        @Override
        public List<String> columns() {
            return kpis.columns();
        }

        @Override
        public Accumulator<PocketState> begin(PocketRunParameters params, int timesteps) {
            servicers.clear();
            gateways.clear();
            Accumulator<PocketState> inner = kpis.begin(params, timesteps);
            return new Accumulator<>() {
                @Override
                public void observe(int timestep, PocketState state, double[] row) {
                    inner.observe(timestep, state, row);
                    for (Servicer s : state.servicers()) {
                        servicers.put(s.id(), new double[] {s.stakedPokt(), s.stakedPoktTotalInflow(),
                            s.totalRevenues(), s.slashingHistorySum(), s.slashingHistoryCount(),
                            s.jailLostRevenueSum()});
                    }
                    for (Gateway g : state.gateways()) {
                        gateways.put(g.id(), new double[] {g.stakedPokt(), g.relaysServed(), g.feesPaid()});
                    }
                }

                @Override
                public double[] result() {
                    return inner.result();
                }
            };
        }
    }

    private static RunResult run(RunMetrics<PocketState, PocketRunParameters> metrics, ParameterPoint point, int days,
                                 int runIndex) {
        PocketModel model = new PocketModel(ParametricReturnSource.pokt());
        PocketRunParameters params = model.parameters(point);
        return new Simulation<>(model, PocketObservers.standard().withMetrics(metrics)).run(
                new RunSpec<>(new RunIdentity("kpis", 1, runIndex), params, "Base", days,
                ROOT_SEED));
    }

    private static double columnSum(RunResult r, String column) {
        double s = 0;
        for (int t = 0; t < r.rows().length; t++) {
            double v = r.value(t, column);
            if (!Double.isNaN(v)) {
                s += v;
            }
        }
        return s;
    }

    private static double columnMean(RunResult r, String column) {
        double s = 0;
        int n = 0;
        for (int t = 0; t < r.rows().length; t++) {
            double v = r.value(t, column);
            if (!Double.isNaN(v)) {
                s += v;
                n++;
            }
        }
        return n > 0 ? s / n : Double.NaN;
    }

    @Test
    void theRecorderHasEveryInputColumn() {
        assertThat(PocketRecorder.COLUMNS).containsAll(PocketKpis.requiredColumns());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void baseRunKpisAgreeWithTheRecordedColumns(int runIndex) {
        int days = 60;
        RunResult r = run(PocketKpis.standard(), PocketParameterSpace.namedSet("Base"), days, runIndex);

        assertThat(r.metricColumns()).isEqualTo(PocketKpis.COLUMNS);
        assertThat(r.metric("total_relays")).isEqualTo(columnSum(r, "total_relays")).isPositive();
        assertThat(r.metric("processed_relays")).isEqualTo(columnSum(r, "processed_relays")).isPositive();
        assertThat(r.metric("kpi_a")).isEqualTo(columnMean(r, "kpi_a"));
        assertThat(r.metric("KPI C")).isEqualTo(columnMean(r, "kpi_c"));
        double initialSupply = r.value(0, "floating_supply");
        assertThat(r.metric("Net Minting Rate")).isEqualTo(columnSum(r, "POKT_net_mint") / initialSupply);
        // the same quantity by another route: the last cumulative net mint over the initial supply
        assertThat(r.metric("Net Minting Rate")).isCloseTo(r.value(days, "net_mint_rate_cumulative"),
                within(1e-12 * Math.abs(r.metric("Net Minting Rate")) + 1e-18));
        for (String c : PocketKpis.END_OF_RUN_COLUMNS) {
            assertThat(r.metric(c)).as(c).isEqualTo(r.value(days, c));
        }
        // the original gives numbers for these on every Base run
        for (String c : List.of("Net Minting Rate", "KPI C", "KPI 1", "KPI 3", "KPI 14", "kpi_a")) {
            assertThat(r.metric(c)).as(c).isFinite();
        }
        assertThat(r.metric("kpi_c_pre")).isNaN();
        assertThat(r.metric("kpi_c_post")).isNaN();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Base", "BaseDynamic"})
    void entityKpisEqualANaiveLastSeenReference(String set) {
        // frequent jailing so that slashing, lost wages and KPIs 8, 11 and E are exercised
        ParameterPoint point = PocketParameterSpace.namedSet(set).with("servicer_jailing_probability", 0.05);
        Snapshots snapshots = new Snapshots();
        int days = 90;
        RunResult r = run(snapshots, point, days, 1);
        PocketRunParameters p = PocketRunParameters.from(point);
        double rate = PocketKpis.DEFAULT_DISCOUNT_RATE;

        List<double[]> servicers = List.copyOf(snapshots.servicers.values());
        assertThat(servicers.size()).isGreaterThan(10);
        double slashed = servicers.stream().filter(x -> x[4] > 0).mapToDouble(x -> x[3]).sum();
        long nSlashed = servicers.stream().filter(x -> x[4] > 0).count();
        assertThat(nSlashed).isPositive();
        assertThat(r.metric("KPI 8")).isCloseTo(-slashed / nSlashed, within(1e-9 * -slashed / nSlashed));
        double kpi14 = servicers.stream().filter(x -> x[2] > 0).mapToDouble(x -> rate * x[1] / x[2])
                .filter(v -> v != 0).average().orElseThrow();
        assertThat(r.metric("KPI 14")).isCloseTo(kpi14, within(1e-9 * kpi14));
        double kpi11 = servicers.stream().filter(x -> x[2] > 0).mapToDouble(x -> x[5] / x[2])
                .filter(v -> v != 0).average().orElseThrow();
        assertThat(r.metric("KPI 11")).isCloseTo(kpi11, within(1e-9 * kpi11));

        double slashing = servicers.stream().mapToDouble(x -> x[3]).sum();
        double jailing = -servicers.stream().mapToDouble(x -> x[5] + x[3]).sum();
        if (jailing > 0) {
            assertThat(r.metric("KPI E")).isCloseTo(Math.exp(-slashing / jailing), within(1e-9));
        } else {
            assertThat(r.metric("KPI E")).isNaN();
        }

        // KPI 3 from the gateways' last snapshots: the parameter fee, or under "Dynamic" the fees actually paid
        assertThat(snapshots.gateways).isNotEmpty();
        double kpi3 = snapshots.gateways.values().stream().mapToDouble(g -> {
            double shortfall = Math.max(0, p.gatewayMinimumStake() - g[0]) / 1e6;
            double margin = p.gatewayFeePerRelayDynamic()
                    ? (1 + 1 / rate) * (p.kpi3R() * g[1] - g[2] / 1e6)
                    : (1 + 1 / rate) * (p.kpi3R() - p.gatewayFeePerRelay() / 1e6) * g[1];
            return 1e6 * (margin - shortfall);
        }).average().orElseThrow();
        assertThat(r.metric("KPI 3")).isCloseTo(kpi3, within(1e-9 * Math.abs(kpi3)));
        for (String c : List.of("KPI 1", "KPI 3", "KPI 8", "KPI 11", "KPI 14")) {
            assertThat(r.metric(c)).as(c).isFinite();
        }
    }

    @Test
    void theGeozoneShutdownEventReportsKpiCBeforeTheEventAndOnTheLastDay() {
        int days = 200;
        RunResult r = run(PocketKpis.standard(), PocketParameterSpace.namedSet("BaseEvent"), days, 1);
        double pre = 0;
        int n = 0;
        for (int t = 0; t < PocketKpis.EVENT_DAY; t++) {
            double v = r.value(t, "kpi_c");
            if (!Double.isNaN(v)) {
                pre += v;
                n++;
            }
        }
        assertThat(r.metric("kpi_c_pre")).isEqualTo(pre / n).isBetween(0.0, 1.0);
        assertThat(r.metric("kpi_c_post")).isEqualTo(r.value(days, "kpi_c")).isBetween(0.0, 1.0);
    }
}
