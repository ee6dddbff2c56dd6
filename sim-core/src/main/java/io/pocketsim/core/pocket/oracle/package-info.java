/**
 * The oracle's daily price-return models: the fitted parametric model (the default) and the kernel density of
 * historical returns the original used.
 */
package io.pocketsim.core.pocket.oracle;
