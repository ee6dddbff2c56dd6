package io.pocketsim.core.pocket.kpi;

import io.pocketsim.core.engine.RunMetrics;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.PocketRecorder;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.block.ScenarioEvent;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The per-run KPIs of the Pocket model (model-spec.md §7.3; the original's {@code create_simulation_kpis}), computed
 * while a run streams past, with the original's column names. Missing values (the original's None) are {@code NaN}.
 * The formulas, units and NaN rules are documented on the column constants and in {@code docs/pocket-kpis.md}.
 *
 * <p>Per-day inputs (relays, minting, supply, {@code kpi_a}, {@code kpi_c}, cumulative columns) are read from the
 * recorded row by column name; the entity KPIs (1, 3, 8, 11, 14, E) from the servicers and gateways of each recorded
 * day, keyed by per-run id, keeping the last-seen values (so departed entities count with their state on the last
 * day they were present). The cumulative columns are per run, unlike the original's, which mixed runs when there were
 * ten or more (model-spec.md §9 item 24).
 *
 * <p>Immutable and thread-safe: all per-run state lives in the accumulator {@link #begin} returns.
 */
public final class PocketKpis implements RunMetrics<PocketState, PocketRunParameters> {
    /** The discount rate of the original (its {@code r = 0.05}), used by KPIs 1, 3 and 14. */
    public static final double DEFAULT_DISCOUNT_RATE = 0.05;

    /**
     * {@code Σ_t POKT_net_mint / floating_supply(first row)}: net minting over the run as a fraction of the initial
     * floating supply (dimensionless). Missing days are skipped in the sum.
     */
    public static final String NET_MINTING_RATE = "Net Minting Rate";
    /** Mean over days of {@code kpi_c} (the Gini coefficient of the servicer relay log), missing days skipped. */
    public static final String KPI_C = "KPI C";
    /**
     * Average slashing cost per slashed servicer, uPOKT: {@code −Σ slashing_history / n} over the n servicers with a
     * non-empty slashing history; NaN if none.
     */
    public static final String KPI_8 = "KPI 8";
    /**
     * {@code exp(−S/J)}, S = Σ slashing_history (≤ 0), J = −Σ (jail lost revenue + slashing) over all servicers;
     * NaN unless J &gt; 0 (dimensionless).
     */
    public static final String KPI_E = "KPI E";
    /**
     * Mean servicer NPV, uPOKT: per servicer
     * {@code (1 + 1/r)·(total_revenues − r·staked_pokt + (1/(1+r))·(1 − p_j)·Σ jail_lost_revenue_history)} with
     * {@code p_j = 1 − (1 − servicer_jailing_probability)^T}; NPVs exactly 0 dropped; NaN if none.
     */
    public static final String KPI_1 = "KPI 1";
    /**
     * Mean gateway NPV over all gateways seen, uPOKT: per gateway
     * {@code 1e6·[(1 + 1/r)·(kpi_3_R − GFPR/1e6)·relays_served − max(0, gateway_minimum_stake − staked_pokt)/1e6]}
     * with the parameter GFPR; with a "Dynamic" GFPR the fee bill {@code GFPR·relays_served} is replaced by the
     * gateway's {@code fees_paid}. NaN if no gateway was ever seen.
     */
    public static final String KPI_3 = "KPI 3";
    /**
     * Mean jailing opportunity cost ratio {@code Σ jail_lost_revenue_history / total_revenues} over servicers with
     * revenues &gt; 0, exact zeros dropped; NaN if none (dimensionless).
     */
    public static final String KPI_11 = "KPI 11";
    /**
     * Mean capital cost per unit of reward {@code r · staked_pokt_total_inflow / total_revenues} over servicers with
     * revenues &gt; 0, exact zeros dropped; NaN if none (dimensionless).
     */
    public static final String KPI_14 = "KPI 14";
    /** Σ over days of {@code total_relays} (missing days skipped; 0 if all are missing). */
    public static final String TOTAL_RELAYS = "total_relays";
    /** Σ over days of {@code processed_relays} (missing days skipped; 0 if all are missing). */
    public static final String PROCESSED_RELAYS = "processed_relays";
    /** Mean over days of {@code kpi_a} = processed / total relays, missing days skipped. */
    public static final String KPI_A_MEAN = "kpi_a";
    /** Floating supply at the end of the run, uPOKT. */
    public static final String FLOATING_SUPPLY = "floating_supply";
    /** Circulating supply (floating supply − total stake) at the end of the run, uPOKT. */
    public static final String CIRCULATING_SUPPLY = "circulating_supply";
    /** DAO holdings / floating supply at the end of the run. */
    public static final String DAO_VALUE_CAPTURE = "dao_value_capture";
    /** uPOKT burned over the run (end-of-run running sum). */
    public static final String POKT_BURNED_CUMULATIVE = "POKT_burned_cumulative";
    /** uPOKT minted over the run. */
    public static final String POKT_MINTED_CUMULATIVE = "POKT_minted_cumulative";
    /** Minted − burned over the run, uPOKT. */
    public static final String POKT_NET_MINT_CUMULATIVE = "POKT_net_mint_cumulative";
    /** Burned over the run / initial floating supply. */
    public static final String BURN_RATE_CUMULATIVE = "burn_rate_cumulative";
    /** Minted over the run / initial floating supply. */
    public static final String MINT_RATE_CUMULATIVE = "mint_rate_cumulative";
    /** Net minted over the run / initial floating supply (PSuU's kpi_D, "net inflation"). */
    public static final String NET_MINT_RATE_CUMULATIVE = "net_mint_rate_cumulative";
    /** Mean of {@code kpi_c} over days before the event day; only for {@link #RECOVERY_EVENTS}, else NaN. */
    public static final String KPI_C_PRE = "kpi_c_pre";
    /** {@code kpi_c} of the last day; only for {@link #RECOVERY_EVENTS}, else NaN. */
    public static final String KPI_C_POST = "kpi_c_post";

    /** The columns reported at their last (non-missing) value, in output order. */
    public static final List<String> END_OF_RUN_COLUMNS = List.of(FLOATING_SUPPLY, CIRCULATING_SUPPLY,
            DAO_VALUE_CAPTURE, POKT_BURNED_CUMULATIVE, POKT_MINTED_CUMULATIVE, POKT_NET_MINT_CUMULATIVE,
            BURN_RATE_CUMULATIVE, MINT_RATE_CUMULATIVE, NET_MINT_RATE_CUMULATIVE);

    /** Every KPI column, in the original's order. */
    public static final List<String> COLUMNS = List.of(NET_MINTING_RATE, KPI_C, KPI_8, KPI_E, KPI_1, KPI_3, KPI_11,
            KPI_14, TOTAL_RELAYS, PROCESSED_RELAYS, KPI_A_MEAN, FLOATING_SUPPLY, CIRCULATING_SUPPLY, DAO_VALUE_CAPTURE,
            POKT_BURNED_CUMULATIVE, POKT_MINTED_CUMULATIVE, POKT_NET_MINT_CUMULATIVE, BURN_RATE_CUMULATIVE,
            MINT_RATE_CUMULATIVE, NET_MINT_RATE_CUMULATIVE, KPI_C_PRE, KPI_C_POST);

    /** The events for which {@link #KPI_C_PRE} and {@link #KPI_C_POST} are reported (the outage scenarios). */
    public static final Set<String> RECOVERY_EVENTS = Set.of("servicer_shutdown_by_geozone_random",
            "service_shutdown_random_t1", "service_shutdown_random_t7", "service_shutdown_random_t500");

    /**
     * The day the recovery events fire ({@link ScenarioEvent#EVENT_DAY}); {@link #KPI_C_PRE} averages the days before
     * the event's day, which {@link #begin} takes from the event itself, as the original takes it from the event map.
     */
    public static final int EVENT_DAY = ScenarioEvent.EVENT_DAY;

    private final double discountRate;
    private final RowInputs inputs;

    private PocketKpis(List<String> recorderColumns, double discountRate) {
        if (!(discountRate > 0) || Double.isInfinite(discountRate)) {
            throw new IllegalArgumentException("discountRate is not a finite number > 0: " + discountRate);
        }
        this.discountRate = discountRate;
        this.inputs = RowInputs.resolve(List.copyOf(Objects.requireNonNull(recorderColumns, "recorderColumns")));
    }

    /** KPIs over the rows of {@link PocketRecorder} with the original's discount rate {@value #DEFAULT_DISCOUNT_RATE}. */
    public static PocketKpis standard() {
        return of(PocketRecorder.COLUMNS);
    }

    /**
     * KPIs over rows with the given columns, with the original's discount rate {@value #DEFAULT_DISCOUNT_RATE}.
     *
     * @param recorderColumns the model recorder's column names ({@link #requiredColumns()} must be among them)
     * @throws IllegalArgumentException naming the required columns that are missing
     */
    public static PocketKpis of(List<String> recorderColumns) {
        return new PocketKpis(recorderColumns, DEFAULT_DISCOUNT_RATE);
    }

    /**
     * KPIs over rows with the given columns and a discount rate.
     *
     * @param recorderColumns the model recorder's column names ({@link #requiredColumns()} must be among them)
     * @param discountRate    r of the perpetuity factor {@code 1 + 1/r} (KPI 1, 3), the {@code 1/(1+r)} factor
     *                        (KPI 1) and the capital cost {@code r · stake} (KPI 14); a finite number &gt; 0
     * @throws IllegalArgumentException for a missing required column or a discount rate out of range
     */
    public static PocketKpis of(List<String> recorderColumns, double discountRate) {
        return new PocketKpis(recorderColumns, discountRate);
    }

    /** The recorder columns the KPIs read. */
    public static List<String> requiredColumns() {
        return RowInputs.required();
    }

    /** The discount rate r. */
    public double discountRate() {
        return discountRate;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Accumulator<PocketState> begin(PocketRunParameters params, int timesteps) {
        Objects.requireNonNull(params, "params");
        boolean recovery = params.event() != null && RECOVERY_EVENTS.contains(params.event());
        int eventDay = recovery ? ScenarioEvent.of(params.event()).time() : EVENT_DAY;
        return new PocketKpiAccumulator(discountRate, params, inputs, recovery, eventDay);
    }
}
