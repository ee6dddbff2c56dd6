package io.pocketsim.postprocess.result;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of a complete experiment: its metadata, the seed of every run, when it ran and every file with its
 * size, SHA-256 and row count. A store writes it last; a valid manifest whose files match is the only mark of a
 * complete experiment.
 *
 * @param formatVersion   version of the result format ({@link #FORMAT_VERSION} for files this build writes)
 * @param metadata        the experiment's metadata
 * @param runSeeds        one entry per run, in run order
 * @param startedAt       when writing started (UTC)
 * @param finishedAt      when writing finished (UTC)
 * @param wallTimeSeconds elapsed time measured with a monotonic clock
 * @param files           every data file, in the order written
 */
public record Manifest(int formatVersion, ExperimentMetadata metadata, List<RunSeed> runSeeds, Instant startedAt,
                       Instant finishedAt, double wallTimeSeconds, List<ManifestFile> files) {
    /** The result format version this build writes and reads. */
    public static final int FORMAT_VERSION = 1;

    public Manifest {
        ResultFieldChecks.positive("formatVersion", formatVersion);
        Objects.requireNonNull(metadata, "metadata");
        runSeeds = List.copyOf(runSeeds);
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        if (finishedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("finishedAt " + finishedAt + " is before startedAt " + startedAt);
        }
        if (!(wallTimeSeconds >= 0) || Double.isInfinite(wallTimeSeconds)) {
            throw new IllegalArgumentException("wallTimeSeconds is not a finite non-negative number: "
                    + wallTimeSeconds);
        }
        files = List.copyOf(files);
        if (runSeeds.size() != metadata.runs()) {
            throw new IllegalArgumentException("runSeeds has " + runSeeds.size() + " entries but runs is "
                    + metadata.runs());
        }
        for (int i = 0; i < runSeeds.size(); i++) {
            if (runSeeds.get(i).run() != i + 1) {
                throw new IllegalArgumentException("runSeeds[" + i + "].run is not " + (i + 1) + ": "
                        + runSeeds.get(i).run());
            }
        }
        if (files.stream().map(ManifestFile::name).distinct().count() != files.size()) {
            throw new IllegalArgumentException("files lists a name twice: " + files);
        }
    }

    /** The experiment (result) name. */
    public String experiment() {
        return metadata.name();
    }

    /** The entry of a file, if the manifest lists it. */
    public Optional<ManifestFile> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
