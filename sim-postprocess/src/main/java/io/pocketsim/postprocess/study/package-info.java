/**
 * Adaptive-grid studies: one PSuU step on a stored grid ({@link io.pocketsim.postprocess.study.PsuuStep}: read, score,
 * bootstrap, next grid, files) and the resumable loop of steps ({@link io.pocketsim.postprocess.study.Study}) that
 * {@code pocketsim psuu} and {@code pocketsim adaptive} share; the commands keep only options and messages.
 */
package io.pocketsim.postprocess.study;
