package io.pocketsim.core.pocket.state;

/**
 * An application (relay consumer) of one run (model-spec.md §2.2). Compared by identity. Reading is public; the
 * blocks mutate it in place. The mutators are the blocks' ({@code io.pocketsim.core.pocket.block}); observers only read.
 */
public final class Application extends Participant {
    private final int geoZone;
    private final int numberOfServices;
    private final boolean usesGateway;

    // written through Links only
    Gateway delegate;

    Application(int id, String name, int geoZone, double poktHoldings, double stakedPokt, int numberOfServices,
                boolean usesGateway) {
        super(id, name, poktHoldings, stakedPokt);
        this.geoZone = geoZone;
        this.numberOfServices = numberOfServices;
        this.usesGateway = usesGateway;
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

    /**
     * The gateway it delegates to, or {@code null}. May be a departed ("ghost") gateway no longer in
     * {@link PocketState#gateways()} (the original's gateway-departure bug, model-spec.md §9.13).
     */
    public Gateway delegate() {
        return delegate;
    }

    /** Pays a session's relay fee from its stake, uPOKT (sessions without a gateway). */
    public void charge(double fee) {
        stakedPokt -= fee;
    }
}
