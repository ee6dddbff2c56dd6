package io.pocketsim.core.pocket.state;

import io.pocketsim.core.pocket.oracle.DailyReturnModel;

/**
 * Builds small hand-made {@link PocketState}s for tests outside this package (the blocks' and the KPI tests):
 * entities with chosen ids and balances, added to and removed from the state's lists, and values no block sets
 * directly, without running any block.
 */
public final class PocketStateFixture {
    private PocketStateFixture() {
    }

    /** A state with no entities; its price model returns 0 (no block is ever run on it). */
    public static PocketState emptyState() {
        return new PocketState(rng -> 0.0);
    }

    /** A state with a validator "V", the initial supply and price, and no other entities. */
    public static PocketState validatorOnly(DailyReturnModel returns) {
        PocketState s = new PocketState(returns);
        s.validators.add(new Validator(0, "V", 0, 0));
        s.floatingSupply = InitialStates.FLOATING_SUPPLY;
        s.poktPriceOracle = InitialStates.PRICE;
        return s;
    }

    /** A service outside any state's list. */
    public static Service service(int id, String name, long joinHeight) {
        return new Service(id, name, joinHeight);
    }

    /** Sets the height, s. */
    public static void setHeight(PocketState state, long height) {
        state.height = height;
    }

    /** Sets a stake holder's stake, uPOKT. */
    public static void setStake(StakeHolder h, double stakedPokt) {
        h.stakedPokt = stakedPokt;
    }

    /** Sets a stake holder's holdings, uPOKT. */
    public static void setHoldings(StakeHolder h, double poktHoldings) {
        h.poktHoldings = poktHoldings;
    }

    /** Marks a participant as on its state's under-staked list (without adding it to the list). */
    public static void setUnderstaked(Participant p, boolean understaked) {
        p.understaked = understaked;
    }

    /** Appends an application with the given per-run id to the application list. */
    public static Application addApplication(PocketState state, int id, int zone, double poktHoldings,
                                             double stakedPokt, int numberOfServices, boolean usesGateway) {
        Application a = new Application(id, "", zone, poktHoldings, stakedPokt, numberOfServices, usesGateway);
        state.applications.add(a);
        return a;
    }

    /** Replaces the application at {@code index} of the list with a new one with the given per-run id. */
    public static Application replaceApplication(PocketState state, int index, int id, int zone, double poktHoldings,
                                                 double stakedPokt, int numberOfServices, boolean usesGateway) {
        Application a = new Application(id, "", zone, poktHoldings, stakedPokt, numberOfServices, usesGateway);
        state.applications.set(index, a);
        return a;
    }

    /** Empties the servicer list (the servicers live on). */
    public static void removeAllServicers(PocketState state) {
        state.servicers.clear();
    }

    /** Appends a servicer with the given per-run id and zero balances to the servicer list. */
    public static Servicer addServicer(PocketState state, int id) {
        Servicer s = new Servicer(id, "", 0, 0, 0, 0.8);
        s.stakedPoktTotalInflow = 0;
        state.servicers.add(s);
        return s;
    }

    /** Sets a servicer's balances, uPOKT. */
    public static void setServicer(Servicer s, double stakedPokt, double stakedPoktTotalInflow, double totalRevenues) {
        s.stakedPokt = stakedPokt;
        s.stakedPoktTotalInflow = stakedPoktTotalInflow;
        s.totalRevenues = totalRevenues;
    }

    /** Adds one {@code slashing_history} entry of {@code −amount} (amount in uPOKT, ≥ 0). */
    public static void slash(Servicer s, double amount) {
        s.slashingHistorySum -= amount;
        s.slashingHistoryCount++;
    }

    /** Adds one {@code jail_lost_revenue_history} entry, uPOKT. */
    public static void loseJailRevenue(Servicer s, double amount) {
        s.jailLostRevenueSum += amount;
        s.jailLostRevenueCount++;
    }

    /** Removes a servicer from the list (it departs; the object lives on). */
    public static void removeServicer(PocketState state, Servicer s) {
        state.servicers.remove(s);
    }

    /** Appends a gateway with the given per-run id and zero balances to the gateway list. */
    public static Gateway addGateway(PocketState state, int id) {
        Gateway g = new Gateway(id, "", 0, 0);
        state.gateways.add(g);
        return g;
    }

    /** Sets a gateway's stake and its running totals of fees paid (uPOKT) and relays served. */
    public static void setGateway(Gateway g, double stakedPokt, double feesPaid, double relaysServed) {
        g.stakedPokt = stakedPokt;
        g.feesPaid = feesPaid;
        g.relaysServed = relaysServed;
    }

    /** Removes a gateway from the list; it becomes a ghost that may still be charged. */
    public static void removeGateway(PocketState state, Gateway g) {
        state.gateways.remove(g);
        g.departed = true;
    }
}
