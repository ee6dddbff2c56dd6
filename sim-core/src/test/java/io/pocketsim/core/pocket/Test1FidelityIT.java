package io.pocketsim.core.pocket;

import io.pocketsim.testsupport.External;
import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.core.engine.RunResult;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Statistical fidelity against the original's test1 experiment (Test state and parameters, T = 365): 60 runs with
 * a fixed root seed compared with the original's distribution over 20 runs (shared reference table), with the rules
 * of the shared compare-distribution tool at timesteps 30, 90, 180, 270 and 365.
 */
class Test1FidelityIT {

    @Test
    void test1MatchesTheOriginalsDistribution() throws InterruptedException {
        External.requireShared("reference/test1-distribution.csv");
        External.requireShared("data/kde-oracle-returns.csv");
        List<RunResult> runs = FidelityRuns.run("Test", "Test", 60, 20240601L);
        DistributionCheck check = DistributionCheck.read(SharedData.test1Reference(), List.of(30, 90, 180, 270, 365),
                false, true);
        DistributionCheck.Outcome outcome = check.compare(runs);
        assertThat(outcome.checked()).isEqualTo(190);
        assertThat(outcome.ok()).as(outcome.report()).isTrue();
    }
}
