package io.pocketsim.postprocess.store;

import com.google.common.base.Strings;
import io.pocketsim.postprocess.result.Manifest;
import io.pocketsim.postprocess.result.ResultNames;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * One pass over the experiments stored under names that start with the prefix: each one's outcome of a
     * {@link Verification#QUICK} check (its manifest included when complete), in
     * {@link io.pocketsim.postprocess.result.ResultNames#NATURAL_ORDER}. Absent experiments are not listed, so an
     * expected name missing from the answer is absent. This is how a whole grid's completeness is judged without
     * one request per experiment: the S3 store answers with one paginated listing plus parallel manifest reads.
     * A failure to list is thrown, never read as "absent".
     *
     * <p>The default implementation sees only complete experiments (through {@link #list} and {@link #manifest});
     * stores that can see incomplete and corrupt ones override it.
     */
    default List<ExperimentCheck.Result> scan(String prefix) {
        return list(prefix).stream()
                .map(name -> new ExperimentCheck.Result(ExperimentStatus.complete(name), manifest(name)))
                .toList();
    }

    /**
     * The {@link Verification#QUICK} outcome of each named experiment, absent ones included, in the order given,
     * from one {@link #scan} of the names' longest common prefix (a grid's points share the grid's name).
     */
    default Map<String, ExperimentCheck.Result> states(Collection<String> experiments) {
        String prefix = null;
        for (String e : experiments) {
            ResultNames.checkExperiment(e);
            prefix = prefix == null ? e : Strings.commonPrefix(prefix, e);
        }
        Map<String, ExperimentCheck.Result> found = new HashMap<>();
        if (prefix != null) {
            for (ExperimentCheck.Result r : scan(prefix)) {
                found.put(r.status().experiment(), r);
            }
        }
        Map<String, ExperimentCheck.Result> out = new LinkedHashMap<>();
        for (String e : experiments) {
            out.put(e, found.getOrDefault(e, new ExperimentCheck.Result(ExperimentStatus.absent(e), null)));
        }
        return out;
    }

    /**
     * Opens a file of an experiment whose manifest the caller already holds (from {@link #scan} or
     * {@link #manifest}); the stream is verified against that manifest as {@link #open(String, String)}'s is. Stores
     * where reading the manifest again costs a request skip it.
     *
     * @throws ResultNotFoundException if the manifest lists no such file, or the experiment is no longer complete
     */
    default InputStream open(Manifest manifest, String file) {
        if (manifest.file(file).isEmpty()) {
            throw ResultNotFoundException.forFile(manifest.experiment(), file);
        }
        return open(manifest.experiment(), file);
    }

    /** Removes an experiment, manifest first; does nothing if it is absent. */
    void delete(String experiment);
}
