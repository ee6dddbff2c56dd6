package io.pocketsim.postprocess.study;

import io.pocketsim.experiments.catalog.GridFiles;
import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.experiments.grid.GridDefinition;
import io.pocketsim.postprocess.io.AtomicFiles;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.store.StoreFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An adaptive-grid study: iteration after iteration, run the grid (every point not yet complete in the store), score
 * it ({@link PsuuStep}) and go on with the next grid. Everything it needs to continue lives in the store folder:
 * {@code grids/{study}_ag{k}_.json} (the grid of each iteration, written before it is run) and
 * {@code psuu/{study}_ag{k}_/} (scores.csv, best.json and the next grid's file, written last). Killed at any point
 * and started again, it skips complete experiments (the runner) and complete steps (their files), so no complete work
 * is redone and every file comes out byte-identical to an uninterrupted study.
 *
 * <p>With a store that is not the folder (S3), the folder is a local copy and every file is also kept in the store
 * as {@link StoreFiles} under the same relative keys ({@code grids/...}, {@code psuu/{grid}/...}; the step's
 * {@code best.json} last): the study continues from the store alone, pulling what the copy lacks.
 */
public final class Study {
    /** The folder of the study's grid files, under the store folder. */
    public static final String GRIDS = "grids";
    /** The folder of the PSuU steps, under the store folder. */
    public static final String PSUU = "psuu";
    /** The most iterations {@code --until-stable} runs. */
    public static final int MAX_ITERATIONS = 20;

    /** Runs every point of a grid not yet complete in the store: where the work is done (this machine, ECS). */
    @FunctionalInterface
    public interface GridRunner {
        /** Runs the grid's incomplete points into the store. */
        RunSummary run(Grid grid) throws InterruptedException;
    }

    /**
     * What a runner did.
     *
     * @param experimentsRun     points run and committed
     * @param experimentsSkipped points already complete
     * @param runs               Monte Carlo runs made
     */
    public record RunSummary(int experimentsRun, int experimentsSkipped, long runs) {
    }

    /** Loads a grid file (with whatever other grid files the user gave) and returns the named grid. */
    @FunctionalInterface
    public interface GridLoader {
        /** The grid {@code name} of {@code file}. */
        Grid load(Path file, String name);
    }

    /**
     * What to do.
     *
     * @param study       the study's name
     * @param iterations  the most iterations to run and score
     * @param untilStable stop early once the choice is stable: the same end of every bracket as the previous
     *                    iteration, with a bootstrap probability of at least 0.8
     * @param psuu        how to score
     */
    public record Settings(String study, int iterations, boolean untilStable, PsuuStep.Options psuu) {
        public Settings {
            StudyNames.check(study);
            if (iterations <= 0) {
                throw new IllegalArgumentException("iterations: " + iterations + "; allowed: a positive number");
            }
            psuu = psuu.withStudy(study);
        }
    }

    /**
     * One iteration.
     *
     * @param number  the iteration k
     * @param grid    its grid
     * @param run     what the runner did
     * @param scored  whether it was scored now (false: the step was already complete in the store)
     * @param nanos   wall time of the iteration
     * @param step    what the step chose
     */
    public record Iteration(int number, Grid grid, RunSummary run, boolean scored, long nanos, StepSummary step) {
    }

    /** Hears of each iteration as it ends. */
    @FunctionalInterface
    public interface Listener {
        void iteration(Iteration it);
    }

    /**
     * The study's outcome.
     *
     * @param iterations the iterations run (or found complete), in order
     * @param first      the first grid's protocol brackets
     * @param last       the last next grid's protocol brackets (the bracket the study narrowed to)
     * @param lastGrid   the last next grid's file in the store folder
     * @param stable     whether it stopped because the choice was stable
     */
    public record Result(List<Iteration> iterations, Map<String, List<Object>> first, Map<String, List<Object>> last,
                         Path lastGrid, boolean stable) {
    }

    private final Path folder;
    private final ResultStore store;
    private final GridRunner runner;
    private final GridLoader loader;
    private final Predicate<String> defined;
    private final StoreFiles mirror;

    /**
     * A study over a store.
     *
     * @param folder  the store's folder (for {@value #GRIDS}/ and {@value #PSUU}/)
     * @param store   the result store
     * @param runner  where grids run
     * @param loader  how grid files are loaded
     * @param defined whether a grid name is already defined elsewhere (built-ins, user files)
     */
    public Study(Path folder, ResultStore store, GridRunner runner, GridLoader loader, Predicate<String> defined) {
        this(folder, store, null, runner, loader, defined);
    }

    /**
     * A study over a store that is not {@code folder} (S3): the folder is a local copy, the store keeps every file.
     *
     * @param mirror where the study's files live in the store (null: the folder is the store)
     */
    public Study(Path folder, ResultStore store, StoreFiles mirror, GridRunner runner, GridLoader loader,
                 Predicate<String> defined) {
        this.mirror = mirror;
        this.folder = Objects.requireNonNull(folder, "folder");
        this.store = Objects.requireNonNull(store, "store");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.defined = Objects.requireNonNull(defined, "defined");
    }

    /** The grid file of a study's iteration in the store folder. */
    public Path gridFile(String gridName) {
        return folder.resolve(GRIDS).resolve(gridName + ".json");
    }

    /** The folder of a grid's PSuU step in the store folder. */
    public Path stepFolder(String gridName) {
        return folder.resolve(PSUU).resolve(gridName);
    }

    /**
     * The study's first grid: {@code start} as iteration k of the study. Written to the store folder unless there;
     * if there, it must be the same (the same study started again).
     *
     * @throws IllegalArgumentException if the name is defined elsewhere, or the store holds the study with another
     *                                  first grid
     */
    public GridDefinition begin(GridDefinition start, String study) {
        if (!start.adaptive()) {
            throw new IllegalArgumentException("grid " + start.name() + " is not an adaptive-grid iteration (no "
                    + "family/iteration); allowed: a grid {family}_ag{k}_ with protocol brackets");
        }
        GridDefinition first = StudyNames.asIteration(start, study, start.iteration());
        if (defined.test(first.name()) && !first.name().equals(start.name())) {
            throw new IllegalArgumentException("study " + study + ": its grid " + first.name() + " is already defined "
                    + "elsewhere; allowed: another --study name");
        }
        Path file = gridFile(first.name());
        String json = GridFiles.toJson(first);
        pull(file);
        if (Files.exists(file)) {
            String stored = read(file);
            if (!stored.equals(json)) {
                throw new IllegalArgumentException("study " + study + " already exists in " + folder + " with another "
                        + "first grid (" + file + "); allowed: the same start grid and options, or another --study "
                        + "name");
            }
            push(file);
            return first;
        }
        writeAtomically(file, json);
        push(file);
        return first;
    }

    /**
     * Runs the study from its first grid.
     *
     * @throws InterruptedException if interrupted while a grid runs
     */
    public Result run(GridDefinition first, Settings s, Listener listener) throws InterruptedException {
        List<Iteration> done = new ArrayList<>();
        String gridName = first.name();
        Map<String, List<Object>> lastBrackets = first.protocol();
        Path lastFile = gridFile(gridName);
        Map<String, Boolean> previousCorner = null;
        boolean stable = false;
        int limit = s.untilStable() ? Math.max(s.iterations(), MAX_ITERATIONS) : s.iterations();
        for (int i = 0; i < limit; i++) {
            long start = System.nanoTime();
            pull(gridFile(gridName));
            Grid grid = loader.load(gridFile(gridName), gridName);
            RunSummary run = runner.run(grid);
            Path stepDir = stepFolder(gridName);
            StepSummary step;
            boolean scored;
            removeLeftovers(stepDir);
            pullStep(stepDir);
            Path nextInStep = completedStep(stepDir);
            removeLeftovers(folder.resolve(GRIDS));
            if (nextInStep != null) {
                step = StepSummary.read(stepDir.resolve(BestPointFile.FILE_NAME));
                scored = false;
            } else {
                PsuuStep.Input input = PsuuStep.fromStore(grid, store, folder.toString(), folder.toString(),
                        s.psuu().allowIncomplete());
                PsuuStep.Outcome o = PsuuStep.compute(input, s.psuu(), defined);
                nextInStep = PsuuStep.write(o, stepDir);
                step = StepSummary.of(o);
                scored = true;
            }
            pushStep(stepDir, nextInStep);
            // the step's next grid becomes the study's next iteration (same bytes)
            Path next = gridFile(step.next());
            String json = read(nextInStep);
            if (!Files.exists(next) || !read(next).equals(json)) {
                writeAtomically(next, json);
            }
            push(next);
            Iteration it = new Iteration(grid.definition().iteration(), grid, run, scored, System.nanoTime() - start,
                    step);
            done.add(it);
            listener.iteration(it);
            lastFile = next;
            lastBrackets = loader.load(next, step.next()).definition().protocol();
            Map<String, Boolean> corner = corner(grid.definition(), step);
            if (s.untilStable() && corner.equals(previousCorner) && step.probability() != null
                    && step.probability() >= io.pocketsim.postprocess.psuu.Bootstrap.ROBUST) {
                stable = true;
                break;
            }
            previousCorner = corner;
            gridName = step.next();
        }
        return new Result(done, first.protocol(), lastBrackets, lastFile, stable);
    }

    /** The file's key in the store: its path relative to the folder, '/'-separated. */
    private String key(Path file) {
        return StoreFiles.checkKey(folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
    }

    /** Copies a file the local copy lacks from the store, if the store has it. */
    private void pull(Path file) {
        if (mirror == null || Files.exists(file)) {
            return;
        }
        mirror.readFile(key(file)).ifPresent(bytes -> writeAtomically(file, new String(bytes, StandardCharsets.UTF_8)));
    }

    /** Puts a local file into the store unless the store has the same bytes. */
    private void push(Path file) {
        if (mirror == null) {
            return;
        }
        byte[] bytes = read(file).getBytes(StandardCharsets.UTF_8);
        Optional<byte[]> stored = mirror.readFile(key(file));
        if (stored.isEmpty() || !java.util.Arrays.equals(stored.get(), bytes)) {
            mirror.writeFile(key(file), bytes);
        }
    }

    /** A step complete in the store but not here: its files come over, best.json (which marks it complete) last. */
    private void pullStep(Path stepDir) {
        if (mirror == null || completedStep(stepDir) != null) {
            return;
        }
        Path best = stepDir.resolve(BestPointFile.FILE_NAME);
        Optional<byte[]> stored = mirror.readFile(key(best));
        if (stored.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(stepDir);
            // read the next grid's name from a hidden temporary copy (removed as a leftover if killed here)
            Path tmp = stepDir.resolve("." + BestPointFile.FILE_NAME + ".pull.tmp");
            Files.write(tmp, stored.get());
            String next = StepSummary.read(tmp).next();
            Files.delete(tmp);
            for (String f : List.of(io.pocketsim.postprocess.psuu.PsuuScores.FILE_NAME, next + ".json")) {
                Files.deleteIfExists(stepDir.resolve(f));
                pull(stepDir.resolve(f));
            }
            Files.deleteIfExists(best);
            pull(best);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the step " + stepDir + " from the store: "
                    + AtomicFiles.reason(e), e);
        }
    }

    /** Puts a complete step's files into the store, best.json last (so a step in the store is complete). */
    private void pushStep(Path stepDir, Path nextInStep) {
        push(stepDir.resolve(io.pocketsim.postprocess.psuu.PsuuScores.FILE_NAME));
        push(nextInStep);
        push(stepDir.resolve(BestPointFile.FILE_NAME));
    }

    /** For each protocol parameter, whether the best value is the low end of its bracket. */
    private static Map<String, Boolean> corner(GridDefinition grid, StepSummary step) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        grid.protocol().forEach((p, bracket) -> {
            double lo = bracket.stream().mapToDouble(v -> ((Number) v).doubleValue()).min().orElseThrow();
            Object b = step.best().get(p);
            out.put(p, b instanceof Number n && n.doubleValue() == lo);
        });
        return out;
    }

    /** The next grid's file of a complete step (written last), or null if the step is not complete. */
    private static Path completedStep(Path stepDir) {
        Path best = stepDir.resolve(BestPointFile.FILE_NAME);
        if (!Files.isRegularFile(best)) {
            return null;
        }
        String next = StepSummary.read(best).next();
        Path file = stepDir.resolve(next + ".json");
        return Files.isRegularFile(file) ? file : null;
    }

    /** Removes the hidden temporary files a killed step left ({@code .<name>.<unique>.tmp}, never moved in). */
    private static void removeLeftovers(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String n = f.getFileName().toString();
                if (n.startsWith(".") && n.endsWith(".tmp") && Files.isRegularFile(f)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + dir + ": " + AtomicFiles.reason(e), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + AtomicFiles.reason(e), e);
        }
    }

    private static void writeAtomically(Path file, String content) {
        try (AtomicFiles files = new AtomicFiles()) {
            files.stage(file, w -> w.write(content));
            files.commit();
        }
    }
}
