package io.pocketsim.postprocess.result;

import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.random.SeedDerivation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What is known about an experiment before its runs start: its result name, model, state set, seed identity,
 * parameters, size and provenance. It becomes the body of the experiment's manifest.
 *
 * @param name            result name, also the folder name: e.g. {@code "Base"} or {@code "network_viability_ag3_17"}
 * @param model           model name, e.g. {@code "pocket"}
 * @param stateSet        initial-state set name, e.g. {@code "Base"}
 * @param seedExperiment  the experiment name of the runs' {@link io.pocketsim.core.random.RunIdentity}; for a grid
 *                        point the grid name, e.g. {@code "network_viability_ag3_"}
 * @param pointIndex      the point index of the runs' identity (1 for a single experiment)
 * @param parameters      the parameter point every run used
 * @param runs            number of Monte Carlo runs; the runs carry run indices 1..runs
 * @param timesteps       number of timesteps T; every run records rows 0..T
 * @param rootSeed        the root seed the runs' seeds derive from
 * @param seedDerivation  seed-derivation version, {@link SeedDerivation#VERSION} for runs of this build
 * @param seedAlgorithm   the generator algorithm of that derivation, e.g. {@code "L64_X128_MIX"}
 * @param softwareVersion version of the software that ran the experiment
 * @param provenance      free-form facts worth keeping, e.g. the price model's description (ordered)
 * @param timeseries      which runs keep their time series ({@link TimeSeriesSelection#ALL} unless chosen)
 */
public record ExperimentMetadata(String name, String model, String stateSet, String seedExperiment, int pointIndex,
                                 ParameterPoint parameters, int runs, int timesteps, long rootSeed,
                                 String seedDerivation, String seedAlgorithm, String softwareVersion,
                                 Map<String, String> provenance, TimeSeriesSelection timeseries) {

    public ExperimentMetadata {
        ResultNames.checkExperiment(name);
        ResultFieldChecks.notBlank("model", model);
        ResultFieldChecks.notBlank("stateSet", stateSet);
        Objects.requireNonNull(seedExperiment, "seedExperiment");
        ResultFieldChecks.notNegative("pointIndex", pointIndex);
        Objects.requireNonNull(parameters, "parameters");
        ResultFieldChecks.positive("runs", runs);
        ResultFieldChecks.positive("timesteps", timesteps);
        ResultFieldChecks.notBlank("seedDerivation", seedDerivation);
        ResultFieldChecks.notBlank("seedAlgorithm", seedAlgorithm);
        ResultFieldChecks.notBlank("softwareVersion", softwareVersion);
        parameters.asMap().forEach(ExperimentMetadata::checkParameter);
        Map<String, String> copy = new LinkedHashMap<>();
        provenance.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "provenance key"),
                Objects.requireNonNull(v, () -> "provenance value of " + k)));
        provenance = java.util.Collections.unmodifiableMap(copy);
        Objects.requireNonNull(timeseries, "timeseries");
    }

    /**
     * Metadata of runs made by this build: seed derivation {@link SeedDerivation#VERSION} and
     * {@link SeedDerivation#ALGORITHM}, software version {@link SoftwareVersion#current()}, no provenance, all time
     * series kept.
     */
    public static ExperimentMetadata of(String name, String model, String stateSet, String seedExperiment,
                                        int pointIndex, ParameterPoint parameters, int runs, int timesteps,
                                        long rootSeed) {
        return new ExperimentMetadata(name, model, stateSet, seedExperiment, pointIndex, parameters, runs, timesteps,
                rootSeed, SeedDerivation.VERSION, SeedDerivation.ALGORITHM.name(), SoftwareVersion.current(),
                Map.of(), TimeSeriesSelection.ALL);
    }

    /** Returns a copy with one provenance entry added (or replaced, keeping its place). */
    public ExperimentMetadata withProvenance(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(provenance);
        copy.put(key, value);
        return new ExperimentMetadata(name, model, stateSet, seedExperiment, pointIndex, parameters, runs, timesteps,
                rootSeed, seedDerivation, seedAlgorithm, softwareVersion, copy, timeseries);
    }

    /** Returns a copy with another software version. */
    public ExperimentMetadata withSoftwareVersion(String version) {
        return new ExperimentMetadata(name, model, stateSet, seedExperiment, pointIndex, parameters, runs, timesteps,
                rootSeed, seedDerivation, seedAlgorithm, version, provenance, timeseries);
    }

    /** Returns a copy that keeps the time series of the runs selected. */
    public ExperimentMetadata withTimeSeries(TimeSeriesSelection selection) {
        return new ExperimentMetadata(name, model, stateSet, seedExperiment, pointIndex, parameters, runs, timesteps,
                rootSeed, seedDerivation, seedAlgorithm, softwareVersion, provenance, selection);
    }

    private static void checkParameter(String name, Object value) {
        if (value == null || value instanceof String) {
            return;
        }
        if (value instanceof Double d) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("parameter " + name + " is not finite: " + d);
            }
            return;
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return;
        }
        throw new IllegalArgumentException("parameter " + name + " is not a Double, String, List<String> or null: "
                + value);
    }
}
