package io.pocketsim.core.pocket.state;

import io.pocketsim.core.pocket.oracle.DailyReturnModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The mutable state of one Pocket run (model-spec.md §2.1): one instance per run, nothing shared between runs. The
 * blocks mutate it in place, in the original's order; the recorder reads it after the last block of each day. The
 * mutators are the blocks' ({@code io.pocketsim.core.pocket.block}); observers only read.
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

    // the lists change through the add and remove methods below, and Links
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
    private double totalRelays = Double.NaN;
    private double processedRelays = Double.NaN;
    double poktPriceOracle;
    private double nTransactions = Double.NaN;
    double floatingSupply;
    private double poktBurned;
    private double poktMinted;
    private double periodSlashingCosts;
    private double periodJailingOpportunityCost;
    double relaysToTokensMultiplier = Double.NaN;
    double gatewayFeePerRelay = Double.NaN;
    double applicationFeePerRelay = Double.NaN;
    private int oracleShutdown = ORACLE_RUNNING;
    private boolean distortionActive;
    private int distortionTime;
    private double distortionMu;
    private double distortionSigma;

    // relay_log and servicer_relay_log, written by the relay block
    private final RelayLog relayLog = new RelayLog();

    int nextServicerId;
    int nextApplicationId;
    int nextServiceId;
    int nextGatewayId;

    private final DailyReturnModel returnModel;

    // The per-run data of the blocks and the recorder that is not model state (reused buffers, the samplers bound
    // to the run's generator, the reward block's lookups, the parsed event, the recorder's running sums): typed
    // slots owned by their users. Held here because it must live exactly as long as the run and be private to it
    // (the model and the recorder are shared by all runs and threads); keyed by the user's class so that the state
    // names no type of the blocks or of support (no package cycle). Each user fetches its slot once per block call,
    // outside its loops, so the few identity comparisons of a lookup never reach a hot loop.
    private Class<?>[] workspaceTypes = new Class<?>[8];
    private Object[] workspaceValues = new Object[8];
    private int workspaceSize;

    PocketState(DailyReturnModel returnModel) {
        this.returnModel = returnModel;
    }

    /**
     * This run's per-run data of type {@code type}, created by {@code create} on first use (then kept for the run).
     * For the blocks' and the recorder's own data (buffers, samplers, lookups), not for model state; fetch it once
     * per call, not per loop step.
     */
    public <T> T workspace(Class<T> type, Supplier<? extends T> create) {
        Class<?>[] types = workspaceTypes;
        for (int i = 0; i < workspaceSize; i++) {
            if (types[i] == type) {
                return type.cast(workspaceValues[i]);
            }
        }
        T value = Objects.requireNonNull(create.get(), "workspace value");
        if (workspaceSize == types.length) {
            workspaceTypes = Arrays.copyOf(types, workspaceSize * 2);
            workspaceValues = Arrays.copyOf(workspaceValues, workspaceSize * 2);
        }
        workspaceTypes[workspaceSize] = type;
        workspaceValues[workspaceSize++] = value;
        return value;
    }

    /** The run's daily price-return model. */
    public DailyReturnModel returnModel() {
        return returnModel;
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

    /** Number of current servicers. */
    public int servicerCount() {
        return servicers.size();
    }

    /** The i-th current servicer (for loops that read no list view; the JIT inlines this to the list access). */
    public Servicer servicer(int i) {
        return servicers.get(i);
    }

    /** Number of current services. */
    public int serviceCount() {
        return services.size();
    }

    /** The i-th current service. */
    public Service service(int i) {
        return services.get(i);
    }

    /** Number of current applications. */
    public int applicationCount() {
        return applications.size();
    }

    /** The i-th current application. */
    public Application application(int i) {
        return applications.get(i);
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

    /** Gateways under the minimum stake at the end of the last leave block. */
    public List<Gateway> understakedGateways() {
        return Collections.unmodifiableList(understakedGateways);
    }

    /** Applications under the minimum stake at the end of the last leave block. */
    public List<Application> understakedApplications() {
        return Collections.unmodifiableList(understakedApplications);
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
    public void burn(double amount) {
        floatingSupply -= amount;
        poktBurned += amount;
    }

    /** Adds {@code amount} to the floating supply and counts it as minted today. */
    public void mint(double amount) {
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

    /** Starts the next day: the day number and the height advance (block 1). */
    public void advanceDay(long heightPerDay) {
        height += heightPerDay;
        day += 1;
    }

    /** Sets today's oracle price, USD per uPOKT. */
    public void setPrice(double price) {
        poktPriceOracle = price;
    }

    /** Sets the oracle shutdown state (see {@link #oracleShutdown()}). */
    public void setOracleShutdown(int shutdown) {
        oracleShutdown = shutdown;
    }

    /** Starts an oracle distortion of {@code time} days with N(mu, sigma) noise. */
    public void startDistortion(int time, double mu, double sigma) {
        distortionActive = true;
        distortionTime = time;
        distortionMu = mu;
        distortionSigma = sigma;
    }

    /** Counts one day off the active distortion; returns the remaining time. */
    public int countDownDistortion() {
        return --distortionTime;
    }

    /** Ends the oracle distortion. */
    public void endDistortion() {
        distortionActive = false;
    }

    /** Zeroes today's totals: burned, minted, slashing and jailing costs (block 1). */
    public void resetDailyTotals() {
        poktBurned = 0;
        poktMinted = 0;
        periodSlashingCosts = 0;
        periodJailingOpportunityCost = 0;
    }

    /** Sets today's relays-to-tokens multiplier and gateway and application fees per relay, uPOKT (block 2). */
    public void setFeeRates(double rttm, double gfpr, double afpr) {
        relaysToTokensMultiplier = rttm;
        gatewayFeePerRelay = gfpr;
        applicationFeePerRelay = afpr;
    }

    /** Sets today's requested and served relays (block 6). */
    public void setRelays(double total, double processed) {
        totalRelays = total;
        processedRelays = processed;
    }

    /** Sets today's derived transaction count (block 7). */
    public void setTransactions(double n) {
        nTransactions = n;
    }

    /** Adds a slash to today's slashing costs, uPOKT. */
    public void addSlashingCost(double amount) {
        periodSlashingCosts += amount;
    }

    /** Adds a jailed servicer's lost revenue expectations to today's jailing opportunity cost, uPOKT. */
    public void addJailingOpportunityCost(double amount) {
        periodJailingOpportunityCost += amount;
    }

    /** Appends a joining servicer with the next servicer id. */
    public Servicer addServicer(String name, int geoZone, double poktHoldings, double stakedPokt, double qos) {
        Servicer sv = new Servicer(nextServicerId++, name, geoZone, poktHoldings, stakedPokt, qos);
        servicers.add(sv);
        return sv;
    }

    /** Appends a joining service with the next service id. */
    public Service addService(String name, long joinHeight) {
        Service service = new Service(nextServiceId++, name, joinHeight);
        services.add(service);
        return service;
    }

    /** Appends a joining gateway with the next gateway id. */
    public Gateway addGateway(String name, double poktHoldings, double stakedPokt) {
        Gateway g = new Gateway(nextGatewayId++, name, poktHoldings, stakedPokt);
        gateways.add(g);
        return g;
    }

    /** Appends a joining application with the next application id. */
    public Application addApplication(String name, int geoZone, double poktHoldings, double stakedPokt,
                                      int numberOfServices, boolean usesGateway) {
        Application a = new Application(nextApplicationId++, name, geoZone, poktHoldings, stakedPokt,
                numberOfServices, usesGateway);
        applications.add(a);
        return a;
    }

    /** Removes the servicers marked leaving (their links must be gone). */
    public void removeLeavingServicers() {
        servicers.removeIf(Participant::isLeaving);
    }

    /** Removes the services marked leaving (their links must be gone). */
    public void removeLeavingServices() {
        services.removeIf(Service::isLeaving);
    }

    /** Removes the gateways marked leaving; they become departed (ghosts while applications still point at them). */
    public void removeLeavingGateways() {
        gateways.removeIf(DEPARTS);
    }

    /** Removes the applications marked leaving (their delegations must be gone). */
    public void removeLeavingApplications() {
        applications.removeIf(Participant::isLeaving);
    }

    // marks a leaving gateway departed as it is removed
    private static final Predicate<Gateway> DEPARTS = g -> {
        if (g.isLeaving()) {
            g.departed = true;
        }
        return g.isLeaving();
    };

    /** Rebuilds the under-staked servicers: every current one below {@code min}, in list order. */
    public void relistUnderstakedServicers(double min) {
        relistUnderstaked(servicers, understakedServicers, min);
    }

    /** Rebuilds the under-staked gateways: every current one below {@code min}, in list order. */
    public void relistUnderstakedGateways(double min) {
        relistUnderstaked(gateways, understakedGateways, min);
    }

    /** Rebuilds the under-staked applications: every current one below {@code min}, in list order. */
    public void relistUnderstakedApplications(double min) {
        relistUnderstaked(applications, understakedApplications, min);
    }

    private static <T extends Participant> void relistUnderstaked(ArrayList<T> current, ArrayList<T> understaked,
                                                                  double min) {
        for (int i = 0; i < understaked.size(); i++) {
            understaked.get(i).understaked = false;
        }
        understaked.clear();
        for (int i = 0; i < current.size(); i++) {
            T x = current.get(i);
            if (x.stakedPokt < min) {
                x.understaked = true;
                understaked.add(x);
            }
        }
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
