package io.pocketsim.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.core.random.RunIdentity;
import io.pocketsim.core.random.SeedDerivation;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A run's policies draw from the run's derived stream; its setup draws from the point's setup stream. */
class SimulationRandomnessTest {

    @ParameterizedTest
    @CsvSource({"Base,1,1,0", "Base,1,7,42", "network_viability_ag3_,12,3,-9", "x,0,1,9223372036854775807"})
    void policiesDrawFromTheRunStreamAndSetupFromTheSetupStream(String experiment, int point, int run, long root) {
        RunIdentity id = new RunIdentity(experiment, point, run);
        Policy<Trace, String> draw = (step, s, signals) -> s.x = Double.longBitsToDouble(step.rng().nextLong());
        ScriptedModel<Trace> model = new ScriptedModel<>(setupRng -> {
            Trace s = new Trace();
            s.y = Double.longBitsToDouble(setupRng.nextLong());
            return s;
        }, List.of(Block.inPlace("draw", draw, draw)), ScriptedModel.recorder(List.of("x", "y"), (t, s, row) -> {
            row[0] = s.x;
            row[1] = s.y;
        }));
        RunResult r = new Simulation<>(model, model.observers()).run(new RunSpec<>(id, ScriptedModel.PARAMS, "Base", 5, root));

        assertThat(r.seed()).isEqualTo(SeedDerivation.runSeed(root, id));
        UniformRandomProvider expectedRun = SeedDerivation.generator(root, id);
        for (int t = 1; t <= 5; t++) {
            expectedRun.nextLong(); // the block's first policy draw is overwritten by the second
            assertThat(Double.doubleToRawLongBits(r.rows()[t][0])).isEqualTo(expectedRun.nextLong());
        }
        long setupDraw = SeedDerivation.generator(root, id.setup()).nextLong();
        for (int t = 0; t <= 5; t++) {
            assertThat(Double.doubleToRawLongBits(r.rows()[t][1])).isEqualTo(setupDraw);
        }
        // the recorded seed alone reproduces the stream
        assertThat(SeedDerivation.fromRunSeed(r.seed()).nextLong())
                .isEqualTo(SeedDerivation.generator(root, id).nextLong());
    }
}
