package io.pocketsim.core.pocket.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A service (relay chain) of one run (model-spec.md §2.2). Compared by identity. Reading is public; the model
 * mutates the fields in place.
 */
public final class Service {
    /** Join height of the initial services. */
    public static final long INITIAL_JOIN_HEIGHT = -1;

    private final int id;
    private final String name;
    private final long joinHeight;

    public boolean shutdown;
    // the original's relay_multiplier[service]; NaN when the service has no entry
    public double relayMultiplier = Double.NaN;
    public final ArrayList<Servicer> servicers = new ArrayList<>();
    private final List<Servicer> servicersView = Collections.unmodifiableList(servicers);
    public boolean leaving;

    public Service(int id, String name, long joinHeight) {
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

    @Override
    public String toString() {
        return "Service#" + id + "(" + name + ")";
    }
}
