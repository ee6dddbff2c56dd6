package io.pocketsim.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The execution order the engine promises (model-spec §1.3, made explicit). */
class BlockOrderingTest {

    /** Shape of one block: how many policies and state updates it declares. */
    record Shape(int policies, int updates) {
    }

    private static Block<Trace, String> tracingBlock(int b, Shape shape) {
        List<Policy<Trace, String>> policies = new ArrayList<>();
        for (int i = 1; i <= shape.policies(); i++) {
            int policy = i;
            policies.add((step, s, signals) -> {
                // the log size is what this policy saw of the earlier policies' in-place changes
                s.events.add(String.format("t%d s%d b%d policy%d saw%d", step.timestep(), step.substep(), b, policy,
                        s.events.size()));
                signals.put("p" + policy, policy);
            });
        }
        List<StateUpdate<Trace, String>> updates = new ArrayList<>();
        for (int j = 1; j <= shape.updates(); j++) {
            int update = j;
            updates.add((step, s, combined) -> s.events.add(String.format("t%d s%d b%d update%d signals%s",
                    step.timestep(), step.substep(), b, update, combined.asMap().keySet())));
        }
        return new Block<>("block" + b, policies, SignalRule.UNIQUE, updates);
    }

    private static List<String> expectedLog(List<Shape> shapes, int timesteps) {
        List<String> log = new ArrayList<>();
        for (int t = 1; t <= timesteps; t++) {
            for (int b = 1; b <= shapes.size(); b++) {
                Shape shape = shapes.get(b - 1);
                List<String> keys = new ArrayList<>();
                for (int i = 1; i <= shape.policies(); i++) {
                    log.add(String.format("t%d s%d b%d policy%d saw%d", t, b, b, i, log.size()));
                    keys.add("p" + i);
                }
                for (int j = 1; j <= shape.updates(); j++) {
                    log.add(String.format("t%d s%d b%d update%d signals%s", t, b, b, j, keys));
                }
            }
        }
        return log;
    }

    @Test
    void policiesThenUpdatesOfEveryBlockRunInDeclaredOrderEveryTimestep() {
        Gen<Shape> shape = integers().between(1, 4).zip(integers().between(0, 3), Shape::new);
        qt().withFixedSeed(20260101L).withExamples(200)
                .forAll(lists().of(shape).ofSizeBetween(1, 6), integers().between(1, 5))
                .checkAssert((shapes, timesteps) -> {
                    List<Block<Trace, String>> blocks = new ArrayList<>();
                    for (int b = 1; b <= shapes.size(); b++) {
                        blocks.add(tracingBlock(b, shapes.get(b - 1)));
                    }
                    List<List<String>> logs = new ArrayList<>();
                    ScriptedModel<Trace> model = new ScriptedModel<>(rng -> new Trace(), blocks,
                            ScriptedModel.recorder(List.of("events"), (t, s, row) -> {
                                row[0] = s.events.size();
                                logs.add(List.copyOf(s.events));
                            }));
                    RunResult r = new Simulation<>(model, model.observers()).run(ScriptedModel.spec(timesteps));

                    List<String> expected = expectedLog(shapes, timesteps);
                    assertThat(logs.get(logs.size() - 1)).containsExactlyElementsOf(expected);
                    int perTimestep = expected.size() / timesteps;
                    for (int t = 0; t <= timesteps; t++) {
                        // recorded after the last block of timestep t, never in between
                        assertThat(r.value(t, "events")).isEqualTo((double) t * perTimestep);
                    }
                });
    }

    @Test
    void laterPoliciesSeeEarlierInPlaceChangesAndUpdatesSeeAllPolicies() {
        Policy<Trace, String> setX = (step, s, signals) -> s.x = 5;
        Policy<Trace, String> readAndBumpX = (step, s, signals) -> {
            signals.put("seen_x", s.x);
            s.x += 1;
        };
        StateUpdate<Trace, String> applySeen = (step, s, combined) -> {
            s.y = combined.getOrDefault("seen_x", Double.NaN);
            s.z = s.x;
        };
        Block<Trace, String> block = new Block<>("b", List.of(setX, readAndBumpX), SignalRule.UNIQUE,
                List.of(applySeen));
        ScriptedModel<Trace> model = new ScriptedModel<>(rng -> new Trace(), List.of(block),
                ScriptedModel.recorder(List.of("x", "y", "z"), (t, s, row) -> {
                    row[0] = s.x;
                    row[1] = s.y;
                    row[2] = s.z;
                }));
        RunResult r = new Simulation<>(model, model.observers()).run(ScriptedModel.spec(1));
        assertThat(r.rows()[1]).containsExactly(6, 5, 6);
    }

    @Test
    void aPolicyNeverSeesAnotherPolicysSignalsAndBlocksStartWithNoSignals() {
        List<String> seen = new ArrayList<>();
        Policy<Trace, String> emitA = (step, s, signals) -> signals.put("a", 1);
        Policy<Trace, String> lookForA = (step, s, signals) -> seen.add("policy sees a: " + signals.contains("a"));
        StateUpdate<Trace, String> update = (step, s, combined) ->
                seen.add("block " + step.substep() + " update sees " + combined.asMap().keySet());
        Block<Trace, String> first = new Block<>("first", List.of(emitA, lookForA), SignalRule.UNIQUE, List.of(update));
        Block<Trace, String> second = new Block<>("second", List.of(), SignalRule.UNIQUE, List.of(update));
        ScriptedModel<Trace> model = new ScriptedModel<>(rng -> new Trace(), List.of(first, second),
                ScriptedModel.recorder(List.of(), (t, s, row) -> { }));
        new Simulation<>(model, model.observers()).run(ScriptedModel.spec(2));
        assertThat(seen).containsExactly(
                "policy sees a: false", "block 1 update sees [a]", "block 2 update sees []",
                "policy sees a: false", "block 1 update sees [a]", "block 2 update sees []");
    }

    @Test
    void blocksKeepTheirDeclaredPoliciesAndAreUnaffectedByLaterListChanges() {
        Policy<Trace, String> first = (step, s, signals) -> s.events.add("first");
        Policy<Trace, String> second = (step, s, signals) -> s.events.add("second");
        Block<Trace, String> inPlace = Block.inPlace("in-place", first, second);
        assertThat(inPlace.policies()).containsExactly(first, second);
        assertThat(inPlace.rule()).isSameAs(SignalRule.UNIQUE);
        assertThat(inPlace.updates()).isEmpty();

        List<Policy<Trace, String>> source = new ArrayList<>(List.of(first));
        Block<Trace, String> block = new Block<>("copy", source, SignalRule.SUM, new ArrayList<>());
        source.add(second);
        assertThat(block.policies()).containsExactly(first);
        assertThatThrownBy(() -> block.policies().add(second))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aModelWithoutBlocksRecordsItsInitialStateEveryTimestep() {
        ScriptedModel<Trace> model = new ScriptedModel<>(rng -> {
            Trace s = new Trace();
            s.x = 3;
            return s;
        }, List.of(), ScriptedModel.recorder(List.of("x"), (t, s, row) -> row[0] = s.x));
        RunResult r = new Simulation<>(model, model.observers()).run(ScriptedModel.spec(4));
        assertThat(r.rows()).isDeepEqualTo(new double[][] {{3}, {3}, {3}, {3}, {3}});
    }
}
