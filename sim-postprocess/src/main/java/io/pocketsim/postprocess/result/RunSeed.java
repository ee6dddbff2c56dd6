package io.pocketsim.postprocess.result;

/**
 * The seed of one run, as recorded in the manifest and in every row of the run.
 *
 * @param run  run index (1-based)
 * @param seed the run's 64-bit seed; {@link io.pocketsim.core.random.SeedDerivation#fromRunSeed(long)} recreates
 *             its generator
 */
public record RunSeed(int run, long seed) {
    public RunSeed {
        ResultFieldChecks.positive("run", run);
    }
}
