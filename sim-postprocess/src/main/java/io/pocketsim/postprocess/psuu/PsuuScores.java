package io.pocketsim.postprocess.psuu;

import io.pocketsim.postprocess.csv.CsvNumbers;
import io.pocketsim.postprocess.csv.ParameterCells;
import io.pocketsim.postprocess.csv.ResultCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;

/**
 * The result of scoring one grid: every constellation's scores, each inequality's pass rate over constellations,
 * the inequalities that were backed off to their soft scores, and the best constellation.
 */
public final class PsuuScores {
    /** The file name of the per-constellation table. */
    public static final String FILE_NAME = "scores.csv";

    private final ScenarioConfig scenario;
    private final ScoringRules rules;
    private final List<ConstellationScore> tied;
    private final List<ConstellationScore> constellations;
    private final Map<String, Double> passRates;
    private final Set<String> backedOff;
    private final ConstellationScore best;

    PsuuScores(ScenarioConfig scenario, ScoringRules rules, List<ConstellationScore> constellations,
               Map<String, Double> passRates, Set<String> backedOff, List<ConstellationScore> tied,
               ConstellationScore best) {
        this.scenario = scenario;
        this.rules = rules;
        this.tied = List.copyOf(tied);
        this.constellations = List.copyOf(constellations);
        this.passRates = Collections.unmodifiableMap(new LinkedHashMap<>(passRates));
        this.backedOff = Collections.unmodifiableSet(new LinkedHashSet<>(backedOff));
        this.best = best;
    }

    /** The scenario the grid was scored with. */
    public ScenarioConfig scenario() {
        return scenario;
    }

    /** The rules it was scored with. */
    public ScoringRules rules() {
        return rules;
    }

    /**
     * The constellations that share the top score, by index (the best among them); more than one means the choice
     * was made by the tie-break alone.
     */
    public List<ConstellationScore> tied() {
        return tied;
    }

    /**
     * The tied constellations the tie-break could not tell from the best (the same soft total, or the same mean
     * margin), by index, the best among them: more than one means the lowest index decided, an arbitrary rule. Empty
     * for the random tie-break.
     */
    public List<ConstellationScore> decidedByIndex() {
        return switch (rules.tieBreak()) {
            case SOFT -> tied.stream().filter(c -> c.softTotal() == best.softTotal()).toList();
            case MARGIN -> tied.stream().filter(c -> c.margin() == best.margin()).toList();
            case RANDOM -> List.of();
        };
    }

    /** Every constellation, by index. */
    public List<ConstellationScore> constellations() {
        return constellations;
    }

    /** Each inequality's share of constellations that pass it (the original's printed "passing percents"). */
    public Map<String, Double> passRates() {
        return passRates;
    }

    /** The inequalities that no constellation passes, whose soft scores count in the total instead. */
    public Set<String> backedOff() {
        return backedOff;
    }

    /**
     * The best constellation: the highest score, then the rules' tie-break (default: the highest sum of soft scores,
     * then the lowest index).
     */
    public ConstellationScore best() {
        return best;
    }

    /** The best constellation's scores by column name, as recorded in a next grid's provenance. */
    public Map<String, Double> bestScores() {
        Map<String, Double> out = new LinkedHashMap<>();
        List<Inequality> ineqs = scenario.inequalities();
        for (int i = 0; i < ineqs.size(); i++) {
            Inequality.Outcome o = best.outcomes().get(i);
            out.put(ineqs.get(i).name() + "_success", o.pass() ? 1.0 : 0.0);
            out.put(ineqs.get(i).name() + "_soft", o.soft());
        }
        out.put("score", best.score());
        out.put("soft_total", best.softTotal());
        out.put("constellation", (double) best.index());
        return out;
    }

    /** The header of {@value #FILE_NAME}. */
    public List<String> header() {
        List<String> h = new ArrayList<>();
        h.add("constellation");
        for (String p : scenario.protocol()) {
            h.add(ParameterCells.column(p));
        }
        h.add("rows");
        for (String i : scenario.inequalityNames()) {
            h.add(i + "_success");
            h.add(i + "_soft");
        }
        h.add("score");
        h.add("soft_total");
        h.add("mean_margin");
        h.add("tied");
        h.add("best");
        return h;
    }

    /** Writes the per-constellation table as CSV (one row per constellation, by index). */
    public void writeCsv(Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, ResultCsv.WRITE)) {
            csv.printRecord(header());
            for (ConstellationScore c : constellations) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(c.index()));
                c.protocol().forEach((k, v) -> row.add(ParameterCells.format(k, v)));
                row.add(Integer.toString(c.rows()));
                for (Inequality.Outcome o : c.outcomes()) {
                    row.add(Boolean.toString(o.pass()));
                    row.add(CsvNumbers.format(o.soft()));
                }
                row.add(CsvNumbers.format(c.score()));
                row.add(CsvNumbers.format(c.softTotal()));
                row.add(CsvNumbers.format(c.margin()));
                row.add(Boolean.toString(tied.contains(c)));
                row.add(Boolean.toString(c.index() == best.index()));
                csv.printRecord(row);
            }
        }
    }

    /**
     * Writes {@value #FILE_NAME} into a directory (created if needed).
     *
     * @throws UncheckedIOException if it cannot be written
     */
    public Path writeInto(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            Files.createDirectories(directory);
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writeCsv(w);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
