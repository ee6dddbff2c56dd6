package io.pocketsim.postprocess.psuu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.postprocess.study.PsuuStep;
import io.pocketsim.postprocess.study.StudyNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study's next grid never collides with a grid already defined (e.g. the built-in ag2 after ag1). */
class StudyNamingTest {
    @TempDir
    Path dir;

    private PsuuStep.Input input() throws IOException {
        Path file = Files.writeString(dir.resolve("fam_ag1_.json"), "{\n"
                + "  \"name\": \"fam_ag1_\", \"family\": \"fam\", \"iteration\": 1, \"scenario\": \"network_failures_service\",\n"
                + "  \"model\": \"pocket\", \"stateSet\": \"Base\", \"parameterSet\": \"Base\", \"runs\": 2, \"days\": 20,\n"
                + "  \"protocol\": {\"slash_fraction_downtime\": [1e-10, 0.1], \"max_chains_servicer\": [1, 20]},\n"
                + "  \"environmental\": {\"event\": [\"service_shutdown_random_t1\"], \"servicer_service_density_starting\": [0.1, 0.5]}\n"
                + "}\n");
        Grid ag1 = ExperimentCatalog.load(file).grid("fam_ag1_").orElseThrow();
        return new PsuuStep.Input(ag1, GridKpiRows.of(ag1, 2, GridKpiRows::serviceKpis), List.of(), 42L);
    }

    private static PsuuStep.Options options(String study) {
        return new PsuuStep.Options(PsuuConfig.builtIn(), Scoring.OURS, null, 0, false, study);
    }

    @Test
    void shouldKeepTheFamilyWhenItsNextNameIsFree() throws IOException {
        PsuuStep.Outcome o = PsuuStep.compute(input(), options(null), n -> false);
        assertThat(o.study()).isEqualTo("fam");
        assertThat(o.next().name()).isEqualTo("fam_ag2_");
    }

    @Test
    void shouldNameTheNextGridForADefaultStudyWhenTheFamilysNextIsDefined() throws IOException {
        // as network_viability_ag1_ -> the built-in network_viability_ag2_
        PsuuStep.Outcome o = PsuuStep.compute(input(), options(null), Set.of("fam_ag2_")::contains);
        assertThat(o.study()).isEqualTo("fam-s42");
        assertThat(o.next().name()).isEqualTo("fam-s42_ag2_");
        assertThat(o.next().family()).isEqualTo("fam-s42");
        assertThat(o.next().scenario()).isEqualTo("network_failures_service");
        assertThat(o.next().provenance().parent()).isEqualTo("fam_ag1_");
    }

    @Test
    void shouldNameTheNextGridForTheStudyGivenAndRefuseACollision() throws IOException {
        assertThat(PsuuStep.compute(input(), options("mine"), n -> false).next().name()).isEqualTo("mine_ag2_");
        assertThatThrownBy(() -> PsuuStep.compute(input(), options("mine"), Set.of("mine_ag2_")::contains))
                .hasMessageContaining("mine_ag2_ is already defined elsewhere; allowed: another --study name");
    }

    @Test
    void shouldCheckStudyNames() {
        assertThat(StudyNames.defaultName("network_viability", 42)).isEqualTo("network_viability-s42");
        assertThat(StudyNames.check("a-b_c9")).isEqualTo("a-b_c9");
        for (String bad : List.of("", "a b", "x_ag3_", "x_ag3", "a/b")) {
            assertThatThrownBy(() -> StudyNames.check(bad)).as(bad).hasMessageContaining("allowed: letters");
        }
    }
}
