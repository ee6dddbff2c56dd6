package io.pocketsim.core.pocket.kpi;

import static io.pocketsim.core.pocket.state.PocketStateFixture.addGateway;
import static io.pocketsim.core.pocket.state.PocketStateFixture.addServicer;
import static io.pocketsim.core.pocket.state.PocketStateFixture.loseJailRevenue;
import static io.pocketsim.core.pocket.state.PocketStateFixture.removeGateway;
import static io.pocketsim.core.pocket.state.PocketStateFixture.removeServicer;
import static io.pocketsim.core.pocket.state.PocketStateFixture.setGateway;
import static io.pocketsim.core.pocket.state.PocketStateFixture.setServicer;
import static io.pocketsim.core.pocket.state.PocketStateFixture.slash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.pocketsim.core.engine.RunMetrics;
import io.pocketsim.core.pocket.state.Gateway;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.PocketStateFixture;
import io.pocketsim.core.pocket.state.Servicer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The streaming accumulator against a naive reference that keeps a snapshot of every entity on every day it is
 * present (a map from id to its last snapshot, in first-seen order), on random runs with sparse ids beyond the
 * initial array sizes, entities joining and leaving at random and departed entities that keep changing.
 */
class LastSeenEntitiesTest {
    private static final double R = 0.05;

    /** A servicer's numbers on one day: staked, inflow, revenues, slashing sum, slashing count, jail lost. */
    private record ServicerSnapshot(double staked, double inflow, double revenues, double slashing, int slashes,
                                    double jailLost) {
        static ServicerSnapshot of(Servicer s) {
            return new ServicerSnapshot(s.stakedPokt(), s.stakedPoktTotalInflow(), s.totalRevenues(),
                    s.slashingHistorySum(), s.slashingHistoryCount(), s.jailLostRevenueSum());
        }
    }

    private record GatewaySnapshot(double staked, double relays) {
    }

    @Test
    void entityKpisEqualThoseOfTheLastSnapshotOfEveryIdEverSeen() {
        qt().withFixedSeed(20240601L).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
            PocketRunParameters params = PocketKpisTest.params();
            int days = 1 + rng.nextInt(40);
            RunMetrics.Accumulator<PocketState> acc = PocketKpis.of(KpiRows.COLUMNS, R).begin(params, days);
            Map<Integer, ServicerSnapshot> servicers = new LinkedHashMap<>();
            Map<Integer, GatewaySnapshot> gateways = new LinkedHashMap<>();

            PocketState s = PocketStateFixture.emptyState();
            List<Servicer> departedServicers = new ArrayList<>();
            List<Gateway> ghosts = new ArrayList<>();
            Map<Integer, Boolean> used = new HashMap<>();
            for (int t = 0; t <= days; t++) {
                int joins = rng.nextInt(4);
                for (int j = 0; j < joins; j++) {
                    addServicer(s, freshId(rng, used, 600));
                }
                if (rng.nextInt(3) == 0) {
                    addGateway(s, freshId(rng, used, 600) + 1000);
                }
                for (Servicer x : s.servicers()) {
                    change(rng, x);
                }
                for (Gateway g : s.gateways()) {
                    setGateway(g, 1.5e11 + (rng.nextInt(5) - 3) * 1e9, rng.nextInt(10) * 1e7, rng.nextInt(10) * 1e6);
                }
                acc.observe(t, s, KpiRows.row().build());
                for (Servicer x : s.servicers()) {
                    servicers.put(x.id(), ServicerSnapshot.of(x));
                }
                for (Gateway g : s.gateways()) {
                    gateways.put(g.id(), new GatewaySnapshot(g.stakedPokt(), g.relaysServed()));
                }
                for (Servicer x : new ArrayList<>(s.servicers())) {
                    if (rng.nextInt(6) == 0) {
                        removeServicer(s, x);
                        departedServicers.add(x);
                    }
                }
                for (Gateway g : new ArrayList<>(s.gateways())) {
                    if (rng.nextInt(5) == 0) {
                        removeGateway(s, g);
                        ghosts.add(g);
                    }
                }
                // departed entities keep changing; none of this may be counted
                departedServicers.forEach(x -> change(rng, x));
                ghosts.forEach(g -> setGateway(g, g.stakedPokt() - 1e7, g.feesPaid() + 1e7, g.relaysServed() + 1e6));
            }
            double[] k = acc.result();

            List<ServicerSnapshot> last = new ArrayList<>(servicers.values());
            double pJail = 1 - Math.pow(1 - params.servicerJailingProbability(), days);
            assertClose(k, "KPI 1", meanNonZero(last.stream().mapToDouble(x -> (1 + 1 / R)
                    * (x.revenues() - R * x.staked() + 1 / (1 + R) * (1 - pJail) * x.jailLost())).toArray()));
            assertClose(k, "KPI 8", -last.stream().filter(x -> x.slashes() > 0).mapToDouble(ServicerSnapshot::slashing)
                    .sum() / last.stream().filter(x -> x.slashes() > 0).count());
            double slashing = last.stream().mapToDouble(ServicerSnapshot::slashing).sum();
            double jailing = -last.stream().mapToDouble(x -> x.jailLost() + x.slashing()).sum();
            assertClose(k, "KPI E", jailing > 0 ? Math.exp(-slashing / jailing) : Double.NaN);
            assertClose(k, "KPI 11", meanNonZero(last.stream().filter(x -> x.revenues() > 0)
                    .mapToDouble(x -> x.jailLost() / x.revenues()).toArray()));
            assertClose(k, "KPI 14", meanNonZero(last.stream().filter(x -> x.revenues() > 0)
                    .mapToDouble(x -> R * x.inflow() / x.revenues()).toArray()));
            assertClose(k, "KPI 3", gateways.values().stream().mapToDouble(g -> 1e6 * ((1 + 1 / R)
                    * (params.kpi3R() - params.gatewayFeePerRelay() / 1e6) * g.relays()
                    - Math.max(0, params.gatewayMinimumStake() - g.staked()) / 1e6)).average().orElse(Double.NaN));
        });
    }

    private static int freshId(UniformRandomProvider rng, Map<Integer, Boolean> used, int bound) {
        int id;
        do {
            id = rng.nextInt(bound);
        } while (used.putIfAbsent(id, true) != null);
        return id;
    }

    private static void change(UniformRandomProvider rng, Servicer x) {
        // revenues are 0 a third of the time, inflows sometimes 0, to exercise the filters
        setServicer(x, rng.nextInt(5) * 1000.0, rng.nextInt(4) * 700.0, rng.nextInt(3) == 0 ? 0 : rng.nextInt(900) + 1);
        if (rng.nextInt(4) == 0) {
            slash(x, rng.nextInt(300));
        }
        if (rng.nextInt(4) == 0) {
            loseJailRevenue(x, rng.nextInt(200));
        }
    }

    private static double meanNonZero(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (v != 0) {
                sum += v;
                n++;
            }
        }
        return n > 0 ? sum / n : Double.NaN;
    }

    private static void assertClose(double[] k, String name, double expected) {
        double actual = PocketKpisTest.kpi(k, name);
        if (Double.isNaN(expected)) {
            assertThat(actual).as(name).isNaN();
        } else {
            assertThat(actual).as(name).isCloseTo(expected, org.assertj.core.api.Assertions.within(
                    1e-9 * Math.max(1, Math.abs(expected))));
        }
    }
}
