package io.pocketsim.postprocess.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChunkingTest {

    private static List<String> names(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "g_" + i).toList();
    }

    /** The table of the original's logged launches at 20 per task (spec §1.7). */
    @ParameterizedTest
    @CsvSource({"288, 3 x 20 + 12 x 19", "48, 3 x 16", "1152, 50 x 20 + 8 x 19", "3456, 169 x 20 + 4 x 19",
            "3072, 146 x 20 + 8 x 19", "20, 1 x 20", "21, 1 x 11 + 1 x 10", "1, 1 x 1"})
    void matchesNumpyArraySplit(int n, String sizes) {
        LaunchPlan plan = LaunchPlan.of(names(n), 20, 3, List::copyOf, e -> java.util.Set.of());
        assertThat(plan.sizes()).isEqualTo(sizes);
    }

    @Test
    void nothingToRunIsAnEmptyPlanNotACrash() {
        LaunchPlan plan = LaunchPlan.of(List.of(), 20, 3, List::copyOf, e -> java.util.Set.of());
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.describe("pocketsim")).contains("every experiment is complete");
    }

    @Test
    void sizesAreNearEqualBoundedAndCoverEveryItemInOrder() {
        qt().forAll(integers().between(0, 5000), integers().between(1, 64)).checkAssert((n, max) -> {
            List<List<String>> chunks = Chunking.split(names(n), max);
            assertThat(chunks).hasSize((n + max - 1) / max);
            List<String> joined = new ArrayList<>();
            chunks.forEach(joined::addAll);
            assertThat(joined).isEqualTo(names(n));
            IntSummary s = IntSummary.of(chunks.stream().mapToInt(List::size).toArray());
            if (n > 0) {
                assertThat(s.max).isLessThanOrEqualTo(max);
                assertThat(s.max - s.min).isLessThanOrEqualTo(1);
                // larger chunks first, as numpy.array_split
                assertThat(chunks.get(0).size()).isEqualTo(s.max);
            }
        });
    }

    @Test
    void refusesANonPositiveChunkSize() {
        assertThatThrownBy(() -> Chunking.split(names(3), 0)).hasMessageContaining("experiments per task");
    }

    private record IntSummary(int min, int max) {
        static IntSummary of(int[] xs) {
            return new IntSummary(IntStream.of(xs).min().orElse(0), IntStream.of(xs).max().orElse(0));
        }
    }
}
