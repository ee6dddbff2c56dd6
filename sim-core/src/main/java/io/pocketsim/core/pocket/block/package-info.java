/**
 * The Pocket model's blocks (model-spec.md §4), one class per block of the original (model/psub/psub.py), in run
 * order:
 * <ol>
 *   <li>{@code meta_update_block} = {@link io.pocketsim.core.pocket.block.MetaBlock} (§4.1)</li>
 *   <li>{@code gfpr_rttm_block} = {@link io.pocketsim.core.pocket.block.FeeRates} (§4.2)</li>
 *   <li>{@code join_block} = {@link io.pocketsim.core.pocket.block.Joins} (§4.3)</li>
 *   <li>{@code stake_block} = {@link io.pocketsim.core.pocket.block.StakeTopUps} (§4.4)</li>
 *   <li>{@code delegation_service_block} = {@link io.pocketsim.core.pocket.block.Linking} (§4.5), and
 *       {@code enforce_density_service_servicers} = {@link io.pocketsim.core.pocket.block.DensityLinking} once at
 *       start (§2.4)</li>
 *   <li>{@code relay_requests_block} = {@link io.pocketsim.core.pocket.block.RelaySessions} (§4.6)</li>
 *   <li>{@code jailing_slashing_block} = {@link io.pocketsim.core.pocket.block.JailingSlashing} (§4.7)</li>
 *   <li>{@code block_and_fee_rewards_block} = {@link io.pocketsim.core.pocket.block.Rewards}, with its lookups
 *       {@code RewardIndex} (§4.8)</li>
 *   <li>{@code undelegation_unservice_block} = {@link io.pocketsim.core.pocket.block.Unlinking} (§4.9)</li>
 *   <li>{@code leave_block} = {@link io.pocketsim.core.pocket.block.Departures} (§4.10)</li>
 *   <li>{@code events_block} = {@link io.pocketsim.core.pocket.block.ScenarioEvents}, with
 *       {@link io.pocketsim.core.pocket.block.ScenarioEvent} (§4.11, §5.4)</li>
 * </ol>
 *
 * <p>A block's policies are static methods taking the run's {@link io.pocketsim.core.pocket.state.PocketState}, which
 * they change through its and the entities' public mutators; {@link io.pocketsim.core.pocket.PocketModel} wires them
 * in order. What a block keeps between its calls (buffers, lookups) lives in the state's workspace.
 */
package io.pocketsim.core.pocket.block;
