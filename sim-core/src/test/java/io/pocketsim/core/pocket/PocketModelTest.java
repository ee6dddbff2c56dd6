package io.pocketsim.core.pocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.pocketsim.core.engine.Block;
import io.pocketsim.core.engine.RunMetrics;
import io.pocketsim.core.engine.RunResult;
import io.pocketsim.core.engine.RunSpec;
import io.pocketsim.core.engine.Simulation;
import io.pocketsim.core.pocket.oracle.ParametricReturnSource;
import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.Gateway;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.Servicer;
import io.pocketsim.core.random.RunIdentity;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class PocketModelTest {
    private final PocketModel model = new PocketModel(ParametricReturnSource.pokt());
    private final Simulation<PocketState, PocketRunParameters> sim = new Simulation<>(model,
            io.pocketsim.core.pocket.kpi.PocketObservers.recorderOnly());

    private RunResult run(String set, String state, int runIndex, Object... overrides) {
        PocketRunParameters p = Fixtures.params(set, overrides);
        return sim.run(new RunSpec<>(new RunIdentity(set, 1, runIndex), p, state, 365, 99L));
    }

    @Test
    void describesItself() {
        assertThat(model.name()).isEqualTo("pocket");
        assertThat(model.stateSets()).containsExactly("Test", "Base");
        assertThat(model.parameters().names()).hasSize(78);
        assertThat(model.blocks()).extracting(Block::name).containsExactly("meta_update_block", "gfpr_rttm_block",
                "join_block", "stake_block", "delegation_service_block", "relay_requests_block",
                "jailing_slashing_block", "block_and_fee_rewards_block", "undelegation_unservice_block", "leave_block",
                "events_block");
        assertThatThrownBy(() -> model.initialState(Fixtures.base(), "Bsae", Fixtures.seeded(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Bsae").hasMessageContaining("Base");
    }

    @Test
    void metricsHookIsUsedByTheEngine() {
        RunMetrics<PocketState, PocketRunParameters> count = new RunMetrics<>() {
            @Override
            public List<String> columns() {
                return List.of("days_with_relays");
            }

            @Override
            public Accumulator<PocketState> begin(PocketRunParameters params, int timesteps) {
                return new Accumulator<>() {
                    int days;

                    @Override
                    public void observe(int timestep, PocketState state, double[] row) {
                        if (state.processedRelays() > 0) {
                            days++;
                        }
                    }

                    @Override
                    public double[] result() {
                        return new double[]{days};
                    }
                };
            }
        };
        RunResult r = sim.withObservers(sim.observers().withMetrics(count)).run(
                new RunSpec<>(new RunIdentity("Base", 1, 1),
                Fixtures.base(), "Base", 30, 1L));
        assertThat(r.metric("days_with_relays")).isEqualTo(30);
    }

    @Test
    void runsAreReproducibleAndIndependent() {
        RunResult a = run("Base", "Base", 1);
        RunResult b = run("Base", "Base", 2);
        RunResult again = run("Base", "Base", 1);
        for (int t = 0; t <= 365; t++) {
            assertThat(java.util.Arrays.equals(again.rows()[t], a.rows()[t])).as("row %d", t).isTrue();
        }
        assertThat(b.value(365, "floating_supply")).isNotEqualTo(a.value(365, "floating_supply"));
    }

    @Test
    void initialStateSets() {
        assertThat(run("Test", "Test", 1).value(0, "n_servicers")).isEqualTo(5);
        RunResult base = run("Base", "Base", 1);
        assertThat(base.value(0, "n_servicers")).isEqualTo(10);
        assertThat(base.value(0, "total_stake")).isEqualTo(210e9);
        assertThat(base.value(365, "day")).isEqualTo(365);
        assertThat(base.value(365, "height")).isEqualTo(365 * 86400.0);
    }

    @Test
    void initialGatewayIsForcedOutOnDayTwo() {
        for (long seed = 1; seed <= 5; seed++) {
            PocketRunParameters p = Fixtures.base("gateway_leave_probability", 0.0);
            PocketState s = model.initialState(p, "Base", Fixtures.seeded(0));
            Gateway p1 = s.gateways().get(0);
            UniformRandomProvider rng = Fixtures.seeded(seed);
            Fixtures.days(model, p, s, rng, 1);
            assertThat(s.gateways()).contains(p1);
            assertThat(p1.stakedPokt()).isLessThanOrEqualTo(30000e6);
            assertThat(s.understakedGateways()).contains(p1);
            Fixtures.days(model, p, s, rng, 1);
            assertThat(s.gateways()).doesNotContain(p1);
            assertThat(p1.isDeparted()).isTrue();
        }
    }

    @Test
    void shutDownServicersLoseRelaysOnDays183And184AndAreGoneAfter184() {
        PocketRunParameters p = Fixtures.params("BaseEvent");
        int runsWithVictims = 0;
        for (long seed = 1; seed <= 8; seed++) {
            PocketState s = model.initialState(p, "Base", Fixtures.seeded(0));
            UniformRandomProvider rng = Fixtures.seeded(seed);
            List<Double> kpiA = new ArrayList<>();
            List<Servicer> victims = new ArrayList<>();
            for (int t = 1; t <= 190; t++) {
                Fixtures.days(model, p, s, rng, 1);
                kpiA.add(s.processedRelays() / s.totalRelays());
                if (t == 182) {
                    s.servicers().stream().filter(Servicer::isShutDown).forEach(victims::add);
                }
                if (t >= 184) {
                    assertThat(s.servicers()).as("day %d", t).noneMatch(Servicer::isShutDown);
                }
            }
            for (int t = 1; t <= 190; t++) {
                boolean lossDay = (t == 183 || t == 184) && !victims.isEmpty();
                if (lossDay) {
                    assertThat(kpiA.get(t - 1)).as("seed %d day %d", seed, t).isLessThan(1.0);
                } else {
                    assertThat(kpiA.get(t - 1)).as("seed %d day %d", seed, t).isEqualTo(1.0);
                }
            }
            assertThat(victims).allSatisfy(v -> assertThat(v.isJailed()).isTrue());
            runsWithVictims += victims.isEmpty() ? 0 : 1;
        }
        assertThat(runsWithVictims).isGreaterThanOrEqualTo(6);
    }

    @Test
    void dynamicFeesFollowThePrice() {
        RunResult r = run("BaseDynamic", "Base", 1);
        double lowest = Double.POSITIVE_INFINITY;
        double highest = 0;
        for (int t = 1; t <= 365; t++) {
            double price = r.value(t, "pokt_price_oracle");
            double relaysBillions = t == 1 ? 1 : r.value(t - 1, "processed_relays") / 1e9;
            assertThat(relaysBillions).isLessThan(1.5); // both fees stay at their bootstrap USD values
            // USD per relay = uPOKT per relay * USD per uPOKT
            assertThat(r.value(t, "gateway_fee_per_relay") * price).isCloseTo(0.85e-6, within(1e-15));
            assertThat(r.value(t, "relays_to_tokens_multiplier") * price).isCloseTo(5e-6, within(1e-14));
            assertThat(r.value(t, "application_fee_per_relay"))
                    .isCloseTo(1.25 * r.value(t, "gateway_fee_per_relay"), within(1e-9));
            lowest = Math.min(lowest, price);
            highest = Math.max(highest, price);
        }
        assertThat(highest / lowest).isGreaterThan(1.5);
    }

    @Test
    void noGatewayCanJoinAboveTheHardCodedJoinStake() {
        RunResult r = run("Base", "Base", 3, "gateway_minimum_stake", 200000e6);
        assertThat(r.value(1, "n_gateways")).isLessThanOrEqualTo(1);
        for (int t = 2; t <= 365; t++) {
            assertThat(r.value(t, "n_gateways")).as("day %d", t).isZero();
        }
        assertThat(r.value(365, "processed_relays")).isPositive();
    }

    @Test
    void ghostGatewaysAppearUnlessDepartureReleasesEveryDelegator() {
        assertThat(ghostDays(Fixtures.base())).isPositive();
        assertThat(ghostDays(Fixtures.corrected(Correction.GATEWAY_DEPARTURE_RELEASES_ALL))).isZero();
    }

    private int ghostDays(PocketRunParameters p) {
        PocketState s = model.initialState(p, "Base", Fixtures.seeded(0));
        UniformRandomProvider rng = Fixtures.seeded(21);
        int days = 0;
        for (int t = 1; t <= 200; t++) {
            Fixtures.days(model, p, s, rng, 1);
            boolean ghost = s.applications().stream().anyMatch(a -> a.delegate() != null && a.delegate().isDeparted());
            days += ghost ? 1 : 0;
        }
        return days;
    }

    @Test
    void relayFeeBurnCorrectionShrinksTheSupply() {
        RunResult original = run("Base", "Base", 4);
        RunResult burning = run("Base", "Base", 4, "corrections", List.of("relay_fee_burn"));
        // same draws until the fees change stakes: day 1 relays are identical, burns differ by the fees
        assertThat(burning.value(1, "total_relays")).isEqualTo(original.value(1, "total_relays"));
        assertThat(burning.value(1, "POKT_burned")).isGreaterThan(original.value(1, "POKT_burned")
                + 20 * original.value(1, "processed_relays"));
        assertThat(burning.value(365, "floating_supply")).isLessThan(original.value(365, "floating_supply"));
    }
}
