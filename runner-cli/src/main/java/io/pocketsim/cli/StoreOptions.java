package io.pocketsim.cli;

import io.pocketsim.core.param.AllowedValues;
import io.pocketsim.cloud.s3.ClientHooks;
import io.pocketsim.cloud.s3.S3ResultStore;
import io.pocketsim.postprocess.store.CorruptResultException;
import io.pocketsim.postprocess.store.ExperimentStatus;
import io.pocketsim.postprocess.store.LocalResultStore;
import io.pocketsim.postprocess.store.ResultState;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.store.Verification;
import java.nio.file.Files;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code --out} option naming the result store, and the S3 settings: every command that reads or writes a store
 * takes them, and opens the store here.
 */
final class StoreOptions {
    @Option(names = {"-o", "--out"}, defaultValue = "results", paramLabel = "STORE",
            description = "Result store: a directory (or file:DIR) or s3://bucket/prefix. Default: ./${DEFAULT-VALUE}.")
    private String out;

    @Mixin
    private S3Options s3Options;

    /** The S3 options given, to pass on to a task run in this process. */
    java.util.List<String> s3Arguments() {
        return s3Options.arguments();
    }

    private final ClientHooks hooks;

    /** The options as the command line makes them: S3 clients exactly as the settings say. */
    StoreOptions() {
        this(ClientHooks.none());
    }

    /** With additions to the S3 client (tests and benchmarks count requests or inject faults through them). */
    StoreOptions(ClientHooks hooks) {
        this.hooks = hooks;
    }

    /** The location as given (after checking its form). */
    StoreLocation location() {
        return StoreLocation.parse("--out", out);
    }

    /**
     * Opens the store to read it: a local directory must exist. An S3 store is not probed: the command's first
     * listing fails with the same one-line message (no credentials, no bucket, access denied, unreachable).
     */
    OpenStore openForReading() {
        StoreLocation loc = location();
        if (!loc.isS3()) {
            if (!Files.isDirectory(loc.local())) {
                throw BadInputException.forOption("--out", out, Files.exists(loc.local()) ? "not a directory"
                        : "no such directory; allowed: a result store written by 'pocketsim run', or "
                        + "s3://bucket/prefix");
            }
            return new OpenStore(new LocalResultStore(loc.local()), loc, () -> { });
        }
        S3ResultStore s3 = S3ResultStore.open(loc.s3(), s3Options.settings(), hooks);
        return new OpenStore(s3, loc, s3::close);
    }

    /**
     * Opens the store to write it: a local directory must be creatable; an S3 prefix must be listable (one request,
     * so that a run fails before it computes anything rather than at its first write).
     */
    OpenStore openForWriting() {
        StoreLocation loc = location();
        if (!loc.isS3()) {
            OptionChecks.writableDirectoryOption("--out", loc.local());
            return new OpenStore(new LocalResultStore(loc.local()), loc, () -> { });
        }
        return openS3(loc);
    }

    private OpenStore openS3(StoreLocation loc) {
        S3ResultStore s3 = S3ResultStore.open(loc.s3(), s3Options.settings(), hooks);
        try {
            s3.checkAccess();
        } catch (RuntimeException e) {
            s3.close();
            throw e;
        }
        return new OpenStore(s3, loc, s3::close);
    }

    /** An opened store; closing it releases its clients. */
    record OpenStore(ResultStore store, StoreLocation location, Runnable closer) implements AutoCloseable {
        @Override
        public void close() {
            closer.run();
        }
    }

    /**
     * Checks that an experiment is complete in the store: absent or incomplete is bad input (with the closest stored
     * name), corrupt is a failure (the data the user pointed at is damaged, not the command line).
     */
    static void requireComplete(ResultStore store, StoreLocation where, String experiment) {
        ExperimentStatus s = store.status(experiment, Verification.QUICK);
        if (s.state() == ResultState.COMPLETE) {
            return;
        }
        if (s.state() == ResultState.CORRUPT) {
            throw CorruptResultException.forExperiment(experiment, s.reason());
        }
        var stored = store.list("");
        String hint = stored.isEmpty() ? "; the store holds no complete experiment"
                : AllowedValues.described(experiment, "one of its " + stored.size() + " complete experiments", stored);
        throw BadInputException.forOption("--experiment", experiment, (s.state() == ResultState.ABSENT
                ? "not in the store " : "not complete in the store ") + where.display() + hint);
    }
}
