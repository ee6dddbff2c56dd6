/**
 * Where result files live: the {@link io.pocketsim.postprocess.store.ResultStore} port, the local file-system
 * store and the completeness and corruption rules every store applies.
 */
package io.pocketsim.postprocess.store;
