package io.pocketsim.postprocess.engine;

import io.pocketsim.core.engine.Block;
import io.pocketsim.core.engine.Model;
import io.pocketsim.core.engine.Policy;
import io.pocketsim.core.engine.Observers;
import io.pocketsim.core.engine.Recorder;
import io.pocketsim.core.engine.RunMetrics;
import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.param.ParameterSchema;
import io.pocketsim.core.param.ParameterSpec;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** A one-block Gaussian random walk, run through the real engine to test result files end to end. */
final class RandomWalkModel implements Model<double[], Double> {
    static final List<String> COLUMNS = List.of("level", "step");
    static final List<String> METRICS = List.of("final_level", "max_level");

    @Override
    public String name() {
        return "random-walk";
    }

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(List.of(ParameterSpec.number("volatility", 0, 100, "", "step sd")));
    }

    @Override
    public Double parameters(ParameterPoint point) {
        parameters().check(point);
        return point.number("volatility");
    }

    @Override
    public double[] initialState(Double params, String stateSet, UniformRandomProvider setupRng) {
        return new double[] {0, Double.NaN};
    }

    @Override
    public List<String> stateSets() {
        return List.of("Base");
    }

    @Override
    public List<Block<double[], Double>> blocks() {
        Policy<double[], Double> walk = (step, s, signals) -> {
            s[1] = step.params() * ZigguratSampler.NormalizedGaussian.of(step.rng()).sample();
            s[0] += s[1];
        };
        return List.of(Block.inPlace("walk", walk));
    }

    /** The recorder tests attach. */
    public Recorder<double[]> recorder() {
        return new Recorder<>() {
            @Override
            public List<String> columns() {
                return COLUMNS;
            }

            @Override
            public void record(int timestep, double[] s, double[] row) {
                row[0] = s[0];
                row[1] = s[1];
            }
        };
    }

    /** The recorder and metrics tests attach to a simulation of this model. */
    public Observers<double[], Double> observers() {
        return Observers.of(recorder(), metrics());
    }

    /** The metrics tests attach. */
    public RunMetrics<double[], Double> metrics() {
        return new RunMetrics<>() {
            @Override
            public List<String> columns() {
                return METRICS;
            }

            @Override
            public Accumulator<double[]> begin(Double params, int timesteps) {
                return new Accumulator<>() {
                    private double last;
                    private double max = Double.NEGATIVE_INFINITY;

                    @Override
                    public void observe(int timestep, double[] state, double[] row) {
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
