package io.pocketsim.postprocess.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pocketsim.postprocess.psuu.Bootstrap;
import io.pocketsim.postprocess.psuu.ConstellationScore;
import io.pocketsim.postprocess.psuu.PsuuScores;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * {@value #FILE_NAME}: the chosen constellation of one PSuU step and what it led to, for people and scripts: the
 * scored grid, scenario, study and rules, the rows scored, the best point's protocol values and scores, the tie at the
 * top score, the bootstrap probabilities, every inequality's pass rate, the backed-off inequalities and the next
 * grid's name. Holds no times, so a resumed study writes the same bytes.
 */
public final class BestPointFile {
    /** The file name. */
    public static final String FILE_NAME = "best.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BestPointFile() {
    }

    /** Writes the file's content for a step. */
    public static void write(PsuuStep.Outcome o, Writer out) throws IOException {
        PsuuScores s = o.scores();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("grid", o.input().grid().name());
        n.put("scenario", s.scenario().name());
        n.put("study", o.study());
        n.put("scoring", s.rules().scoring().label());
        n.put("tieBreak", s.rules().tieBreak().label());
        n.put("rows", o.input().rows().size());
        n.put("incompletePoints", o.input().missing().size());
        ConstellationScore best = s.best();
        n.put("constellation", best.index());
        n.put("constellations", s.constellations().size());
        ObjectNode protocol = n.putObject("best");
        best.protocol().forEach(protocol::putPOJO);
        ObjectNode scores = n.putObject("scores");
        for (Map.Entry<String, Double> e : s.bestScores().entrySet()) {
            scores.put(e.getKey(), e.getValue());
        }
        scores.put("mean_margin", best.margin());
        ObjectNode tie = n.putObject("tie");
        tie.put("count", s.tied().size());
        tie.put("score", best.score());
        var tied = tie.putArray("constellations");
        s.tied().forEach(c -> tied.add(c.index()));
        tie.put("breakTie", s.rules().tieBreak().label());
        // how many of the tied the tie-break could not tell apart (then the lowest index decided)
        tie.put("equalAfterTieBreak", s.decidedByIndex().size());
        Bootstrap.Result b = o.bootstrap();
        if (b == null) {
            n.putNull("bootstrap");
        } else {
            ObjectNode bo = n.putObject("bootstrap");
            bo.put("resamples", b.resamples());
            bo.put("algorithm", b.algorithm());
            bo.put("seed", b.seed());
            bo.put("runsPerPoint", b.runsPerPoint());
            bo.put("chosenProbability", b.chosenProbability());
            bo.put("robust", b.robust());
            if (b.robustRuns() == null) {
                bo.putNull("robustRuns");
            } else {
                bo.put("robustRuns", b.robustRuns());
            }
            ObjectNode p = bo.putObject("probabilities");
            b.probabilities().forEach((k, v) -> p.put(Integer.toString(k), v));
        }
        ObjectNode rates = n.putObject("passRates");
        s.passRates().forEach(rates::put);
        var backed = n.putArray("backedOff");
        s.backedOff().forEach(backed::add);
        n.put("nextGrid", o.next().name());
        MAPPER.writeValue(new NonClosing(out), n);
        out.write(System.lineSeparator());
    }

    /** Lets Jackson write without closing the staged file's writer, which its owner closes. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
