/**
 * Per-timestep distributions across runs (n, mean, std, p5, p50, p95), computed with memory bounded in the number
 * of runs.
 */
package io.pocketsim.postprocess.aggregate;
