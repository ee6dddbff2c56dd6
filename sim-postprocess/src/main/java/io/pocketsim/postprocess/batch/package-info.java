/**
 * The batch runner every command that runs experiments shares ({@code run}, and the task, launch and adaptive
 * commands): which units are still to run, running them on one executor and streaming them into a store, and the
 * completeness of a grid in a store.
 */
package io.pocketsim.postprocess.batch;
