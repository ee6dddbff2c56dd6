package io.pocketsim.postprocess.store;

import io.pocketsim.postprocess.result.Manifest;
import java.io.InputStream;
import java.util.List;

/**
 * Where experiments' result files live: one folder (or key prefix) per experiment, holding its data files and,
 * written last, its {@code manifest.json}. Only an experiment with a valid manifest whose files match it is
 * complete; readers get nothing else.
 *
 * <p>One writer per experiment at a time, enforced by the store as far as it can: a store that can lock
 * (the local one) refuses a second writer at {@link #create} with {@link ExperimentLockedException}; a store that
 * commits conditionally (S3: the manifest is put with {@code If-None-Match: *}) lets both write and refuses the
 * second commit with {@link ExperimentExistsException}. Either way an experiment is completed by one writer, from
 * one set of inputs, and the other writer is told. Different experiments may be written and read concurrently.
 */
public interface ResultStore {

    /**
     * Starts writing an experiment. Anything stored under its name that is not complete (leftovers of an
     * interrupted write, a corrupt experiment) is removed; a complete experiment is replaced only with
     * {@link WriteMode#OVERWRITE}, and then its manifest is removed before anything else, so that a crash part-way
     * leaves it incomplete rather than mixed.
     *
     * @throws ExperimentExistsException if the experiment is complete and the mode is {@link WriteMode#CREATE}
     * @throws ExperimentLockedException if another writer is writing the experiment (stores that lock)
     * @throws IllegalArgumentException  if the name is not a valid experiment name
     */
    ExperimentUpload create(String experiment, WriteMode mode);

    /** The experiment's state, checked as thoroughly as asked. */
    ExperimentStatus status(String experiment, Verification verification);

    /** The experiment's state after a {@link Verification#FULL} check. */
    default ExperimentStatus status(String experiment) {
        return status(experiment, Verification.FULL);
    }

    /**
     * The names of the complete experiments (by a {@link Verification#QUICK} check) whose names start with the
     * prefix, in {@link io.pocketsim.postprocess.result.ResultNames#NATURAL_ORDER}. Incomplete and corrupt ones
     * are left out.
     */
    List<String> list(String prefix);

    /**
     * The manifest of a complete experiment ({@link Verification#QUICK} check).
     *
     * @throws ResultNotFoundException if it is absent or incomplete
     * @throws CorruptResultException  if it is corrupt
     */
    Manifest manifest(String experiment);

    /**
     * Opens a file of a complete experiment. The stream checks the bytes against the manifest as they are read:
     * at the end of the file it throws {@link CorruptResultException} if the size or SHA-256 differ, so a reader
     * that reads to the end never uses corrupt data unknowingly.
     *
     * @throws ResultNotFoundException if the experiment is not complete or its manifest lists no such file
     * @throws CorruptResultException  if the experiment is corrupt
     */
    InputStream open(String experiment, String file);

    /** Removes an experiment, manifest first; does nothing if it is absent. */
    void delete(String experiment);
}
