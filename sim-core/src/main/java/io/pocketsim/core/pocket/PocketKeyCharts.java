package io.pocketsim.core.pocket;

import io.pocketsim.core.engine.KeyChart;
import io.pocketsim.core.engine.KeyChart.Series;
import java.util.List;

/**
 * The Pocket model's key state variables for reports: which recorded columns ({@link PocketRecorder#COLUMNS},
 * docs/pocket-model-columns.md) are drawn over time, grouped into charts, with units. Token amounts are recorded in
 * uPOKT and drawn in POKT; the price is recorded in USD per uPOKT and drawn in USD per POKT.
 */
public final class PocketKeyCharts {
    private static final double POKT_PER_UPOKT = 1e-6;
    private static final double UPOKT_PER_POKT = 1e6;

    /** The charts, in reading order. */
    public static final List<KeyChart> CHARTS = List.of(
            new KeyChart("participants", "Participants by kind", "count", 1, List.of(
                    new Series("n_servicers", "servicers"),
                    new Series("n_applications", "applications"),
                    new Series("n_gateways", "gateways"))),
            new KeyChart("relays", "Relays requested and processed per day", "relays per day", 1, List.of(
                    new Series("total_relays", "requested"),
                    new Series("processed_relays", "processed"))),
            new KeyChart("price", "POKT price (oracle)", "USD per POKT", UPOKT_PER_POKT, List.of(
                    new Series("pokt_price_oracle", "price"))),
            new KeyChart("floating_supply", "Floating supply", "POKT", POKT_PER_UPOKT, List.of(
                    new Series("floating_supply", "floating supply"))),
            new KeyChart("minted_burned", "Minted and burned per day", "POKT per day", POKT_PER_UPOKT, List.of(
                    new Series("POKT_minted", "minted"),
                    new Series("POKT_burned", "burned"))),
            new KeyChart("stakes", "Stakes by kind", "POKT", POKT_PER_UPOKT, List.of(
                    new Series("total_servicer_stake", "servicers"),
                    new Series("total_application_stake", "applications"),
                    new Series("total_gateway_stake", "gateways"))),
            new KeyChart("dao_value_capture", "DAO value capture", "fraction of floating supply", 1, List.of(
                    new Series("dao_value_capture", "DAO holdings / floating supply"))));

    private PocketKeyCharts() {
    }
}
