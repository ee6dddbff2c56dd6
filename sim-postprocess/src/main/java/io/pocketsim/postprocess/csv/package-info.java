/**
 * Result files as CSV: exact number formatting, the streaming experiment writer and the readers of per-run and
 * per-timestep tables.
 */
package io.pocketsim.postprocess.csv;
