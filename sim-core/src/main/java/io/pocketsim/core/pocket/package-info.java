/**
 * The Pocket Network model (model-spec.md): {@link io.pocketsim.core.pocket.PocketModel} runs eleven blocks per day
 * on one mutable {@link io.pocketsim.core.pocket.state.PocketState} per run.
 *
 * <p>How the packages map to the model:
 * <ul>
 *   <li><b>Model</b> (this package): {@code PocketModel}, the eleven blocks in run order and the initial state.</li>
 *   <li><b>State</b>: {@link io.pocketsim.core.pocket.state} ({@code PocketState}, {@code RelayLog}; the entities
 *       {@code StakeHolder} (id, name, holdings, stake) under {@code Validator} and {@code Participant} (joins and
 *       leaves) under {@code Servicer}, {@code Gateway}, {@code Application}; also {@code Service}, {@code Dao};
 *       {@code Links}, through which relations change on both sides at once; {@code InitialStates}, the "Test" and
 *       "Base" starts). Read through public accessors; written only by the blocks, through small domain-named
 *       mutators.</li>
 *   <li><b>Blocks</b>: {@link io.pocketsim.core.pocket.block}, one class per block of the original
 *       (model/psub/psub.py), named in its package-info, each with its spec section.</li>
 *   <li><b>Parameters</b>: {@link io.pocketsim.core.pocket.parameters} ({@code PocketParameterSpace},
 *       {@code PocketRunParameters}, {@code Correction}, {@code PocketEvents}).</li>
 *   <li><b>Oracle</b>: {@link io.pocketsim.core.pocket.oracle} (the daily price-return models).</li>
 *   <li><b>Outputs</b>: {@code PocketRecorder} (the per-timestep row) and {@code PocketKeyCharts} (this package),
 *       and {@link io.pocketsim.core.pocket.kpi} (the per-run KPIs).</li>
 *   <li><b>Support</b>: {@link io.pocketsim.core.pocket.support} ({@code PyMath}, {@code Samplers},
 *       {@code Scratch}; internal to the blocks).</li>
 * </ul>
 *
 * <p>Dependencies point one way: this package uses {@code block} and {@code state}; {@code block} uses
 * {@code state}, {@code support} and {@code parameters}; {@code state} uses none of them. Data of one run that only
 * a block or the recorder needs (buffers, samplers, lookups, running sums) lives in the state's typed
 * {@link io.pocketsim.core.pocket.state.PocketState#workspace workspace}, so the state names no block type.
 */
package io.pocketsim.core.pocket;
