package io.pocketsim.cli;

import java.nio.file.Path;

/** Small grid files for CLI tests. */
final class TestGrids {
    private TestGrids() {
    }

    /** A plain 3-point sweep {@code sweep3} of application_max_number, 3 runs of 10 days. */
    static Path sweep3(Path dir) {
        return Cli.write(dir.resolve("sweep3.json"), "{\"grids\": [{\"name\": \"sweep3_\", \"model\": \"pocket\", "
                + "\"stateSet\": \"Base\", \"parameterSet\": \"Base\", \"runs\": 3, \"days\": 10, "
                + "\"environmental\": {\"application_max_number\": [5, 20, 100]}}]}");
    }

    /**
     * Iteration 1 of an adaptive family scored with the network_failures_service scenario: its two protocol
     * parameters at 2 values each, one environmental parameter at 2 values and a fixed event, so 8 points.
     */
    static Path serviceFamily(Path dir, String family, int runs, int days) {
        return Cli.write(dir.resolve(family + "_ag1_.json"), "{\n"
                + "  \"name\": \"" + family + "_ag1_\", \"family\": \"" + family + "\", \"iteration\": 1,\n"
                + "  \"scenario\": \"network_failures_service\",\n"
                + "  \"model\": \"pocket\", \"stateSet\": \"Base\", \"parameterSet\": \"Base\",\n"
                + "  \"runs\": " + runs + ", \"days\": " + days + ",\n"
                + "  \"fixed\": {\"event\": \"service_shutdown_random_t1\"},\n"
                + "  \"protocol\": {\"slash_fraction_downtime\": [1e-10, 0.1], \"max_chains_servicer\": [1, 20]},\n"
                + "  \"environmental\": {\"servicer_service_density_starting\": [0.1, 0.5]},\n"
                + "  \"derived\": {\"dao_fee_percentage\": \"1 - validator_fee_percentage\"}\n"
                + "}\n");
    }
}
