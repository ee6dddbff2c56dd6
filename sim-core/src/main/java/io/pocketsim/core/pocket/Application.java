package io.pocketsim.core.pocket;

/**
 * An application (relay consumer) of one run (model-spec.md §2.2). Compared by identity. Reading is public; the
 * model mutates the fields in place.
 */
public final class Application {
    private final int id;
    private final String name;
    private final int geoZone;
    private final int numberOfServices;
    private final boolean usesGateway;

    double poktHoldings;
    double stakedPokt;
    Gateway delegate;
    boolean leaving;
    // member of the state's under-staked list built at the last leave block
    boolean understaked;

    Application(int id, String name, int geoZone, double poktHoldings, double stakedPokt, int numberOfServices,
                boolean usesGateway) {
        this.id = id;
        this.name = name;
        this.geoZone = geoZone;
        this.poktHoldings = poktHoldings;
        this.stakedPokt = stakedPokt;
        this.numberOfServices = numberOfServices;
        this.usesGateway = usesGateway;
    }

    /** The per-run id (the original's {@code id_number}). */
    public int id() {
        return id;
    }

    /** The name ("A1".."A3" initially, "" for joiners). */
    public String name() {
        return name;
    }

    /** The geo-zone index 0..4 into {@link PocketState#geozones()}. */
    public int geoZone() {
        return geoZone;
    }

    /** Servicers requested per session (the original's {@code number_of_services}). */
    public int numberOfServices() {
        return numberOfServices;
    }

    /** Whether it delegates to a gateway when it can. */
    public boolean usesGateway() {
        return usesGateway;
    }

    /** Unstaked balance, uPOKT. */
    public double poktHoldings() {
        return poktHoldings;
    }

    /** Staked balance, uPOKT (relay fees of non-delegated sessions are paid from it). */
    public double stakedPokt() {
        return stakedPokt;
    }

    /**
     * The gateway it delegates to, or {@code null}. May be a departed ("ghost") gateway no longer in
     * {@link PocketState#gateways()} (the original's gateway-departure bug, model-spec.md §9.13).
     */
    public Gateway delegate() {
        return delegate;
    }

    @Override
    public String toString() {
        return "Application#" + id + (name.isEmpty() ? "" : "(" + name + ")");
    }
}
