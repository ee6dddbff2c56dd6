package io.pocketsim.core.pocket.state;

import io.pocketsim.core.param.AllowedValues;
import io.pocketsim.core.pocket.oracle.DailyReturnModel;
import java.util.List;
import java.util.Objects;

/**
 * The original's deterministic initial states "Test" and "Base" (model-spec.md §2.3). Ids follow the original's
 * class counters: Test entities were built first, then Base, so Base ids continue after Test's, and later joiners
 * continue after both (A: 6, X: 15, S: 16, P: 2).
 */
public final class InitialStates {
    /** The known state-set names. */
    public static final List<String> NAMES = List.of("Test", "Base");

    /** Initial floating supply, uPOKT. */
    public static final double FLOATING_SUPPLY = 1521517215 * 1e6;
    /** Initial oracle price, USD per uPOKT (0.06 USD/POKT). */
    public static final double PRICE = 0.06 / 1e6;
    /** Initial holdings and stake of every initial entity, uPOKT. */
    public static final double INITIAL_AMOUNT = 15000 * 1e6;

    private InitialStates() {
    }

    /**
     * Builds a fresh initial state.
     *
     * @param stateSet    "Test" (5 servicers) or "Base" (10 servicers)
     * @param returnModel the run's daily price-return model
     * @throws IllegalArgumentException for an unknown state set
     */
    public static PocketState build(String stateSet, DailyReturnModel returnModel) {
        Objects.requireNonNull(returnModel, "returnModel");
        boolean base;
        if ("Base".equals(stateSet)) {
            base = true;
        } else if ("Test".equals(stateSet)) {
            base = false;
        } else {
            throw new IllegalArgumentException("stateSet: unknown state set \"" + stateSet + "\""
                    + AllowedValues.oneOf(String.valueOf(stateSet), NAMES));
        }
        PocketState s = new PocketState(returnModel);
        int zones = s.geozones().size();
        int appId = base ? 3 : 0;
        s.applications.add(new Application(appId, "A1", 0, INITIAL_AMOUNT, INITIAL_AMOUNT, 1, true));
        s.applications.add(new Application(appId + 1, "A2", 1, INITIAL_AMOUNT, INITIAL_AMOUNT, 2, false));
        s.applications.add(new Application(appId + 2, "A3", 2, INITIAL_AMOUNT, INITIAL_AMOUNT, 1, true));
        s.gateways.add(new Gateway(base ? 1 : 0, "P1", INITIAL_AMOUNT, INITIAL_AMOUNT));
        int serviceId = base ? 8 : 0;
        for (int x = 1; x <= 8; x++) {
            s.services.add(new Service(serviceId + x - 1, "S" + x, Service.INITIAL_JOIN_HEIGHT));
        }
        int n = base ? 10 : 5;
        int servicerId = base ? 5 : 0;
        for (int i = 1; i <= n; i++) {
            // "Zone {i % 5 + 1}": X1 -> Zone 2, ..., X5 -> Zone 1
            s.servicers.add(new Servicer(servicerId + i - 1, "X" + i, i % 5, INITIAL_AMOUNT, INITIAL_AMOUNT, 0.8));
        }
        s.validators.add(new Validator(base ? 1 : 0, "Mega Validator", INITIAL_AMOUNT, INITIAL_AMOUNT));
        s.floatingSupply = FLOATING_SUPPLY;
        s.poktPriceOracle = PRICE;
        s.nextApplicationId = 6;
        s.nextServicerId = 15;
        s.nextServiceId = 16;
        s.nextGatewayId = 2;
        return s;
    }
}
