package io.pocketsim.core.pocket.block;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.core.pocket.Fixtures;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.InitialStates;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DensityLinkingTest {

    private static PocketState linked(PocketRunParameters p, long setupSeed) {
        PocketState s = InitialStates.build("Base", Fixtures.FLAT);
        DensityLinking.apply(p, s, Fixtures.seeded(setupSeed));
        return s;
    }

    @ParameterizedTest
    @CsvSource({"0.1, 15, 8", "0.5, 15, 40", "1, 15, 80", "1, 1, 10", "0.5, 1, 10", "1, 5.75, 60"})
    void linksUntilTheDensityTargetOrTheCapsAreReached(double density, double maxChains, int links) {
        PocketRunParameters p = Fixtures.base("servicer_service_density_starting", density, "max_chains_servicer", maxChains);
        PocketState s = linked(p, 1);
        int total = 0;
        for (Servicer sv : s.servicers()) {
            total += sv.services().size();
            assertThat(sv.services().size()).isLessThanOrEqualTo((int) Math.ceil(maxChains));
            for (Service service : sv.services()) {
                assertThat(service.servicers()).contains(sv);
            }
        }
        assertThat(total).isEqualTo(links);
    }

    @Test
    void theSameSetupStreamGivesTheSameLinksAndAnotherStreamOtherLinks() {
        PocketRunParameters p = Fixtures.base("servicer_service_density_starting", 0.5);
        assertThat(signature(linked(p, 7))).isEqualTo(signature(linked(p, 7)));
        assertThat(signature(linked(p, 7))).isNotEqualTo(signature(linked(p, 8)));
    }

    @Test
    void noDensityNoLinksAndNoDraws() {
        PocketState s = InitialStates.build("Base", Fixtures.FLAT);
        DensityLinking.apply(Fixtures.base(), s, new ScriptedRng());
        DensityLinking.apply(Fixtures.base("servicer_service_density_starting", 0.0), s, new ScriptedRng());
        assertThat(s.servicers()).allSatisfy(sv -> assertThat(sv.services()).isEmpty());
    }

    @Test
    void modelAppliesItWithTheSetupGenerator() {
        PocketRunParameters p = Fixtures.base("servicer_service_density_starting", 1.0);
        PocketState s = Fixtures.flatModel().initialState(p, "Base", Fixtures.seeded(1));
        assertThat(DensityLinking.density(s)).isEqualTo(1.0);
    }

    /**
     * Below the caps the links are a uniformly random set of pairs (a shuffle popped from the end): over 2000 setup
     * streams at density 0.1 (8 of the 80 Base pairs) every pair is linked in 10 % of the setups (binomial sd 13.4 of
     * the expected 200; bounds at 6 sd).
     */
    @Test
    void linkedPairsAreUniformOverAllServicerServicePairs() {
        PocketRunParameters p = Fixtures.base("servicer_service_density_starting", 0.1);
        int[][] counts = new int[10][8];
        int setups = 2000;
        for (int seed = 1; seed <= setups; seed++) {
            PocketState s = linked(p, seed);
            for (int i = 0; i < s.servicers().size(); i++) {
                for (Service service : s.servicers().get(i).services()) {
                    counts[i][s.services().indexOf(service)]++;
                }
            }
        }
        for (int[] row : counts) {
            for (int c : row) {
                assertThat(c).isBetween(200 - 80, 200 + 80);
            }
        }
    }

    private static List<String> signature(PocketState s) {
        List<String> out = new ArrayList<>();
        for (Servicer sv : s.servicers()) {
            for (Service service : sv.services()) {
                out.add(sv.name() + "-" + service.name());
            }
        }
        return out;
    }
}
