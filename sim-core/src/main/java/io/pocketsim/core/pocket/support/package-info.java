/**
 * Support of the Pocket model's blocks, for internal use only: {@code PyMath} (Python's float semantics the original
 * relies on), {@code Samplers} (the run's draws, in the original's order) and {@code Scratch} (per-run buffers reused
 * every day, so the hot loops allocate nothing). Public only because the blocks live in the sibling package
 * {@code block}.
 */
package io.pocketsim.core.pocket.support;
