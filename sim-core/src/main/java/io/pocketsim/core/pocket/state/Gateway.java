package io.pocketsim.core.pocket.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A gateway of one run (model-spec.md §2.2). Compared by identity. Reading is public; the blocks mutate it in place.
 * A departed gateway may live on as a "ghost" delegate of applications the original forgot to release.
 * The mutators are the blocks' ({@code io.pocketsim.core.pocket.block}); observers only read.
 */
public final class Gateway extends Participant {
    double feesPaid;
    double relaysServed;
    boolean departed;
    // written through Links only
    final ArrayList<Application> delegators = new ArrayList<>();
    private final List<Application> delegatorsView = Collections.unmodifiableList(delegators);

    Gateway(int id, String name, double poktHoldings, double stakedPokt) {
        super(id, name, poktHoldings, stakedPokt);
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

    /**
     * Pays the relay fee of a delegating application's session from its stake, and counts the fee and the session's
     * served relays.
     */
    public void charge(double fee, double served) {
        feesPaid += fee;
        relaysServed += served;
        stakedPokt -= fee;
    }
}
