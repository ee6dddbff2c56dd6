package io.pocketsim.cli;

import io.pocketsim.postprocess.psuu.PsuuConfig;
import io.pocketsim.postprocess.psuu.Scoring;
import io.pocketsim.postprocess.psuu.TieBreak;
import io.pocketsim.postprocess.study.PsuuStep;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The scoring options {@code psuu} and {@code adaptive} share. */
final class PsuuOptions {
    @Option(names = "--psuu-config", paramLabel = "FILE",
            description = "PSuU scenario/threshold file in the format of the built-in scenarios.json, to re-score "
                    + "with other thresholds. Default: the built-in one.")
    private Path psuuConfig;

    @Option(names = "--scoring", paramLabel = "RULES", defaultValue = "ours",
            description = "ours (default) or original: the original's PSuU rules (its int truncation of the score, "
                    + "'not p' soft score, truthy bounds, jailing threshold 1e6 and seeded random tie-break; "
                    + "docs/adaptive-grid.md).")
    private String scoring;

    @Option(names = "--tie-break", paramLabel = "RULE",
            description = "How a tie at the top score is broken: soft (highest soft total, then lowest index; the "
                    + "default with --scoring ours), margin (highest mean margin by which the thresholds are cleared "
                    + "or missed, then lowest index) or random (the original's rule, seeded; the default with "
                    + "--scoring original).")
    private String tieBreak;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "200",
            description = "Bootstrap resamples over each point's Monte Carlo runs to estimate how sure the choice "
                    + "is (0: none). Default: ${DEFAULT-VALUE}.")
    private int bootstrap;

    @Option(names = {"--partial", "--allow-incomplete"},
            description = "Score the points that are complete even if some of the grid's points are missing from "
                    + "the store (default: refuse, and say how many are missing).")
    private boolean allowIncomplete;

    /** The options as a step's options, checked. */
    PsuuStep.Options options(String study) {
        if (bootstrap < 0) {
            throw BadInputException.forOption("--bootstrap", bootstrap, "allowed: 0 or more resamples");
        }
        Scoring s = switch (scoring) {
            case "ours" -> Scoring.OURS;
            case "original" -> Scoring.ORIGINAL;
            default -> throw BadInputException.forOption("--scoring", scoring, "allowed: ours, original");
        };
        TieBreak t = tieBreak == null ? null : switch (tieBreak) {
            case "soft" -> TieBreak.SOFT;
            case "margin" -> TieBreak.MARGIN;
            case "random" -> TieBreak.RANDOM;
            default -> throw BadInputException.forOption("--tie-break", tieBreak, "allowed: soft, margin, random");
        };
        try {
            return new PsuuStep.Options(config(), s, t, bootstrap, allowIncomplete, study);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("invalid value for option '--study': " + e.getMessage());
        }
    }

    private PsuuConfig config() {
        return loadConfig(psuuConfig);
    }

    /**
     * The PSuU scenarios of a {@code --psuu-config} file, or the built-in ones when none is given; a missing or
     * invalid file is bad input naming the option. Shared with {@code report}, which takes the option on its own.
     */
    static PsuuConfig loadConfig(Path psuuConfig) {
        if (psuuConfig == null) {
            return PsuuConfig.builtIn();
        }
        if (!Files.isRegularFile(psuuConfig)) {
            throw BadInputException.forOption("--psuu-config", psuuConfig, "no such file");
        }
        try {
            return PsuuConfig.load(psuuConfig);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("invalid value for option '--psuu-config': " + e.getMessage());
        }
    }
}
