/**
 * The Pocket model's parameters: {@code PocketParameterSpace} (every parameter's name, allowed values, unit and
 * meaning, in the original's order, and the named sets Test, Base, BaseDynamic, BaseEvent), {@code
 * PocketRunParameters} (the typed, validated values of one run) and {@code Correction} (the switches for the
 * original's unintended behaviours, model-differences.md).
 */
package io.pocketsim.core.pocket.parameters;
