package io.pocketsim.postprocess.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A store's raw view of one experiment's folder, which {@link ExperimentCheck} judges. Store implementations
 * provide it; it applies no rules of its own.
 */
public interface StoredExperiment {
    /** The experiment name. */
    String name();

    /** Whether anything at all is stored under the experiment (manifest, data files or temporary files). */
    boolean exists() throws IOException;

    /** The manifest's bytes, if a manifest is stored. */
    Optional<byte[]> manifestBytes() throws IOException;

    /** The stored size of a data file, if it exists. */
    OptionalLong size(String file) throws IOException;

    /** The stored bytes of a data file. */
    InputStream open(String file) throws IOException;
}
