package io.pocketsim.core.pocket;

import io.pocketsim.core.engine.Recorder;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.RelayLog;
import java.util.Arrays;
import java.util.List;

/**
 * Records one row per day with every scalar column of the original's output (docs/pocket-model-columns.md): the
 * state variables, then the derived columns of the original's postprocessing, computed per run. The recorder is
 * stateless and shared by all runs; its per-run memory (cumulative sums, previous and initial supply) lives in the
 * run's {@link PocketState#workspace workspace}. It reads the model state only.
 */
public final class PocketRecorder implements Recorder<PocketState> {
    /** The recorded columns, in row order. */
    public static final List<String> COLUMNS = List.of(
            "height", "day", "total_relays", "processed_relays", "pokt_price_oracle", "n_transactions",
            "floating_supply", "POKT_burned", "POKT_minted", "period_slashing_costs",
            "period_jailing_opportunity_cost", "relays_to_tokens_multiplier", "gateway_fee_per_relay",
            "application_fee_per_relay", "oracle_shutdown", "oracle_distortion",
            "POKT_net_mint", "total_application_stake", "total_servicer_stake", "total_gateway_stake", "total_stake",
            "circulating_supply", "dao_value_capture", "POKT_burned_cumulative", "POKT_minted_cumulative",
            "POKT_net_mint_cumulative", "kpi_a", "burn_rate", "mint_rate", "net_mint_rate", "burn_rate_cumulative",
            "mint_rate_cumulative", "net_mint_rate_cumulative", "kpi_c", "n_servicers", "n_applications",
            "n_gateways", "n_services", "n_understaked_servicers", "n_understaked_gateways",
            "n_understaked_applications");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    // the recorder's memory of one run: running sums, the previous and initial supply, and a buffer for kpi_c
    private static final class Memory {
        private double cumulativeBurned;
        private double cumulativeMinted;
        private double previousFloatingSupply = Double.NaN;
        private double initialFloatingSupply = Double.NaN;
        private double[] values = new double[64];
    }

    @Override
    public void record(int timestep, PocketState s, double[] row) {
        Memory m = s.workspace(Memory.class, Memory::new);
        double burned = s.poktBurned();
        double minted = s.poktMinted();
        double supply = s.floatingSupply();
        if (timestep == 0) {
            m.cumulativeBurned = 0;
            m.cumulativeMinted = 0;
            m.initialFloatingSupply = supply;
            m.previousFloatingSupply = Double.NaN;
        } else {
            m.cumulativeBurned += burned;
            m.cumulativeMinted += minted;
        }
        double previous = m.previousFloatingSupply; // NaN at t = 0: the rates' first row is empty, as the original's
        double netMint = minted - burned;
        double appStake = s.totalApplicationStake();
        double servicerStake = s.totalServicerStake();
        double gatewayStake = s.totalGatewayStake();
        double totalStake = appStake + servicerStake + gatewayStake;
        double netCumulative = m.cumulativeMinted - m.cumulativeBurned;
        double initial = m.initialFloatingSupply;
        double totalRelays = s.totalRelays();
        int c = 0;
        row[c++] = s.height();
        row[c++] = s.day();
        row[c++] = totalRelays;
        row[c++] = s.processedRelays();
        row[c++] = s.poktPriceOracle();
        row[c++] = s.nTransactions();
        row[c++] = supply;
        row[c++] = burned;
        row[c++] = minted;
        row[c++] = s.periodSlashingCosts();
        row[c++] = s.periodJailingOpportunityCost();
        row[c++] = s.relaysToTokensMultiplier();
        row[c++] = s.gatewayFeePerRelay();
        row[c++] = s.applicationFeePerRelay();
        row[c++] = oracleShutdown(s);
        row[c++] = s.isOracleDistorted() ? s.oracleDistortionTime() : Double.NaN;
        row[c++] = netMint;
        row[c++] = appStake;
        row[c++] = servicerStake;
        row[c++] = gatewayStake;
        row[c++] = totalStake;
        row[c++] = supply - totalStake;
        row[c++] = s.dao().poktHoldings() / supply;
        row[c++] = m.cumulativeBurned;
        row[c++] = m.cumulativeMinted;
        row[c++] = netCumulative;
        row[c++] = totalRelays > 0 ? s.processedRelays() / totalRelays : Double.NaN;
        row[c++] = burned / previous;
        row[c++] = minted / previous;
        row[c++] = netMint / previous;
        row[c++] = m.cumulativeBurned / initial;
        row[c++] = m.cumulativeMinted / initial;
        row[c++] = netCumulative / initial;
        row[c++] = kpiC(s, m);
        row[c++] = s.servicers().size();
        row[c++] = s.applications().size();
        row[c++] = s.gateways().size();
        row[c++] = s.services().size();
        row[c++] = s.understakedServicerCount();
        row[c++] = s.understakedGatewayCount();
        row[c] = s.understakedApplicationCount();
        m.previousFloatingSupply = supply;
    }

    /** The original's oracle_shutdown as a number: False 0, True 1, a remaining counter k as k. */
    private static double oracleShutdown(PocketState s) {
        int v = s.oracleShutdown();
        if (v == PocketState.ORACLE_SHUT_DOWN_FOREVER) {
            return 1;
        }
        return v;
    }

    /**
     * kpi_c: the Gini coefficient of today's servicer relay log ({@code Σ_j Σ_k |x_j − x_k| / (2 n² x̄)});
     * {@code NaN} when the log is absent or empty, or all values are 0 (where the original divides by zero).
     */
    private static double kpiC(PocketState s, Memory m) {
        RelayLog log = s.relayLog();
        int n = log.servicerSize();
        if (!log.isPresent() || n == 0) {
            return Double.NaN;
        }
        if (m.values.length < n) {
            m.values = new double[Math.max(n, m.values.length * 2)];
        }
        double[] x = m.values;
        log.copyServicerRelays(x);
        return gini(x, n);
    }

    /** Gini of the first n values (sorted in place): {@code Σ_i (2i − n − 1) x_(i) / (n Σ x)}, i = 1..n. */
    static double gini(double[] x, int n) {
        Arrays.sort(x, 0, n);
        double sum = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            sum += x[i];
            weighted += (2.0 * (i + 1) - n - 1) * x[i];
        }
        if (sum == 0) {
            return Double.NaN;
        }
        return weighted / (n * sum);
    }
}
