package io.pocketsim.core.pocket;

import io.pocketsim.testsupport.External;
import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.core.engine.RunResult;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Statistical fidelity against the original's Base experiment: 60 runs with a fixed root seed against the table of
 * the original's 20 runs in fidelity.md (test resource fidelity/base-original-20runs.csv). Every mean must pass the
 * two-sample z (|z| ≤ 4, n = 20, sd from the table). The table prints means with four significant digits, so a mean
 * stands for the interval of half a unit in its last digit (this matters for floating_supply only: ±5e11 uPOKT).
 */
class BaseFidelityIT {

    @Test
    void baseMatchesTheOriginalsTable() throws InterruptedException, URISyntaxException {
        External.requireShared("data/kde-oracle-returns.csv");
        List<RunResult> runs = FidelityRuns.run("Base", "Base", 60, 20240602L);
        Path table = Path.of(BaseFidelityIT.class.getResource("/fidelity/base-original-20runs.csv").toURI());
        DistributionCheck.Outcome outcome = DistributionCheck.read(table, List.of(90, 365), true, false).compare(runs);
        assertThat(outcome.checked()).isEqualTo(18);
        assertThat(outcome.failures()).as(outcome.report()).isEmpty();
        assertThat(outcome.missing()).isEmpty();
    }
}
