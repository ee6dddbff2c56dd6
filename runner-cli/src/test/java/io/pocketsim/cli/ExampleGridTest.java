package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.grid.Grid;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's example grid file is valid and is the grid the end-to-end IT runs (under another family name), so
 * the README's commands are the ones {@code AdaptiveGridCliIT} checks.
 */
class ExampleGridTest {
    @TempDir
    Path dir;

    @Test
    void shouldBeTheGridTheEndToEndTestRuns() {
        Path example = Path.of(System.getProperty("pocketsim.root", ".."), "runner-cli", "examples",
                "service_demo_ag1_.json");
        Grid g = ExperimentCatalog.load(example).grid("service_demo_ag1_").orElseThrow();
        Grid tested = ExperimentCatalog.load(TestGrids.serviceFamily(dir, "service_demo", 2, 20))
                .grid("service_demo_ag1_").orElseThrow();

        assertThat(g.size()).isEqualTo(8);
        assertThat(g.definition()).usingRecursiveComparison().ignoringFields("description")
                .isEqualTo(tested.definition());
        assertThat(g.definition().description()).isNotBlank();
    }
}
