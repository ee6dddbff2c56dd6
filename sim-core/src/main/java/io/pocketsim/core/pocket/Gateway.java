package io.pocketsim.core.pocket;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A gateway of one run (model-spec.md §2.2). Compared by identity. Reading is public; the model mutates the fields
 * in place. A departed gateway may live on as a "ghost" delegate of applications the original forgot to release.
 */
public final class Gateway {
    private final int id;
    private final String name;

    double poktHoldings;
    double stakedPokt;
    double feesPaid;
    double relaysServed;
    boolean departed;
    boolean leaving;
    // member of the state's under-staked list built at the last leave block
    boolean understaked;
    final ArrayList<Application> delegators = new ArrayList<>();
    private final List<Application> delegatorsView = Collections.unmodifiableList(delegators);

    Gateway(int id, String name, double poktHoldings, double stakedPokt) {
        this.id = id;
        this.name = name;
        this.poktHoldings = poktHoldings;
        this.stakedPokt = stakedPokt;
    }

    /** The per-run id (the original's {@code id_number}). */
    public int id() {
        return id;
    }

    /** The name ("P1" initially, "" for joiners). */
    public String name() {
        return name;
    }

    /** Unstaked balance, uPOKT. */
    public double poktHoldings() {
        return poktHoldings;
    }

    /** Staked balance, uPOKT (delegators' relay fees are paid from it). */
    public double stakedPokt() {
        return stakedPokt;
    }

    /** Total relay fees charged to it, uPOKT. */
    public double feesPaid() {
        return feesPaid;
    }

    /** Total relays processed in sessions it paid for. */
    public double relaysServed() {
        return relaysServed;
    }

    /** Whether it has left {@link PocketState#gateways()} (a ghost if applications still point at it). */
    public boolean isDeparted() {
        return departed;
    }

    /** Delegating applications, in delegation order (read-only view). */
    public List<Application> delegators() {
        return delegatorsView;
    }

    @Override
    public String toString() {
        return "Gateway#" + id + (name.isEmpty() ? "" : "(" + name + ")");
    }
}
