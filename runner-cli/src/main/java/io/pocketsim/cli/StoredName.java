package io.pocketsim.cli;

import picocli.CommandLine.Mixin;

/**
 * A stored experiment, grid or family by name, as {@code psuu} and {@code report} take it: {@code NAME} (or
 * {@code -e}), the catalog that defines it ({@code --grid-file}) and the store that holds it ({@code --out} and the
 * S3 settings).
 */
final class StoredName {
    @Mixin
    private CatalogOptions catalog;

    @Mixin
    private StoreOptions store;

    @Mixin
    private NameArgument name;

    CatalogOptions catalog() {
        return catalog;
    }

    StoreOptions store() {
        return store;
    }

    /** The name given; see {@link NameArgument#name()}. */
    String name() {
        return name.name();
    }
}
