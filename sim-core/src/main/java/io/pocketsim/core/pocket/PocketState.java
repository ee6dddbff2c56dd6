package io.pocketsim.core.pocket;

import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.support.Samplers;
import io.pocketsim.core.pocket.support.Scratch;
import io.pocketsim.core.pocket.oracle.DailyReturnModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The mutable state of one Pocket run (model-spec.md §2.1): one instance per run, nothing shared between runs. The
 * blocks mutate it in place, in the original's order; the recorder reads it after the last block of each day.
 *
 * <p>Python's {@code None} is {@code NaN} for the numeric variables that start as None ({@code total_relays},
 * {@code processed_relays}, {@code n_transactions}, the three fees). Entity id counters are per run and start
 * where the original's class counters stood after building the initial entities.
 */
public final class PocketState {
    /** {@link #oracleShutdown()} value meaning "not shut down" (the original's {@code False}). */
    public static final int ORACLE_RUNNING = 0;
    /** {@link #oracleShutdown()} value meaning "frozen for the rest of the run" (the original's {@code True}). */
    public static final int ORACLE_SHUT_DOWN_FOREVER = -1;

    private static final List<String> GEOZONES = List.of("Zone 1", "Zone 2", "Zone 3", "Zone 4", "Zone 5");

    final ArrayList<Servicer> servicers = new ArrayList<>(32);
    final ArrayList<Service> services = new ArrayList<>(16);
    final ArrayList<Gateway> gateways = new ArrayList<>(32);
    final ArrayList<Application> applications = new ArrayList<>(32);
    final ArrayList<Validator> validators = new ArrayList<>(1);
    final Dao dao = new Dao(0);
    private final List<Servicer> servicersView = Collections.unmodifiableList(servicers);
    private final List<Service> servicesView = Collections.unmodifiableList(services);
    private final List<Gateway> gatewaysView = Collections.unmodifiableList(gateways);
    private final List<Application> applicationsView = Collections.unmodifiableList(applications);
    private final List<Validator> validatorsView = Collections.unmodifiableList(validators);

    final ArrayList<Servicer> understakedServicers = new ArrayList<>();
    final ArrayList<Gateway> understakedGateways = new ArrayList<>();
    final ArrayList<Application> understakedApplications = new ArrayList<>();

    long height;
    int day;
    double totalRelays = Double.NaN;
    double processedRelays = Double.NaN;
    double poktPriceOracle;
    double nTransactions = Double.NaN;
    double floatingSupply;
    double poktBurned;
    double poktMinted;
    double periodSlashingCosts;
    double periodJailingOpportunityCost;
    double relaysToTokensMultiplier = Double.NaN;
    double gatewayFeePerRelay = Double.NaN;
    double applicationFeePerRelay = Double.NaN;
    int oracleShutdown = ORACLE_RUNNING;
    boolean distortionActive;
    int distortionTime;
    double distortionMu;
    double distortionSigma;

    // relay_log and servicer_relay_log, written by the relay block
    final RelayLog relayLog = new RelayLog();
    // the relay block's day tables
    final RelaySessions.Tables relayTables = new RelaySessions.Tables();
    // the reward block's lookups
    final RewardIndex rewardIndex = new RewardIndex(services);

    int nextServicerId;
    int nextApplicationId;
    int nextServiceId;
    int nextGatewayId;

    final DailyReturnModel returnModel;

    // reusable scratch buffers of the blocks (never read across days)
    final Scratch scratch = new Scratch();
    // the run's scenario event (parsed once), or null
    ScenarioEvent event;
    // the run's samplers, bound to the run's generator on first use
    Samplers samplers;
    // per-run memory of the recorder (cumulative sums, previous and initial supply)
    double cumulativeBurned;
    double cumulativeMinted;
    double previousFloatingSupply = Double.NaN;
    double initialFloatingSupply = Double.NaN;

    PocketState(DailyReturnModel returnModel) {
        this.returnModel = returnModel;
    }

    Samplers samplers(org.apache.commons.rng.UniformRandomProvider rng, PocketRunParameters p) {
        Samplers r = samplers;
        if (r == null || r.rng() != rng) {
            r = new Samplers(rng, p);
            samplers = r;
        }
        return r;
    }

    /** The geo-zone names; entities store an index into this list. */
    public List<String> geozones() {
        return GEOZONES;
    }

    /** Current servicers in list order (read-only view). */
    public List<Servicer> servicers() {
        return servicersView;
    }

    /** Current services in list order (read-only view). */
    public List<Service> services() {
        return servicesView;
    }

    /** Current gateways in list order (read-only view; departed "ghost" gateways are not included). */
    public List<Gateway> gateways() {
        return gatewaysView;
    }

    /** Current applications in list order (read-only view). */
    public List<Application> applications() {
        return applicationsView;
    }

    /** The validators (one; only the first receives rewards). */
    public List<Validator> validators() {
        return validatorsView;
    }

    /** The DAO treasury. */
    public Dao dao() {
        return dao;
    }

    /** Servicers under the minimum stake at the end of the last leave block. */
    public List<Servicer> understakedServicers() {
        return Collections.unmodifiableList(understakedServicers);
    }

    /** Number of under-staked servicers at the end of the last leave block. */
    public int understakedServicerCount() {
        return understakedServicers.size();
    }

    /** Number of under-staked gateways at the end of the last leave block. */
    public int understakedGatewayCount() {
        return understakedGateways.size();
    }

    /** Number of under-staked applications at the end of the last leave block. */
    public int understakedApplicationCount() {
        return understakedApplications.size();
    }

    /** Height in seconds: 86400 per day. */
    public long height() {
        return height;
    }

    /** The day number (the timestep whose blocks last ran). */
    public int day() {
        return day;
    }

    /** Relays requested today after caps ({@code NaN} before the first relay block). */
    public double totalRelays() {
        return totalRelays;
    }

    /** Relays actually served today ({@code NaN} before the first relay block). */
    public double processedRelays() {
        return processedRelays;
    }

    /** The oracle price, USD per uPOKT. */
    public double poktPriceOracle() {
        return poktPriceOracle;
    }

    /** Today's derived on-chain transaction count ({@code NaN} before the first jailing block). */
    public double nTransactions() {
        return nTransactions;
    }

    /** The floating supply, uPOKT. */
    public double floatingSupply() {
        return floatingSupply;
    }

    /** uPOKT burned today. */
    public double poktBurned() {
        return poktBurned;
    }

    /** uPOKT minted today. */
    public double poktMinted() {
        return poktMinted;
    }

    /** Takes {@code amount} out of the floating supply and counts it as burned today. */
    void burn(double amount) {
        floatingSupply -= amount;
        poktBurned += amount;
    }

    /** Adds {@code amount} to the floating supply and counts it as minted today. */
    void mint(double amount) {
        floatingSupply += amount;
        poktMinted += amount;
    }

    /** Always 0: reset daily and never incremented, as in the original. */
    public double periodSlashingCosts() {
        return periodSlashingCosts;
    }

    /** Revenue expectations of servicers unjailed today, uPOKT. */
    public double periodJailingOpportunityCost() {
        return periodJailingOpportunityCost;
    }

    /** Today's RTTM, uPOKT minted per relay ({@code NaN} before day 1). */
    public double relaysToTokensMultiplier() {
        return relaysToTokensMultiplier;
    }

    /** Today's gateway fee per relay, uPOKT ({@code NaN} before day 1). */
    public double gatewayFeePerRelay() {
        return gatewayFeePerRelay;
    }

    /** Today's application fee per relay, uPOKT ({@code NaN} before day 1). */
    public double applicationFeePerRelay() {
        return applicationFeePerRelay;
    }

    /**
     * The oracle shutdown state: {@link #ORACLE_RUNNING} (False), {@link #ORACLE_SHUT_DOWN_FOREVER} (True) or the
     * remaining frozen days k ≥ 1 (the original's integer counter).
     */
    public int oracleShutdown() {
        return oracleShutdown;
    }

    /** Whether an oracle distortion is active (the original's non-None {@code oracle_distortion}). */
    public boolean isOracleDistorted() {
        return distortionActive;
    }

    /** Remaining distortion time (may be negative: the Poisson-0 quirk); meaningful only while distorted. */
    public int oracleDistortionTime() {
        return distortionTime;
    }

    /** Mean of the distortion noise; meaningful only while distorted. */
    public double oracleDistortionMu() {
        return distortionMu;
    }

    /** Standard deviation of the distortion noise; meaningful only while distorted. */
    public double oracleDistortionSigma() {
        return distortionSigma;
    }

    /** Today's relay logs ({@code relay_log} and {@code servicer_relay_log}). */
    public RelayLog relayLog() {
        return relayLog;
    }

    /** Σ staked_pokt over current applications, uPOKT. */
    public double totalApplicationStake() {
        double s = 0;
        for (int i = 0; i < applications.size(); i++) {
            s += applications.get(i).stakedPokt;
        }
        return s;
    }

    /** Σ staked_pokt over current servicers, uPOKT. */
    public double totalServicerStake() {
        double s = 0;
        for (int i = 0; i < servicers.size(); i++) {
            s += servicers.get(i).stakedPokt;
        }
        return s;
    }

    /** Σ staked_pokt over current gateways, uPOKT. */
    public double totalGatewayStake() {
        double s = 0;
        for (int i = 0; i < gateways.size(); i++) {
            s += gateways.get(i).stakedPokt;
        }
        return s;
    }
}
