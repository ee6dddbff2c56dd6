package io.pocketsim.postprocess.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.postprocess.result.ExperimentMetadata;
import io.pocketsim.postprocess.store.testutils.ToyRuns;
import org.junit.jupiter.api.Test;

/** The messages of both comparisons: a stored experiment against a run asked of it, two points of one grid. */
class StoredInputsTest {
    @Test
    void sameInputsDifferInNothing() {
        ExperimentMetadata md = ToyRuns.metadata("toy_1", 3, 5);
        assertThat(StoredInputs.differences(md, md)).isEmpty();
        assertThat(StoredInputs.sharedInputDifferences(md, md)).isEmpty();
    }

    @Test
    void storedAgainstAskedNamesEachInputWithBothValues() {
        ExperimentMetadata stored = ToyRuns.gridPoint("g_", 1, 3, 5);
        ExperimentMetadata asked = ToyRuns.gridPoint("g_", 2, 5, 5).withSoftwareVersion("9.9");
        assertThat(StoredInputs.differences(stored, asked)).containsExactly("runs: stored 3, asked 5",
                "seed identity: stored g_#1, asked g_#2",
                "software version: stored " + stored.softwareVersion() + ", asked 9.9",
                "time series: stored all, asked all", "parameters differ: fee");
    }

    @Test
    void pointsOfOneGridDifferOnlyInWhatTheyShare() {
        ExperimentMetadata a = ToyRuns.gridPoint("g_", 1, 3, 5);
        ExperimentMetadata b = ToyRuns.gridPoint("g_", 2, 3, 7).withProvenance("price_model", "kde");
        assertThat(StoredInputs.sharedInputDifferences(a, b)).containsExactly("days (5 vs 7)",
                "provenance (" + a.provenance() + " vs " + b.provenance() + ")");
    }
}
