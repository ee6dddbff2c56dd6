package io.pocketsim.core.pocket.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A service (relay chain) of one run (model-spec.md §2.2). Compared by identity. Reading is public; the blocks
 * mutate it in place. The mutators are the blocks' ({@code io.pocketsim.core.pocket.block}); observers only read.
 */
public final class Service {
    /** Join height of the initial services. */
    public static final long INITIAL_JOIN_HEIGHT = -1;

    private final int id;
    private final String name;
    private final long joinHeight;

    private boolean shutdown;
    // the original's relay_multiplier[service]; NaN when the service has no entry
    private double relayMultiplier = Double.NaN;
    // written through Links only
    final ArrayList<Servicer> servicers = new ArrayList<>();
    private final List<Servicer> servicersView = Collections.unmodifiableList(servicers);
    private boolean leaving;

    Service(int id, String name, long joinHeight) {
        this.id = id;
        this.name = name;
        this.joinHeight = joinHeight;
    }

    /** The per-run id (the original's {@code id_number}). */
    public int id() {
        return id;
    }

    /** The name ("S1".."S8" initially, "ABC" for joiners, as in the original). */
    public String name() {
        return name;
    }

    /** Height at which it joined; {@link #INITIAL_JOIN_HEIGHT} for the initial services. */
    public long joinHeight() {
        return joinHeight;
    }

    /** Whether a service-shutdown event currently disables it. */
    public boolean isShutdown() {
        return shutdown;
    }

    /** Whether an event gave it a relay multiplier. */
    public boolean hasRelayMultiplier() {
        return !Double.isNaN(relayMultiplier);
    }

    /** Its relay multiplier, or {@code NaN} when it has none. */
    public double relayMultiplier() {
        return relayMultiplier;
    }

    /** Linked servicers in link order (read-only view). */
    public List<Servicer> servicers() {
        return servicersView;
    }

    /** Number of linked servicers. */
    public int servicerCount() {
        return servicers.size();
    }

    /** The i-th linked servicer in link order. */
    public Servicer servicer(int i) {
        return servicers.get(i);
    }

    /** Whether the leave block marked it leaving today. */
    public boolean isLeaving() {
        return leaving;
    }

    /** Marks whether it leaves today (the state's {@code removeLeavingServices} removes it). */
    public void markLeaving(boolean leaves) {
        leaving = leaves;
    }

    /** Shuts it down: it serves no relays until switched on (a service-shutdown event). */
    public void shutDown() {
        shutdown = true;
    }

    /** Switches it back on (the reset of a service-shutdown event). */
    public void switchOn() {
        shutdown = false;
    }

    /** Gives it a relay multiplier (events). */
    public void setRelayMultiplier(double multiplier) {
        relayMultiplier = multiplier;
    }

    @Override
    public String toString() {
        return "Service#" + id + "(" + name + ")";
    }
}
