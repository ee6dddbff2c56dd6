package io.pocketsim.core.pocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pocketsim.core.pocket.block.MetaBlock;
import io.pocketsim.core.pocket.state.InitialStates;
import io.pocketsim.core.pocket.state.PocketState;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PocketRecorderTest {
    private final PocketRecorder recorder = new PocketRecorder();
    private final double[] row = new double[PocketRecorder.COLUMNS.size()];
    private PocketState s;

    @BeforeEach
    void baseState() {
        s = InitialStates.build("Base", Fixtures.FLAT);
    }

    private double col(String name) {
        int i = PocketRecorder.COLUMNS.indexOf(name);
        assertThat(i).as(name).isGreaterThanOrEqualTo(0);
        return row[i];
    }

    @Test
    void everyScalarColumnOfTheOriginalIsRecorded() {
        List<String> original = List.of("height", "day", "total_relays", "processed_relays", "pokt_price_oracle",
                "n_transactions", "floating_supply", "POKT_burned", "POKT_minted", "period_slashing_costs",
                "period_jailing_opportunity_cost", "relays_to_tokens_multiplier", "gateway_fee_per_relay",
                "application_fee_per_relay", "oracle_shutdown", "oracle_distortion", "POKT_net_mint",
                "total_application_stake", "total_servicer_stake", "total_gateway_stake", "total_stake",
                "circulating_supply", "dao_value_capture", "POKT_burned_cummulative", "POKT_minted_cummulative",
                "POKT_net_mint_cummulative", "kpi_a", "burn_rate", "mint_rate", "net_mint_rate",
                "burn_rate_cummulative", "mint_rate_cummulative", "net_mint_rate_cummulative", "kpi_c", "n_servicers",
                "n_applications", "n_gateways", "n_services", "n_understaked_servicers", "n_understaked_gateways",
                "n_understaked_applications");
        assertThat(PocketRecorder.COLUMNS)
                .containsExactlyElementsOf(original.stream().map(c -> c.replace("cummulative", "cumulative")).toList());
    }

    @Test
    void initialRowOfBase() {
        recorder.record(0, s, row);
        assertThat(col("n_servicers")).isEqualTo(10);
        assertThat(col("n_applications")).isEqualTo(3);
        assertThat(col("n_gateways")).isEqualTo(1);
        assertThat(col("n_services")).isEqualTo(8);
        assertThat(col("pokt_price_oracle")).isEqualTo(6e-8);
        assertThat(col("floating_supply")).isEqualTo(1521517215e6);
        assertThat(col("total_stake")).isEqualTo(210000000000.0);
        assertThat(col("circulating_supply")).isEqualTo(1521517215e6 - 210e9);
        assertThat(col("POKT_burned")).isZero();
        assertThat(col("POKT_burned_cumulative")).isZero();
        assertThat(col("burn_rate_cumulative")).isZero();
        for (String empty : List.of("total_relays", "processed_relays", "n_transactions", "relays_to_tokens_multiplier",
                "gateway_fee_per_relay", "application_fee_per_relay", "oracle_distortion", "kpi_a", "burn_rate",
                "mint_rate", "net_mint_rate", "kpi_c")) {
            assertThat(col(empty)).as(empty).isNaN();
        }
        assertThat(col("oracle_shutdown")).isZero();
    }

    @Test
    void cumulativeSumsAndRatesArePerRun() {
        recorder.record(0, s, row);
        double f0 = s.floatingSupply();
        day(100, 400, 1000, 900);
        assertThat(col("POKT_net_mint")).isEqualTo(300);
        assertThat(col("burn_rate")).isEqualTo(100 / f0);
        assertThat(col("mint_rate")).isEqualTo(400 / f0);
        assertThat(col("kpi_a")).isEqualTo(0.9);
        double f1 = s.floatingSupply();
        day(50, 10, 0, 0);
        assertThat(col("POKT_burned_cumulative")).isEqualTo(150);
        assertThat(col("POKT_minted_cumulative")).isEqualTo(410);
        assertThat(col("POKT_net_mint_cumulative")).isEqualTo(260);
        assertThat(col("burn_rate")).isEqualTo(50 / f1);
        assertThat(col("net_mint_rate")).isEqualTo(-40 / f1);
        assertThat(col("mint_rate_cumulative")).isEqualTo(410 / f0);
        assertThat(col("net_mint_rate_cumulative")).isEqualTo(260 / f0);
        assertThat(col("kpi_a")).as("no relays requested").isNaN();

        // a second run on another state starts from zero, whatever ran before
        PocketState other = InitialStates.build("Base", Fixtures.FLAT);
        recorder.record(0, other, row);
        assertThat(col("POKT_burned_cumulative")).isZero();
        assertThat(col("burn_rate")).isNaN();
    }

    private void day(double burned, double minted, double total, double processed) {
        s.advanceDay(MetaBlock.HEIGHT_PER_DAY);
        s.resetDailyTotals();
        s.burn(burned);
        s.mint(minted);
        s.setRelays(total, processed);
        recorder.record(s.day(), s, row);
    }

    @Test
    void giniOfTheServicerRelayLog() {
        assertThat(PocketRecorder.gini(new double[]{1, 1, 1, 1}, 4)).isZero();
        // all ordered pairs: 6 x |0 - 4| x 2 / (2 * 16 * 1) = 0.75
        assertThat(PocketRecorder.gini(new double[]{0, 4, 0, 0}, 4)).isEqualTo(0.75);
        assertThat(PocketRecorder.gini(new double[]{1, 2, 3}, 3)).isCloseTo(4.0 * 2 / (2 * 9 * 2), within(1e-15));
        assertThat(PocketRecorder.gini(new double[]{0, 0}, 2)).isNaN();
        recorder.record(0, s, row);
        assertThat(col("kpi_c")).as("no log").isNaN();
        s.relayLog().reset();
        recorder.record(0, s, row);
        assertThat(col("kpi_c")).as("empty log").isNaN();
        s.relayLog().appendServicer(s.servicers().get(0), 5);
        s.relayLog().appendServicer(s.servicers().get(1), 15);
        recorder.record(0, s, row);
        assertThat(col("kpi_c")).isEqualTo(20.0 / (2 * 4 * 10));
    }

    @Test
    void oracleStatesAreEncodedAsNumbers() {
        s.setOracleShutdown(PocketState.ORACLE_SHUT_DOWN_FOREVER);
        s.startDistortion(-3, 0, 0);
        recorder.record(0, s, row);
        assertThat(col("oracle_shutdown")).isEqualTo(1);
        assertThat(col("oracle_distortion")).isEqualTo(-3);
        s.setOracleShutdown(7);
        s.endDistortion();
        recorder.record(0, s, row);
        assertThat(col("oracle_shutdown")).isEqualTo(7);
        assertThat(col("oracle_distortion")).isNaN();
    }
}
