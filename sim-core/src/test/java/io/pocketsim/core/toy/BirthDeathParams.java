package io.pocketsim.core.toy;

/**
 * Typed parameters of the toy birth-death model.
 *
 * @param birthRate         expected births per individual per day
 * @param deathRate         expected deaths per individual per day
 * @param immigrants        individuals arriving every day
 * @param initialPopulation individuals at timestep 0 (before the state set's factor and the setup jitter)
 * @param initialJitter     the setup stream adds a uniform whole number in [0, jitter] to the initial population
 */
public record BirthDeathParams(double birthRate, double deathRate, double immigrants, double initialPopulation,
                               double initialJitter) {
}
