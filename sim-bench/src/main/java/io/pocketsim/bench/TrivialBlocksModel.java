package io.pocketsim.bench;

import io.pocketsim.core.engine.Block;
import io.pocketsim.core.engine.Model;
import io.pocketsim.core.engine.Policy;
import io.pocketsim.core.engine.Observers;
import io.pocketsim.core.engine.Recorder;
import io.pocketsim.core.engine.RunMetrics;
import io.pocketsim.core.engine.SignalRule;
import io.pocketsim.core.engine.StateUpdate;
import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.param.ParameterSchema;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A model whose blocks do (almost) nothing, so that a run's cost is the engine's own per-timestep overhead: block
 * dispatch, signal plumbing, step bookkeeping, recording and metrics. It has the Pocket model's shape: 11 blocks.
 */
public final class TrivialBlocksModel implements Model<TrivialBlocksModel.Counter, TrivialBlocksModel.Style> {
    /** The Pocket model's number of blocks per timestep. */
    public static final int BLOCKS = 11;

    /** Which policy style the blocks use. */
    public enum Style {
        /** One in-place policy per block that bumps a counter. */
        IN_PLACE,
        /** Two signal policies per block emitting the same key (combined by SUM) and one state update. */
        SIGNALS
    }

    /** The run's state: a counter per block plus a running total. */
    public static final class Counter {
        final double[] perBlock = new double[BLOCKS];
        double total;
    }

    private final Style style;

    /** A model whose blocks use the given style. */
    public TrivialBlocksModel(Style style) {
        this.style = style;
    }

    @Override
    public String name() {
        return "trivial-blocks-" + style.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(List.of());
    }

    @Override
    public Style parameters(ParameterPoint point) {
        return style;
    }

    @Override
    public Counter initialState(Style params, String stateSet, UniformRandomProvider setupRng) {
        return new Counter();
    }

    @Override
    public List<String> stateSets() {
        return List.of("Base");
    }

    @Override
    public List<Block<Counter, Style>> blocks() {
        List<Block<Counter, Style>> blocks = new ArrayList<>();
        for (int b = 0; b < BLOCKS; b++) {
            int block = b;
            if (style == Style.IN_PLACE) {
                Policy<Counter, Style> bump = (step, s, signals) -> {
                    s.perBlock[block] += 1;
                    s.total += 1;
                };
                blocks.add(Block.inPlace("block" + b, bump));
            } else {
                Policy<Counter, Style> one = (step, s, signals) -> signals.put("delta", 1);
                Policy<Counter, Style> two = (step, s, signals) -> signals.put("delta", 2);
                StateUpdate<Counter, Style> apply = (step, s, combined) -> {
                    double d = combined.getOrDefault("delta", 0);
                    s.perBlock[block] += d;
                    s.total += d;
                };
                blocks.add(new Block<>("block" + b, List.of(one, two), SignalRule.SUM, List.of(apply)));
            }
        }
        return blocks;
    }

    /** The recorder tests attach. */
    public Recorder<Counter> recorder() {
        List<String> columns = new ArrayList<>();
        columns.add("total");
        for (int b = 0; b < BLOCKS; b++) {
            columns.add("block" + b);
        }
        return new Recorder<>() {
            @Override
            public List<String> columns() {
                return columns;
            }

            @Override
            public void record(int timestep, Counter s, double[] row) {
                row[0] = s.total;
                System.arraycopy(s.perBlock, 0, row, 1, BLOCKS);
            }
        };
    }

    /** The recorder and metrics tests attach to a simulation of this model. */
    public Observers<Counter, Style> observers() {
        return Observers.of(recorder(), metrics());
    }

    /** The metrics tests attach. */
    public RunMetrics<Counter, Style> metrics() {
        return new RunMetrics<>() {
            @Override
            public List<String> columns() {
                return List.of("final_total", "max_total");
            }

            @Override
            public Accumulator<Counter> begin(Style params, int timesteps) {
                return new Accumulator<>() {
                    private double last;
                    private double max;

                    @Override
                    public void observe(int timestep, Counter state, double[] row) {
                        last = row[0];
                        max = Math.max(max, row[0]);
                    }

                    @Override
                    public double[] result() {
                        return new double[] {last, max};
                    }
                };
            }
        };
    }
}
