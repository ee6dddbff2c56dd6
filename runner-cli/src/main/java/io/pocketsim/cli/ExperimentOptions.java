package io.pocketsim.cli;

import picocli.CommandLine.Mixin;

/**
 * What a command that runs or describes experiments takes: the catalog that names them (the built-ins plus
 * {@code --grid-file}) and the options that build their model ({@code --price-history}).
 */
final class ExperimentOptions {
    @Mixin
    private CatalogOptions catalog;

    @Mixin
    private ModelOptions model;

    CatalogOptions catalog() {
        return catalog;
    }

    ModelOptions model() {
        return model;
    }
}
