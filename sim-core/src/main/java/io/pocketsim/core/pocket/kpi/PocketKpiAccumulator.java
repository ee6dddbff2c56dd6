package io.pocketsim.core.pocket.kpi;

import io.pocketsim.core.engine.RunMetrics;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.PocketState;
import java.util.Arrays;

/**
 * Accumulates the Pocket KPIs of one run while it streams past: a handful of running sums for the per-day columns
 * and, per servicer and gateway id, the few last-seen numbers the entity KPIs need. Memory grows with the number of
 * distinct entities of the run, not with its length. One instance per run; not thread-safe.
 */
final class PocketKpiAccumulator implements RunMetrics.Accumulator<PocketState> {
    private final double r;
    private final PocketRunParameters params;
    private final RowInputs in;
    private final boolean reportsRecovery;
    private final int eventDay;

    private final ServicerLedger servicers = new ServicerLedger();
    private final GatewayLedger gateways = new GatewayLedger();

    private int lastTimestep = -1;
    private final NanSkippingSum netMint = new NanSkippingSum();
    private double firstFloatingSupply = Double.NaN;
    private final NanSkippingSum kpiC = new NanSkippingSum();
    private final NanSkippingSum kpiCBeforeEvent = new NanSkippingSum();
    private double kpiCLastRow = Double.NaN;
    private final NanSkippingSum totalRelays = new NanSkippingSum();
    private final NanSkippingSum processedRelays = new NanSkippingSum();
    private final NanSkippingSum kpiA = new NanSkippingSum();
    private final double[] endOfRun;

    PocketKpiAccumulator(double r, PocketRunParameters params, RowInputs in, boolean reportsRecovery, int eventDay) {
        this.r = r;
        this.params = params;
        this.in = in;
        this.reportsRecovery = reportsRecovery;
        this.eventDay = eventDay;
        this.endOfRun = new double[in.endOfRun().length];
        Arrays.fill(endOfRun, Double.NaN);
    }

    @Override
    public void observe(int timestep, PocketState state, double[] row) {
        servicers.observe(state.servicers());
        gateways.observe(state.gateways());

        netMint.add(row[in.netMint()]);
        // pandas first()/last() take the first/last non-missing value of the column
        if (Double.isNaN(firstFloatingSupply)) {
            firstFloatingSupply = row[in.floatingSupply()];
        }
        double c = row[in.kpiC()];
        kpiC.add(c);
        if (timestep < eventDay) {
            kpiCBeforeEvent.add(c);
        }
        kpiCLastRow = c;
        totalRelays.add(row[in.totalRelays()]);
        processedRelays.add(row[in.processedRelays()]);
        kpiA.add(row[in.kpiA()]);
        int[] idx = in.endOfRun();
        for (int i = 0; i < idx.length; i++) {
            double v = row[idx[i]];
            if (!Double.isNaN(v)) {
                endOfRun[i] = v;
            }
        }
        lastTimestep = timestep;
    }

    @Override
    public double[] result() {
        double[] out = new double[PocketKpis.COLUMNS.size()];
        int k = 0;
        out[k++] = netMint.sum() / firstFloatingSupply;
        out[k++] = kpiC.mean();
        out[k++] = servicers.kpi8();
        out[k++] = servicers.kpiE();
        out[k++] = servicers.kpi1(r, jailingProbabilityOverRun());
        out[k++] = params.gatewayFeePerRelayDynamic()
                ? gateways.kpi3EffectiveFee(r, params.kpi3R(), params.gatewayMinimumStake())
                : gateways.kpi3(r, params.kpi3R(), params.gatewayFeePerRelay(), params.gatewayMinimumStake());
        out[k++] = servicers.kpi11();
        out[k++] = servicers.kpi14(r);
        out[k++] = totalRelays.sum();
        out[k++] = processedRelays.sum();
        out[k++] = kpiA.mean();
        for (double v : endOfRun) {
            out[k++] = v;
        }
        out[k++] = reportsRecovery ? kpiCBeforeEvent.mean() : Double.NaN;
        out[k] = reportsRecovery ? kpiCLastRow : Double.NaN;
        return out;
    }

    // p_j = 1 − (1 − servicer_jailing_probability)^T, T = the last recorded timestep
    private double jailingProbabilityOverRun() {
        return 1 - Math.pow(1 - params.servicerJailingProbability(), lastTimestep);
    }
}
