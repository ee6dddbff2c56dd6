package io.pocketsim.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void rateEtaAndFractionFollowFromDoneTotalAndElapsed() {
        Progress p = new Progress(25, 100, Duration.ofSeconds(10));
        assertThat(p.runsPerSecond()).isCloseTo(2.5, within(1e-12));
        assertThat(p.eta()).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.fraction()).isEqualTo(0.25);
    }

    @Test
    void finishedAndEmptyBatchesAreComplete() {
        assertThat(new Progress(100, 100, Duration.ofSeconds(3)).eta()).isZero();
        assertThat(new Progress(100, 100, Duration.ofSeconds(3)).fraction()).isEqualTo(1.0);
        assertThat(new Progress(0, 0, Duration.ZERO).fraction()).isEqualTo(1.0);
        assertThat(new Progress(0, 10, Duration.ZERO).runsPerSecond()).isZero();
    }
}
