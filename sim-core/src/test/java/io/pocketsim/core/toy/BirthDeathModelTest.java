package io.pocketsim.core.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.pocketsim.core.engine.RunResult;
import io.pocketsim.core.engine.RunSpec;
import io.pocketsim.core.engine.Simulation;
import io.pocketsim.core.random.RunIdentity;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BirthDeathModelTest {
    private final BirthDeathModel model = new BirthDeathModel();
    private final Simulation<Population, BirthDeathParams> sim = new Simulation<>(model, model.observers());

    private RunResult run(BirthDeathParams p, String stateSet, int point, int run, int timesteps, long root) {
        return sim.run(new RunSpec<>(new RunIdentity("toy", point, run), p, stateSet, timesteps, root));
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, -7L, 20260101L})
    void everyRowBalancesBirthsDeathsAndImmigrants(long root) {
        BirthDeathParams p = model.parameters(BirthDeathModel.point(0.03, 0.02, 3, 200, 10));
        RunResult r = run(p, "Base", 1, 1, 120, root);
        double[][] rows = r.rows();
        assertThat(rows).hasNumberOfRows(121);
        double peak = rows[0][1];
        for (int t = 1; t < rows.length; t++) {
            double expected = rows[t - 1][1] + r.value(t, "births") - r.value(t, "deaths") + 3;
            assertThat(r.value(t, "population")).as("population at %d", t).isEqualTo(expected);
            assertThat(r.value(t, "day")).isEqualTo(t);
            assertThat(r.value(t, "deaths")).isLessThanOrEqualTo(rows[t - 1][1]);
            peak = Math.max(peak, rows[t][1]);
            // the census policy runs after immigration in the same block, so the peak includes today's arrivals
            assertThat(r.value(t, "peak")).isEqualTo(peak);
        }
    }

    @Test
    void withoutBirthsAndDeathsThePopulationGrowsByImmigrantsOnly() {
        BirthDeathParams p = model.parameters(BirthDeathModel.point(0, 0, 7, 100, 0));
        RunResult r = run(p, "Doubled", 1, 1, 30, 5L);
        for (int t = 0; t <= 30; t++) {
            assertThat(r.value(t, "population")).isEqualTo(200 + 7.0 * t);
        }
    }

    @Test
    void metricsAgreeWithTheRecordedRows() {
        BirthDeathParams p = model.parameters(BirthDeathModel.point(0.05, 0.04, 1, 50, 5));
        RunResult r = run(p, "Base", 2, 3, 40, 9L);
        double[] population = Arrays.stream(r.rows()).skip(1).mapToDouble(row -> row[1]).toArray();
        double births = Arrays.stream(r.rows()).skip(1).mapToDouble(row -> row[2]).sum();
        assertThat(r.metric("final_population")).isEqualTo(r.value(40, "population"));
        assertThat(r.metric("mean_population")).isCloseTo(Arrays.stream(population).average().orElseThrow(),
                within(1e-9));
        assertThat(r.metric("total_births")).isEqualTo(births);
    }

    @Test
    void theSetupJitterIsSharedByAllRunsOfAPointAndStaysInRange() {
        BirthDeathParams p = model.parameters(BirthDeathModel.point(0.01, 0.01, 0, 1000, 50));
        double initial = run(p, "Base", 4, 1, 1, 77L).value(0, "population");
        assertThat(initial).isBetween(1000.0, 1050.0);
        for (int runIndex = 2; runIndex <= 10; runIndex++) {
            assertThat(run(p, "Base", 4, runIndex, 1, 77L).value(0, "population")).isEqualTo(initial);
        }
        // other points draw their own jitter; 10 points all equal would happen with probability 51^-9
        long distinct = java.util.stream.IntStream.rangeClosed(1, 10)
                .mapToObj(point -> run(p, "Base", point, 1, 1, 77L).value(0, "population")).distinct().count();
        assertThat(distinct).isGreaterThan(1);
    }

    @Test
    void birthsPerIndividualDayMatchTheBirthRate() {
        // births ~ Poisson(0.01 * population) per day: over ~10^5 expected births the relative standard error of the
        // estimated rate is ~0.3%, so a 2% tolerance is more than 6 standard errors
        BirthDeathParams p = model.parameters(BirthDeathModel.point(0.01, 0.0, 0, 1000, 0));
        double births = 0;
        double exposure = 0;
        for (int runIndex = 1; runIndex <= 200; runIndex++) {
            RunResult r = run(p, "Base", 1, runIndex, 50, 123L);
            for (int t = 1; t <= 50; t++) {
                births += r.value(t, "births");
                exposure += r.value(t - 1, "population");
            }
        }
        assertThat(births / exposure).isCloseTo(0.01, within(0.0002));
    }

    @Test
    void invalidParametersAndStateSetsAreRejectedByName() {
        assertThatThrownBy(() -> model.parameters(BirthDeathModel.point(1.5, 0, 0, 10, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("birth_rate").hasMessageContaining("1.5").hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> model.parameters(BirthDeathModel.point(0.1, 0, 2.5, 10, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("immigrants").hasMessageContaining("whole number");
        BirthDeathParams p = model.parameters(BirthDeathModel.point(0.1, 0.1, 0, 10, 0));
        assertThatThrownBy(() -> run(p, "Tripled", 1, 1, 1, 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Tripled").hasMessageContaining("Base").hasMessageContaining("Doubled");
    }
}
