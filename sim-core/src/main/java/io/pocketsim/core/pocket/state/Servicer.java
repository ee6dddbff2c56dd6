package io.pocketsim.core.pocket.state;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A servicer (node runner) of one run (model-spec.md §2.2). Entities are compared by identity, as in the original.
 *
 * <p>Reading is public; the blocks mutate it in place, so a servicer keeps changing until it departs. Whoever needs
 * its state at a given timestep (e.g. per-run KPIs) must copy the values then. The mutators are the blocks'
 * ({@code io.pocketsim.core.pocket.block}); observers only read.
 *
 * <p>The original's per-height history dictionaries ({@code slashing_history}, {@code slashing_from_jailing_history},
 * {@code jail_lost_revenue_history}) are kept as sums and entry counts: a servicer is jailed at most once and
 * unjailed at most once per day, so no entry is ever overwritten and sum/count carry everything the KPIs use.
 */
public final class Servicer extends Participant {
    private final int geoZone;
    private final double qos;

    double stakedPoktTotalInflow;
    double totalRevenues;
    private boolean jailed;
    private long pauseHeight;
    private boolean shutDown;

    double slashingHistorySum;
    int slashingHistoryCount;
    double jailLostRevenueSum;
    int jailLostRevenueCount;

    /** Linked services, in link order (the original's {@code servicer.services}); written through Links only. */
    final ArrayList<Service> services = new ArrayList<>(16);
    private final List<Service> servicesView = Collections.unmodifiableList(services);

    // revenue_expectations: {Service: EWMA}, insertion-ordered, as parallel arrays with room for every link
    private Service[] expServices = new Service[16];
    private double[] expValues = new double[16];
    private int expCount;

    Servicer(int id, String name, int geoZone, double poktHoldings, double stakedPokt, double qos) {
        super(id, name, poktHoldings, stakedPokt);
        this.geoZone = geoZone;
        this.stakedPoktTotalInflow = stakedPokt;
        this.qos = qos;
    }

    /** The geo-zone index 0..4 into {@link PocketState#geozones()} ("Zone 1".."Zone 5"). */
    public int geoZone() {
        return geoZone;
    }

    /** Initial stake plus all top-ups minus all slashes, uPOKT (the original's {@code staked_pokt_total_inflow}). */
    public double stakedPoktTotalInflow() {
        return stakedPoktTotalInflow;
    }

    /** Sum of block-reward payments received (after the QoS burn), uPOKT. */
    public double totalRevenues() {
        return totalRevenues;
    }

    /** Quality of service: the paid fraction of each reward share (the rest is burned). */
    public double qos() {
        return qos;
    }

    /** Whether the servicer is jailed (the original's truthy {@code pause_height}). */
    public boolean isJailed() {
        return jailed;
    }

    /** The height at which it was jailed; meaningful only while {@link #isJailed()}. */
    public long pauseHeight() {
        return pauseHeight;
    }

    /** Whether a servicer-shutdown event hit it (permanent). */
    public boolean isShutDown() {
        return shutDown;
    }

    /** The linked services in link order (read-only view). */
    public List<Service> services() {
        return servicesView;
    }

    /** Number of linked services. */
    public int serviceCount() {
        return services.size();
    }

    /** The i-th linked service in link order. */
    public Service service(int i) {
        return services.get(i);
    }

    /** Sum of {@code slashing_history} values: minus the total slashed, uPOKT (≤ 0). */
    public double slashingHistorySum() {
        return slashingHistorySum;
    }

    /** Number of {@code slashing_history} entries (days on which it was jailed and slashed). */
    public int slashingHistoryCount() {
        return slashingHistoryCount;
    }

    /** Whether {@code slashing_history} is non-empty. */
    public boolean hasSlashingHistory() {
        return slashingHistoryCount > 0;
    }

    /** Sum of {@code jail_lost_revenue_history} values, uPOKT. */
    public double jailLostRevenueSum() {
        return jailLostRevenueSum;
    }

    /** Number of {@code jail_lost_revenue_history} entries. */
    public int jailLostRevenueCount() {
        return jailLostRevenueCount;
    }

    /** Number of entries of {@code revenue_expectations}. */
    public int revenueExpectationCount() {
        return expCount;
    }

    /** The service of the i-th revenue expectation (insertion order). */
    public Service revenueExpectationService(int i) {
        return expServices[i];
    }

    /** The i-th revenue expectation (EWMA of daily earnings), uPOKT per day. */
    public double revenueExpectation(int i) {
        return expValues[i];
    }

    /** Sum of all revenue expectations (what a jailed servicer is recorded to lose). */
    public double revenueExpectationSum() {
        double s = 0;
        for (int i = 0; i < expCount; i++) {
            s += expValues[i];
        }
        return s;
    }

    /** The revenue expectation for a service, or {@code NaN} if it has none. */
    public double revenueExpectation(Service service) {
        for (int i = 0; i < expCount; i++) {
            if (expServices[i] == service) {
                return expValues[i];
            }
        }
        return Double.NaN;
    }

    /** Moves holdings into stake up to {@code target}, unclamped as the original's servicer top-up, as inflow. */
    public void topUpTo(double target) {
        stakedPoktTotalInflow += topUpTo(target, false);
    }

    /** Receives a block-reward payment into its holdings, counted as revenue, uPOKT. */
    public void earn(double paid) {
        poktHoldings += paid;
        totalRevenues += paid;
    }

    /** Jails it at {@code height}. */
    public void jail(long height) {
        jailed = true;
        pauseHeight = height;
    }

    /** Releases it from jail. */
    public void unjail() {
        jailed = false;
    }

    /** Slashes {@code amount} from its stake and inflow, recorded as one {@code slashing_history} entry, uPOKT. */
    public void slash(double amount) {
        slashingHistorySum += -amount;
        slashingHistoryCount++;
        stakedPokt -= amount;
        stakedPoktTotalInflow -= amount;
    }

    /** Records a jailed day's lost revenue as one {@code jail_lost_revenue_history} entry, uPOKT. */
    public void loseJailRevenue(double lost) {
        jailLostRevenueSum += lost;
        jailLostRevenueCount++;
    }

    /** Shuts it down for good (a servicer-shutdown event): it serves no relays and is jailed without a draw. */
    public void shutDown() {
        shutDown = true;
    }

    /** Makes room for an expectation per link: at most one per linked service is ever kept. */
    void ensureLinkCapacity(int n) {
        if (expServices.length < n) {
            int len = Math.max(n, expServices.length * 2);
            expServices = Arrays.copyOf(expServices, len);
            expValues = Arrays.copyOf(expValues, len);
        }
    }

    /**
     * Takes {@code keys[0, n)} and {@code values[0, n)} as its revenue expectations: the arrays themselves, not
     * copies (the caller gives them up), and hands its former arrays, cleared past {@code n}, to {@code spare} for
     * reuse, so an update copies nothing.
     */
    public void tradeRevenueExpectations(Service[] keys, double[] values, int n, SpareExpectations spare) {
        for (int k = n; k < expCount; k++) {
            expServices[k] = null;
        }
        spare.spareExpectations(expServices, expValues);
        expServices = keys;
        expValues = values;
        expCount = n;
    }

    /** Takes the revenue-expectation arrays a servicer gives up (see {@link #tradeRevenueExpectations}). */
    @FunctionalInterface
    public interface SpareExpectations {
        /** Keeps {@code services} and {@code values} for reuse. */
        void spareExpectations(Service[] services, double[] values);
    }
}
