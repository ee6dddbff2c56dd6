package io.pocketsim.postprocess.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultNamesTest {

    @Test
    void shouldSortDigitRunsAsNumbers() {
        List<String> names = new ArrayList<>(List.of("g_ag1_10", "g_ag1_2", "g_ag10_1", "g_ag1_1", "g_ag2_1",
                "Base", "g_ag1_02"));
        names.sort(ResultNames.NATURAL_ORDER);

        assertThat(names).containsExactly("Base", "g_ag1_1", "g_ag1_02", "g_ag1_2", "g_ag1_10", "g_ag2_1",
                "g_ag10_1");
    }

    @Test
    void shouldAcceptTheNamesExperimentsUse() {
        for (String ok : List.of("Base", "network_viability_ag3_17", "test1", "run-2026.01")) {
            assertThat(ResultNames.checkExperiment(ok)).isEqualTo(ok);
        }
    }

    @Test
    void shouldRejectNamesThatAreNotSafeAsFolderNames() {
        for (String bad : List.of("", ".", "..", "../x", "a/b", "a\\b", "_x", "a b", "x".repeat(201))) {
            assertThatThrownBy(() -> ResultNames.checkExperiment(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("experiment name");
        }
        assertThatThrownBy(() -> ResultNames.checkFile("manifest.json")).hasMessageContaining("reserved");
        assertThatThrownBy(() -> ResultNames.checkPrefix("a/")).hasMessageContaining("prefix");
        assertThat(ResultNames.checkPrefix("")).isEmpty();
    }
}
