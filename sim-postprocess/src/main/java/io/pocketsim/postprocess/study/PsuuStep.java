package io.pocketsim.postprocess.study;

import io.pocketsim.experiments.adaptive.NextGrid;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.experiments.catalog.GridFiles;
import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.experiments.grid.GridDefinition;
import io.pocketsim.postprocess.batch.GridCompleteness;
import io.pocketsim.postprocess.batch.GridInputs;
import io.pocketsim.postprocess.csv.KpiTables;
import io.pocketsim.postprocess.io.AtomicFiles;
import io.pocketsim.postprocess.psuu.AdaptiveStep;
import io.pocketsim.postprocess.psuu.Bootstrap;
import io.pocketsim.postprocess.psuu.KpiRows;
import io.pocketsim.postprocess.psuu.PsuuConfig;
import io.pocketsim.postprocess.psuu.PsuuScores;
import io.pocketsim.postprocess.psuu.Scoring;
import io.pocketsim.postprocess.psuu.ScoringRules;
import io.pocketsim.postprocess.psuu.StudySeeds;
import io.pocketsim.postprocess.psuu.TableKpiRows;
import io.pocketsim.postprocess.psuu.TieBreak;
import io.pocketsim.postprocess.store.CorruptResultException;
import io.pocketsim.postprocess.store.ExperimentStatus;
import io.pocketsim.postprocess.store.ResultState;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.store.Verification;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One adaptive-grid (PSuU) step on a grid's KPI rows, shared by {@code pocketsim psuu} and {@code pocketsim adaptive}:
 * read the rows (from a store, refusing incomplete or stale points unless allowed), score every constellation with
 * the grid's scenario and the chosen rules, estimate how sure the choice is (bootstrap), compute the next grid under
 * the study's name, and write {@code scores.csv}, {@code best.json} and the next grid's file (last).
 */
public final class PsuuStep {
    private PsuuStep() {
    }

    /**
     * How to score.
     *
     * @param config          the PSuU configuration holding the grid's scenario
     * @param scoring         ours or the original's rules
     * @param tieBreak        the tie-break, or null for the scoring's default (ours: soft total; original: random)
     * @param bootstrap       bootstrap resamples (0: no bootstrap)
     * @param allowIncomplete whether to score the complete points of an incomplete grid
     * @param study           the study the next grid belongs to, or null for the default ({@link #compute})
     */
    public record Options(PsuuConfig config, Scoring scoring, TieBreak tieBreak, int bootstrap,
                          boolean allowIncomplete, String study) {
        public Options {
            Objects.requireNonNull(config, "config");
            Objects.requireNonNull(scoring, "scoring");
            if (bootstrap < 0) {
                throw new IllegalArgumentException("bootstrap: " + bootstrap + "; allowed: 0 or more resamples");
            }
            if (study != null) {
                StudyNames.check(study);
            }
        }

        /** The tie-break used: the one given, else the scoring's own. */
        public TieBreak effectiveTieBreak() {
            return tieBreak != null ? tieBreak : scoring == Scoring.ORIGINAL ? TieBreak.RANDOM : TieBreak.SOFT;
        }

        /** A copy for another study. */
        public Options withStudy(String newStudy) {
            return new Options(config, scoring, tieBreak, bootstrap, allowIncomplete, newStudy);
        }
    }

    /**
     * What is scored.
     *
     * @param grid     the grid
     * @param rows     its KPI rows
     * @param missing  the grid's points not scored (absent or incomplete; non-empty only when allowed)
     * @param rootSeed the root seed the rows were made with; PSuU's own seeds derive from it ({@link StudySeeds})
     */
    public record Input(Grid grid, KpiRows rows, List<String> missing, long rootSeed) {
        public Input {
            missing = List.copyOf(missing);
        }
    }

    /**
     * The step's result.
     *
     * @param input     what was scored
     * @param scores    the scores, tie and best constellation
     * @param bootstrap how sure the choice is, or null without a bootstrap
     * @param next      the next grid, named for the study
     * @param study     the study's name
     */
    public record Outcome(Input input, PsuuScores scores, Bootstrap.Result bootstrap, GridDefinition next,
                          String study) {
    }

    /**
     * The grid's KPI rows from a store.
     *
     * @param storeLabel how messages name the store (e.g. its absolute directory)
     * @param storeOption how the store is given on the command line (for the hint how to complete it)
     * @throws IllegalArgumentException if points are missing (unless allowed; never all of them) or were made from
     *                                  other parameters than the grid defines
     * @throws CorruptResultException   if a point's stored files are damaged (a failure, not bad input)
     * @throws io.pocketsim.postprocess.batch.MixedInputsException if the complete points were made from other
     *                                  inputs than each other (days, seed, runs, ...)
     */
    public static Input fromStore(Grid grid, ResultStore store, String storeLabel, String storeOption,
                                  boolean allowIncomplete) {
        GridCompleteness done = GridCompleteness.of(grid, store);
        String name = grid.name();
        for (String point : done.incomplete()) {
            ExperimentStatus status = store.status(point, Verification.QUICK);
            if (status.state() == ResultState.CORRUPT) {
                // damaged data is not "not yet run": a failure naming it, with the repair
                throw CorruptResultException.forExperiment(point, status.reason());
            }
        }
        if (done.complete().isEmpty() || (!done.missing().isEmpty() && !allowIncomplete)) {
            throw new IllegalArgumentException("grid " + name + ": " + done.missing().size() + " of " + done.size()
                    + " experiments are missing or incomplete in the store " + storeLabel + " ("
                    + done.missingSample() + "); run 'pocketsim run -e " + name + " -o " + storeOption
                    + "' to complete them" + (done.complete().isEmpty() ? "" : ", or pass --partial to "
                    + "score the " + done.complete().size() + " complete ones"));
        }
        if (!done.stale().isEmpty()) {
            // --partial is about points not yet run; results of another grid definition are never scored
            throw new IllegalArgumentException("grid " + name + ": " + done.stale().size() + " of " + done.size()
                    + " experiments in the store " + storeLabel + " were made from other parameters "
                    + "than the grid defines: " + done.staleSample() + "; re-run them with 'pocketsim run -e " + name
                    + " --overwrite' (without --set), or score them under the definition they were run with");
        }
        // every scored point must come from the same inputs (days, seed, runs, ...): MixedInputsException if not
        GridInputs.requireSame(name, store, done.complete());
        long rootSeed = store.manifest(done.complete().get(0)).metadata().rootSeed();
        return new Input(grid, new TableKpiRows(KpiTables.readAll(store, done.complete())), done.missing(),
                rootSeed);
    }

    /**
     * Scores, bootstraps and computes the next grid. The next grid is named for the study: the one given; else the
     * grid's own family, unless its next name is already defined ({@code defined}, e.g. the built-in
     * network_viability_ag2_ after network_viability_ag1_), in which case {@link StudyNames#defaultName}.
     *
     * @throws IllegalArgumentException if the rows do not fit the grid (see {@link AdaptiveStep#score}), or the
     *                                  study's next grid is already defined elsewhere
     */
    public static Outcome compute(Input in, Options o, Predicate<String> defined) {
        GridDefinition def = in.grid().definition();
        String name = in.grid().name();
        ScoringRules rules = new ScoringRules(o.scoring(), o.effectiveTieBreak(),
                StudySeeds.seed(in.rootSeed(), name, "tie-break"));
        PsuuScores scores = AdaptiveStep.score(in.grid(), in.rows(), o.config(), rules, o.allowIncomplete());
        Bootstrap.Result boot = o.bootstrap() == 0 ? null : Bootstrap.estimate(scores.scenario(), in.rows(), rules,
                scores, o.bootstrap(), StudySeeds.seed(in.rootSeed(), name, "bootstrap"), true);
        GridDefinition next = NextGrid.next(def, scores.best().protocol(), scores.bestScores());
        String study = o.study();
        if (study == null) {
            study = defined.test(next.name()) ? StudyNames.defaultName(def.family(), in.rootSeed()) : def.family();
        }
        next = StudyNames.asIteration(next, study, next.iteration());
        if (defined.test(next.name())) {
            throw new IllegalArgumentException("study " + study + ": its next grid " + next.name()
                    + " is already defined elsewhere; allowed: another --study name");
        }
        return new Outcome(in, scores, boot, next, study);
    }

    /**
     * Writes {@code scores.csv}, {@code best.json} and the next grid's file into a directory, the next grid last
     * (its presence marks the step complete), after checking that the next grid loads on its own.
     *
     * @return the next grid's file
     * @throws java.io.UncheckedIOException if a file cannot be written (nothing is left half-written)
     */
    public static Path write(Outcome o, Path dir) {
        Path nextFile = dir.resolve(GridFiles.fileName(o.next()));
        try (AtomicFiles files = new AtomicFiles()) {
            files.stage(dir.resolve(PsuuScores.FILE_NAME), o.scores()::writeCsv);
            files.stage(dir.resolve(BestPointFile.FILE_NAME), w -> BestPointFile.write(o, w));
            Path staged = files.stage(nextFile, w -> w.write(GridFiles.toJson(o.next())));
            // the promise is a file that 'run -g' accepts: check before it is moved into place
            try {
                ExperimentCatalog.load(staged);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("the next grid " + o.next().name() + " does not load: "
                        + e.getMessage(), e);
            }
            files.commit();
        }
        return nextFile;
    }
}
