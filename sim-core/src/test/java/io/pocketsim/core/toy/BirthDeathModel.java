package io.pocketsim.core.toy;

import io.pocketsim.core.engine.Block;
import io.pocketsim.core.engine.Model;
import io.pocketsim.core.engine.Policy;
import io.pocketsim.core.engine.Observers;
import io.pocketsim.core.engine.Recorder;
import io.pocketsim.core.engine.RunMetrics;
import io.pocketsim.core.engine.SignalRule;
import io.pocketsim.core.engine.Signals;
import io.pocketsim.core.engine.StateUpdate;
import io.pocketsim.core.engine.Step;
import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.param.ParameterSchema;
import io.pocketsim.core.param.ParameterSpec;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DiscreteUniformSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;

/**
 * A tiny stochastic birth-death-immigration model built only through the engine's public API. It exercises both
 * policy styles:
 * <ol>
 *   <li>{@code clock} (in-place): sets the day and clears the daily counters;</li>
 *   <li>{@code demography} (pure signals, combined by {@link SignalRule#SUM}): the birth and death policies read
 *       the same population and both emit {@code net_change}; the state updates apply the sum;</li>
 *   <li>{@code migration} (in-place): immigrants arrive, then the census policy sees them and updates the peak.</li>
 * </ol>
 */
public final class BirthDeathModel implements Model<Population, BirthDeathParams> {
    /** Recorded columns. */
    public static final List<String> COLUMNS = List.of("day", "population", "births", "deaths", "peak");
    /** Per-run metrics. */
    public static final List<String> METRICS = List.of("final_population", "mean_population", "total_births");

    private static final ParameterSchema SCHEMA = ParameterSchema.of(List.of(
            ParameterSpec.number("birth_rate", 0, 1, "1/day", "expected births per individual per day"),
            ParameterSpec.number("death_rate", 0, 1, "1/day", "expected deaths per individual per day"),
            ParameterSpec.integer("immigrants", 0, 1_000, "individuals/day", "arrivals per day"),
            ParameterSpec.integer("initial_population", 0, 1_000_000, "individuals", "population at timestep 0"),
            ParameterSpec.integer("initial_jitter", 0, 1_000, "individuals",
                    "setup adds a uniform whole number in [0, jitter] to the initial population")));

    private static final Map<String, Double> STATE_SETS = Map.of("Base", 1.0, "Doubled", 2.0);

    /** A valid parameter point with the given values, in schema order. */
    public static ParameterPoint point(double birthRate, double deathRate, double immigrants, double initial,
                                       double jitter) {
        return ParameterPoint.of(Map.of()).with("birth_rate", birthRate).with("death_rate", deathRate)
                .with("immigrants", immigrants).with("initial_population", initial).with("initial_jitter", jitter);
    }

    @Override
    public String name() {
        return "toy-birth-death";
    }

    @Override
    public ParameterSchema parameters() {
        return SCHEMA;
    }

    @Override
    public BirthDeathParams parameters(ParameterPoint point) {
        SCHEMA.check(point);
        return new BirthDeathParams(point.number("birth_rate"), point.number("death_rate"),
                point.number("immigrants"), point.number("initial_population"), point.number("initial_jitter"));
    }

    @Override
    public Population initialState(BirthDeathParams params, String stateSet, UniformRandomProvider setupRng) {
        Double factor = STATE_SETS.get(stateSet);
        if (factor == null) {
            throw new IllegalArgumentException("stateSet: unknown initial-state set " + stateSet
                    + "; allowed: " + stateSets());
        }
        int jitter = DiscreteUniformSampler.of(setupRng, 0, (int) params.initialJitter()).sample();
        return new Population(params.initialPopulation() * factor + jitter);
    }

    @Override
    public List<String> stateSets() {
        return List.of("Base", "Doubled");
    }

    @Override
    public List<Block<Population, BirthDeathParams>> blocks() {
        Policy<Population, BirthDeathParams> clock = (step, s, signals) -> {
            s.day = step.timestep();
            s.births = 0;
            s.deaths = 0;
            s.arrivals = 0;
        };
        Policy<Population, BirthDeathParams> births = (step, s, signals) -> {
            double b = poisson(step, step.params().birthRate() * s.population);
            signals.put("births", b).put("net_change", b);
        };
        Policy<Population, BirthDeathParams> deaths = (step, s, signals) -> {
            double d = Math.min(s.population, poisson(step, step.params().deathRate() * s.population));
            signals.put("deaths", d).put("net_change", -d);
        };
        StateUpdate<Population, BirthDeathParams> applyNetChange =
                (step, s, combined) -> s.population += combined.getOrDefault("net_change", 0);
        StateUpdate<Population, BirthDeathParams> countEvents = (step, s, combined) -> {
            s.births = combined.getOrDefault("births", 0);
            s.deaths = combined.getOrDefault("deaths", 0);
        };
        Policy<Population, BirthDeathParams> immigrate = (step, s, signals) -> {
            s.arrivals = step.params().immigrants();
            s.population += s.arrivals;
        };
        Policy<Population, BirthDeathParams> census = (step, s, signals) -> s.peak = Math.max(s.peak, s.population);
        return List.of(
                Block.inPlace("clock", clock),
                new Block<>("demography", List.of(births, deaths), SignalRule.SUM, List.of(applyNetChange, countEvents)),
                Block.inPlace("migration", immigrate, census));
    }

    private static double poisson(Step<BirthDeathParams> step, double mean) {
        // PoissonSampler rejects a zero mean; an extinct population simply has no events
        return mean > 0 ? PoissonSampler.of(step.rng(), mean).sample() : 0;
    }

    /** The recorder tests attach. */
    public Recorder<Population> recorder() {
        return new Recorder<>() {
            @Override
            public List<String> columns() {
                return COLUMNS;
            }

            @Override
            public void record(int timestep, Population s, double[] row) {
                row[0] = s.day;
                row[1] = s.population;
                row[2] = s.births;
                row[3] = s.deaths;
                row[4] = s.peak;
            }
        };
    }

    /** The recorder and metrics tests attach to a simulation of this model. */
    public Observers<Population, BirthDeathParams> observers() {
        return Observers.of(recorder(), metrics());
    }

    /** The metrics tests attach. */
    public RunMetrics<Population, BirthDeathParams> metrics() {
        return new RunMetrics<>() {
            @Override
            public List<String> columns() {
                return METRICS;
            }

            @Override
            public Accumulator<Population> begin(BirthDeathParams params, int timesteps) {
                return new Accumulator<>() {
                    private double last = Double.NaN;
                    private double sum;
                    private double births;

                    @Override
                    public void observe(int timestep, Population state, double[] row) {
                        last = row[1];
                        if (timestep > 0) {
                            sum += row[1];
                            births += row[2];
                        }
                    }

                    @Override
                    public double[] result() {
                        return new double[] {last, sum / timesteps, births};
                    }
                };
            }
        };
    }
}
