package io.pocketsim.cli;

import io.pocketsim.core.param.AllowedValues;
import io.pocketsim.experiments.catalog.RunUnit;
import io.pocketsim.postprocess.result.Manifest;
import io.pocketsim.postprocess.result.ManifestFile;
import io.pocketsim.postprocess.result.ResultNames;
import io.pocketsim.postprocess.store.ExperimentCheck;
import io.pocketsim.postprocess.store.ExperimentUpload;
import io.pocketsim.postprocess.store.LocalResultStore;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.store.WriteMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pocketsim download}: copies the complete experiments of a grid from a store (usually S3) into a local store
 * folder, in parallel with bounded concurrency. Resumable: an experiment already in the folder with the same
 * manifest entries is skipped. Every byte is verified against the source manifest; an experiment whose copy fails
 * is removed from the folder, so nothing half-written stays.
 */
@Command(name = "download", mixinStandardHelpOptions = true,
        description = {"Copies a grid's complete experiments from the result store (--out, e.g. s3://bucket/prefix) "
                + "into a local store folder (--to), verified, in parallel; re-running skips what is already there.",
                "--files kpis takes only kpis.csv (what kpis and psuu read); --experiments or --sample choose points "
                + "for their time series."})
final class DownloadCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogOptions catalogOptions;

    @Parameters(paramLabel = "GRID", description = "Grid (or one experiment) to copy.")
    private String name;

    @Mixin
    private StoreOptions storeOptions;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "Local result store folder to copy into.")
    private Path to;

    @Option(names = "--files", defaultValue = "all", paramLabel = "WHICH",
            description = "all (every file) or kpis (kpis.csv only). Default: ${DEFAULT-VALUE}.")
    private String files;

    @Option(names = "--experiments", split = ",", paramLabel = "NAME",
            description = "Copy only these experiments of the grid (comma-separated).")
    private List<String> experiments;

    @Option(names = "--sample", paramLabel = "N",
            description = "Copy N complete experiments of the grid chosen at random with --seed.")
    private Integer sample;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S",
            description = "Seed of the --sample choice. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--parallel", defaultValue = "8", paramLabel = "K",
            description = "Experiments copied at once. Default: ${DEFAULT-VALUE}.")
    private int parallel;

    @Override
    public Integer call() throws InterruptedException {
        if (!files.equals("all") && !files.equals("kpis")) {
            throw BadInputException.forOption("--files", files, "allowed: all, kpis");
        }
        OptionChecks.positiveOption("--parallel", parallel);
        if (sample != null) {
            OptionChecks.positiveOption("--sample", sample);
            if (experiments != null) {
                throw new BadInputException("--experiments and --sample both given; allowed: one of them");
            }
        }
        OptionChecks.writableDirectoryOption("--to", to);
        List<String> names = OptionChecks.resolveExperiment(catalogOptions.catalog(), name).stream()
                .map(RunUnit::name).toList();
        if (experiments != null) {
            for (String e : experiments) {
                if (!names.contains(e)) {
                    throw BadInputException.forOption("--experiments", e, "not an experiment of " + name
                            + AllowedValues.described(e, "an experiment of " + name, names));
                }
            }
        }
        LocalResultStore target = new LocalResultStore(to);
        long start = System.nanoTime();
        try (StoreOptions.OpenStore opened = storeOptions.openForReading()) {
            ResultStore source = opened.store();
            List<String> asked = experiments != null ? List.copyOf(new LinkedHashSet<>(experiments)) : names;
            Map<String, ExperimentCheck.Result> states = source.states(asked);
            List<Manifest> complete = new ArrayList<>();
            List<String> notComplete = new ArrayList<>();
            for (ExperimentCheck.Result r : states.values()) {
                if (r.status().isComplete()) {
                    complete.add(r.manifest());
                } else {
                    notComplete.add(r.status().experiment());
                }
            }
            if (sample != null && sample < complete.size()) {
                List<Manifest> shuffled = new ArrayList<>(complete);
                Collections.shuffle(shuffled, new Random(seed));
                Set<Manifest> chosen = Set.copyOf(shuffled.subList(0, sample));
                complete = complete.stream().filter(chosen::contains).toList();
            }
            Map<String, ExperimentCheck.Result> present = target.states(complete.stream()
                    .map(Manifest::experiment).toList());
            List<Manifest> toCopy = new ArrayList<>();
            int skipped = 0;
            for (Manifest m : complete) {
                Manifest wanted = wanted(m);
                ExperimentCheck.Result here = present.get(m.experiment());
                if (here.status().isComplete() && covers(here.manifest(), wanted)) {
                    skipped++;
                } else {
                    toCopy.add(wanted);
                }
            }
            AtomicLong bytes = new AtomicLong();
            List<String> failures = copyAll(source, target, toCopy, bytes);
            double seconds = (System.nanoTime() - start) / 1e9;
            PrintWriter out = spec.commandLine().getOut();
            out.println(String.format(Locale.ROOT, "pocketsim download: %s: %d copied, %d already present, %d not "
                            + "complete in %s%s; %.1f MB in %.2f s into %s", name, toCopy.size() - failures.size(),
                    skipped, notComplete.size(), opened.location().display(),
                    notComplete.isEmpty() ? "" : " (first: " + notComplete.get(0) + ")",
                    bytes.get() / 1e6, seconds, to.toAbsolutePath().normalize()));
            out.flush();
            if (!failures.isEmpty()) {
                throw new IllegalStateException(failures.size() + " of " + toCopy.size() + " experiment(s) could "
                        + "not be copied (nothing of them was kept); first: " + failures.get(0));
            }
        }
        return ExitCodes.OK;
    }

    /** The manifest to write locally: the source's, listing only the files asked for. */
    private Manifest wanted(Manifest m) {
        if (files.equals("all")) {
            return m;
        }
        List<ManifestFile> kept = m.files().stream().filter(f -> f.name().equals(ResultNames.KPIS)).toList();
        return new Manifest(m.formatVersion(), m.metadata(), m.runSeeds(), m.startedAt(), m.finishedAt(),
                m.wallTimeSeconds(), kept);
    }

    /** Whether a local experiment already holds what is wanted: same metadata and seeds, same file entries. */
    private static boolean covers(Manifest local, Manifest wanted) {
        return local.metadata().equals(wanted.metadata()) && local.runSeeds().equals(wanted.runSeeds())
                && local.files().containsAll(wanted.files());
    }

    private List<String> copyAll(ResultStore source, LocalResultStore target, List<Manifest> manifests,
                                 AtomicLong bytes) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, Math.max(1, manifests.size())));
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (Manifest m : manifests) {
                pending.add(pool.submit(() -> {
                    copy(source, target, m, bytes);
                    return null;
                }));
            }
            List<String> failures = new ArrayList<>();
            for (Future<?> f : pending) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    failures.add(String.valueOf(e.getCause()));
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Copies one experiment; on any failure removes what was written of it. */
    private static void copy(ResultStore source, LocalResultStore target, Manifest m, AtomicLong bytes)
            throws IOException {
        String experiment = m.experiment();
        boolean done = false;
        try (ExperimentUpload up = target.create(experiment, WriteMode.OVERWRITE)) {
            for (ManifestFile f : m.files()) {
                OutputStream out = up.file(f.name());
                try (InputStream in = source.open(m, f.name())) {
                    // the source stream checks size and SHA-256 at the end, before this file is closed into place
                    bytes.addAndGet(in.transferTo(out));
                } catch (IOException | RuntimeException e) {
                    up.close();
                    throw e;
                }
                out.close();
            }
            up.commit(m);
            done = true;
        } finally {
            if (!done) {
                target.delete(experiment);
            }
        }
    }
}
