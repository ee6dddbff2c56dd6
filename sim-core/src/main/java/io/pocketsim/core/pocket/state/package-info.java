/**
 * The state of one Pocket run (model-spec.md §2): {@link io.pocketsim.core.pocket.state.PocketState} with today's
 * {@link io.pocketsim.core.pocket.state.RelayLog}, the entities ({@code StakeHolder} → {@code Validator};
 * {@code Participant} → {@code Servicer}, {@code Gateway}, {@code Application}; {@code Service}, {@code Dao}),
 * {@link io.pocketsim.core.pocket.state.Links} (both sides of a relation change together) and
 * {@link io.pocketsim.core.pocket.state.InitialStates} (the "Test" and "Base" starts).
 *
 * <p>Everything is readable through public accessors. The public mutators are small, domain-named operations
 * ({@code servicer.jail(height)}, {@code state.burn(amount)}, {@code state.setFeeRates(rttm, gfpr, afpr)}) for the
 * blocks ({@code io.pocketsim.core.pocket.block}) only; observers only read. The fields stay package-private, so
 * entity construction, id allocation and the relations' two sides stay consistent inside this package.
 */
package io.pocketsim.core.pocket.state;
