package io.pocketsim.cli;

import io.pocketsim.postprocess.store.CorruptResultException;
import io.pocketsim.postprocess.store.ExperimentStatus;
import io.pocketsim.postprocess.store.LocalResultStore;
import io.pocketsim.postprocess.store.ResultState;
import io.pocketsim.postprocess.store.Verification;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --out} option of commands that read an existing local result store. */
final class StoreOptions {
    @Option(names = {"-o", "--out"}, defaultValue = "results", paramLabel = "DIR",
            description = "Result store directory to read (as written by 'pocketsim run'). Default: ./${DEFAULT-VALUE}.")
    private Path out;

    /** The store directory as given. */
    Path directory() {
        return out;
    }

    /** The store, after checking that its directory exists. */
    LocalResultStore store() {
        if (!Files.isDirectory(out)) {
            throw BadInputException.forOption("--out", out, Files.exists(out) ? "not a directory"
                    : "no such directory; allowed: a result store written by 'pocketsim run'");
        }
        return new LocalResultStore(out);
    }

    /**
     * Checks that an experiment is complete in the store: absent or incomplete is bad input (with the closest stored
     * name), corrupt is a failure (the data the user pointed at is damaged, not the command line).
     */
    static void requireComplete(LocalResultStore store, Path dir, String experiment) {
        ExperimentStatus s = store.status(experiment, Verification.QUICK);
        if (s.state() == ResultState.COMPLETE) {
            return;
        }
        if (s.state() == ResultState.CORRUPT) {
            throw CorruptResultException.forExperiment(experiment, s.reason());
        }
        var stored = store.list("");
        String hint = stored.isEmpty() ? "the store holds no complete experiment"
                : "closest complete experiment: " + Checks.closest(experiment, stored);
        throw BadInputException.forOption("--experiment", experiment, (s.state() == ResultState.ABSENT
                ? "not in the store " : "not complete in the store ") + dir + "; " + hint);
    }
}
