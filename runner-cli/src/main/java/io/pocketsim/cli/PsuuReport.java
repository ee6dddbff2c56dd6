package io.pocketsim.cli;

import io.pocketsim.postprocess.psuu.Bootstrap;
import io.pocketsim.postprocess.psuu.ConstellationScore;
import io.pocketsim.postprocess.psuu.PsuuScores;
import io.pocketsim.postprocess.psuu.TieBreak;
import io.pocketsim.postprocess.study.PsuuStep;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How {@code psuu} and {@code adaptive} say what a step chose: the tie and how sure the choice is. */
final class PsuuReport {
    private PsuuReport() {
    }

    /** "best: constellation 7, score 4, soft total 4.0; tie: 23 of 128 at score 4 (3, 7, ...), broken by soft". */
    static String best(PsuuStep.Outcome o) {
        PsuuScores s = o.scores();
        ConstellationScore b = s.best();
        return String.format(Locale.ROOT, "best: constellation %d, score %s, soft total %s%s: %s", b.index(),
                number(b.score()), number(b.softTotal()), tie(s), b.protocol());
    }

    /** "; tie: 23 of 128 at score 4 (3, 7, 9, ... 20 more), broken by soft", or "" without a tie. */
    static String tie(PsuuScores s) {
        if (s.tied().size() < 2) {
            return "; no tie";
        }
        List<ConstellationScore> t = s.tied();
        String which = t.stream().limit(8).map(c -> Integer.toString(c.index())).collect(Collectors.joining(", "))
                + (t.size() > 8 ? ", ... " + (t.size() - 8) + " more" : "");
        int equal = s.decidedByIndex().size();
        return String.format(Locale.ROOT, "; tie: %d of %d at score %s (%s), broken by %s%s", t.size(),
                s.constellations().size(), number(s.best().score()), which, s.rules().tieBreak().label(),
                equal > 1 ? ", then by lowest index among " + equal + " equal" : "");
    }

    /** "P(best) 0.62 (bootstrap, 200 resamples; 12: 0.30, 5: 0.08)", or "" without a bootstrap. */
    static String sure(PsuuStep.Outcome o) {
        Bootstrap.Result b = o.bootstrap();
        if (b == null) {
            return "";
        }
        String others = b.probabilities().entrySet().stream().filter(e -> e.getKey() != b.chosen()).limit(4)
                .map(e -> String.format(Locale.ROOT, "%d: %.2f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "P(best) %.2f (bootstrap over runs, %d resamples%s)%s",
                b.chosenProbability(), b.resamples(), others.isEmpty() ? "" : "; others " + others,
                o.scores().decidedByIndex().size() > 1 ? "; the lowest index decided among equals, so this measures"
                        + " how stable that rule is, not that the data prefer it"
                        + (o.scores().rules().tieBreak() == TieBreak.SOFT ? " (try --tie-break margin)" : "") : "");
    }

    /** The warning when the choice is not robust, or null. */
    static String warning(PsuuStep.Outcome o) {
        Bootstrap.Result b = o.bootstrap();
        if (b == null || b.robust()) {
            return null;
        }
        String runs = b.robustRuns() != null && b.robustRuns() > 0
                ? "about " + b.robustRuns() + " runs per point would make it so (run the next grid with them: "
                + "pocketsim adaptive " + o.next().name() + ".json --runs " + b.robustRuns() + ")"
                : "even " + (Bootstrap.MAX_FACTOR * b.runsPerPoint()) + " runs per point would not make it so";
        return String.format(Locale.ROOT, "the choice is not robust: constellation %d is the best in only %.0f%% of "
                + "bootstrap resamples (< %.0f%%) with %d runs per point; %s", b.chosen(),
                100 * b.chosenProbability(), 100 * Bootstrap.ROBUST, b.runsPerPoint(), runs);
    }

    /** Prints the pass rates, the choice, the tie and how sure it is. */
    static void print(PsuuStep.Outcome o, PrintWriter out, PrintWriter err, String command) {
        PsuuScores s = o.scores();
        s.passRates().forEach((k, v) -> out.println(String.format(Locale.ROOT, "  %-44s %5.1f%% pass%s", k, 100 * v,
                s.backedOff().contains(k) ? " (none: soft score counts)" : "")));
        out.println("  " + best(o));
        String sure = sure(o);
        if (!sure.isEmpty()) {
            out.println("  " + sure);
        }
        out.flush();
        String w = warning(o);
        if (w != null) {
            err.println("pocketsim " + command + ": warning: " + w);
            err.flush();
        }
    }

    static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
