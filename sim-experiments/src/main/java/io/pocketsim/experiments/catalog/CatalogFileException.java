package io.pocketsim.experiments.catalog;

/**
 * A bad experiment or grid file: names the file, the location in it (e.g.
 * {@code grids[2] (network_viability_ag3_) protocol.gateway_fee_per_relay}) and what is allowed.
 */
public final class CatalogFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String location;

    private CatalogFileException(String file, String location, String problem, Throwable cause) {
        super(file + ": " + (location.isEmpty() ? "" : location + ": ") + problem, cause);
        this.file = file;
        this.location = location;
    }

    /** A problem at a location of a file. */
    public static CatalogFileException at(String file, String location, String problem) {
        return new CatalogFileException(file, location, problem, null);
    }

    /** A problem at a location of a file, caused by another exception. */
    public static CatalogFileException at(String file, String location, String problem, Throwable cause) {
        return new CatalogFileException(file, location, problem, cause);
    }

    /** The file's label (path or classpath resource). */
    public String file() {
        return file;
    }

    /** Where in the file (empty for the whole file). */
    public String location() {
        return location;
    }
}
