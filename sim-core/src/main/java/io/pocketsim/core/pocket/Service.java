package io.pocketsim.core.pocket;

import io.pocketsim.core.pocket.support.Scratch;
import java.util.ArrayList;
import java.util.Arrays;
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

    boolean shutdown;
    // the original's relay_multiplier[service]; NaN when the service has no entry
    double relayMultiplier = Double.NaN;
    final ArrayList<Servicer> servicers = new ArrayList<>();
    private final List<Servicer> servicersView = Collections.unmodifiableList(servicers);
    // today's relay-log slot per geo-zone (index into the state's relay log), -1 when absent
    final int[] relayLogSlot;
    // today's position in the state's service list, set by the reward block before it pays (see Rewards)
    int rewardSlot = -1;
    boolean leaving;
    // the mark of the last scan that visited this service (Scratch.nextMark): service linking marks the services of
    // the servicer it scans, the revenue-expectation update those the servicer has an expectation for
    long mark;
    // the position of this service in the expectations of the servicer marked last by the expectation update
    int expectationIndex;

    Service(int id, String name, long joinHeight, int zones) {
        this.id = id;
        this.name = name;
        this.joinHeight = joinHeight;
        this.relayLogSlot = new int[zones];
        Arrays.fill(relayLogSlot, -1);
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
