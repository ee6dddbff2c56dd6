/**
 * The Pocket Network model (model-spec.md): {@link io.pocketsim.core.pocket.PocketModel} runs eleven blocks per day
 * on one mutable {@link io.pocketsim.core.pocket.state.PocketState} per run.
 *
 * <p>How the files map to the model:
 * <ul>
 *   <li><b>Entities</b> (read through public accessors; only the blocks below mutate them):
 *       {@code StakeHolder} (id, name, holdings, stake) under {@code Validator} and {@code Participant} (joins and
 *       leaves) under {@code Servicer}, {@code Gateway}, {@code Application}; also {@code Service}, {@code Dao}.
 *       The state's relations change through {@code Links} (both sides at once).</li>
 *   <li><b>Blocks</b>, in run order, with the original's name (model/psub/psub.py) and the spec section:
 *     <ol>
 *       <li>{@code meta_update_block} = {@code MetaBlock} (§4.1)</li>
 *       <li>{@code gfpr_rttm_block} = {@code FeeRates} (§4.2)</li>
 *       <li>{@code join_block} = {@code Joins} (§4.3)</li>
 *       <li>{@code stake_block} = {@code StakeTopUps} (§4.4)</li>
 *       <li>{@code delegation_service_block} = {@code Linking} (and {@code DensityLinking} at start, §2.4) (§4.5)</li>
 *       <li>{@code relay_requests_block} = {@code RelaySessions} (§4.6)</li>
 *       <li>{@code jailing_slashing_block} = {@code JailingSlashing} (§4.7)</li>
 *       <li>{@code block_and_fee_rewards_block} = {@code Rewards} (§4.8)</li>
 *       <li>{@code undelegation_unservice_block} = {@code Unlinking} (§4.9)</li>
 *       <li>{@code leave_block} = {@code Departures} (§4.10)</li>
 *       <li>{@code events_block} = {@code ScenarioEvents}, with {@code ScenarioEvent} and {@code PocketEvents}
 *           (§4.11, §5.4)</li>
 *     </ol></li>
 *   <li><b>Parameters</b>: {@link io.pocketsim.core.pocket.parameters} ({@code PocketParameterSpace},
 *       {@code PocketRunParameters}, {@code Correction}); the start: {@code InitialStates} ("Test" and "Base").</li>
 *   <li><b>Oracle</b>: {@link io.pocketsim.core.pocket.oracle} (the daily price-return models).</li>
 *   <li><b>Outputs</b>: {@code PocketRecorder} (the per-timestep row), {@code PocketKeyCharts}, and
 *       {@link io.pocketsim.core.pocket.kpi} (the per-run KPIs).</li>
 *   <li><b>Support</b>: {@link io.pocketsim.core.pocket.support} ({@code PyMath}, {@code Samplers},
 *       {@code Scratch}; internal).</li>
 * </ul>
 *
 * <p>Entities and blocks share one package on purpose: the blocks mutate entity fields in place (package-private),
 * which keeps a run allocation-free and fast, while everything outside the model can only read.
 */
package io.pocketsim.core.pocket;

import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.parameters.PocketParameterSpace;
import io.pocketsim.core.pocket.support.PyMath;
import io.pocketsim.core.pocket.support.Samplers;
import io.pocketsim.core.pocket.support.Scratch;
