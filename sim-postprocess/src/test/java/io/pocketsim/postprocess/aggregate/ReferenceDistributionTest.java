package io.pocketsim.postprocess.aggregate;

import io.pocketsim.testsupport.External;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceDistributionTest {
    private static final Path REFERENCE = Path.of(System.getProperty("pocketsim.root", "."))
            .resolve("../shared/reference/test1-distribution.csv");

    @Test
    void shouldReadTheOriginalModelsReferenceDistribution() throws IOException {
        External.require(Files.exists(REFERENCE), "../shared/reference/test1-distribution.csv");

        List<DistributionRow> rows;
        try (Reader in = Files.newBufferedReader(REFERENCE)) {
            rows = DistributionCsv.read(in);
        }

        // 366 timesteps x 40 variables, in timestep-then-variable order like the aggregator's output
        assertThat(rows).hasSize(366 * 40);
        assertThat(rows.get(0).timestep()).isZero();
        assertThat(rows.get(rows.size() - 1).timestep()).isEqualTo(365);
        assertThat(rows.stream().filter(r -> r.timestep() == 1).map(DistributionRow::variable).distinct().count())
                .isEqualTo(40);
        DistributionRow relays0 = rows.stream()
                .filter(r -> r.timestep() == 0 && r.variable().equals("total_relays")).findFirst().orElseThrow();
        assertThat(relays0.n()).isZero();
        assertThat(relays0.mean()).isNaN();
        DistributionRow gateways1 = rows.stream()
                .filter(r -> r.timestep() == 1 && r.variable().equals("n_gateways")).findFirst().orElseThrow();
        assertThat(gateways1.n()).isEqualTo(20);
        assertThat(gateways1.mean()).isEqualTo(1.8);
        assertThat(gateways1.p5()).isLessThanOrEqualTo(gateways1.p50()).isLessThanOrEqualTo(gateways1.p95());
    }
}
