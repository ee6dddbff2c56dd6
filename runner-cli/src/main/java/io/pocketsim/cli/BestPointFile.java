package io.pocketsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pocketsim.experiments.grid.GridDefinition;
import io.pocketsim.postprocess.psuu.ConstellationScore;
import io.pocketsim.postprocess.psuu.PsuuScores;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * {@value #FILE_NAME}: the chosen constellation of one PSuU step and what it led to, for people and scripts: the
 * scored grid and scenario, the rows scored, the best point's protocol values and scores, every inequality's pass rate,
 * the backed-off inequalities and the next grid's name.
 */
final class BestPointFile {
    /** The file name. */
    static final String FILE_NAME = "best.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BestPointFile() {
    }

    /**
     * What the file records.
     *
     * @param grid      the scored grid
     * @param rows      the number of KPI rows scored
     * @param missing   the grid's points that were not complete (non-empty only with --allow-incomplete)
     * @param scores    the scores
     * @param next      the next grid
     */
    record Content(GridDefinition grid, int rows, List<String> missing, PsuuScores scores, GridDefinition next) {
        Content {
            missing = List.copyOf(missing);
        }
    }

    static void write(Content c, Writer out) throws IOException {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("grid", c.grid().name());
        o.put("scenario", c.scores().scenario().name());
        o.put("rows", c.rows());
        o.put("incompletePoints", c.missing().size());
        ConstellationScore best = c.scores().best();
        o.put("constellation", best.index());
        o.put("constellations", c.scores().constellations().size());
        ObjectNode protocol = o.putObject("best");
        best.protocol().forEach((k, v) -> protocol.putPOJO(k, v));
        ObjectNode scores = o.putObject("scores");
        for (Map.Entry<String, Double> e : c.scores().bestScores().entrySet()) {
            scores.put(e.getKey(), e.getValue());
        }
        ObjectNode rates = o.putObject("passRates");
        c.scores().passRates().forEach(rates::put);
        var backed = o.putArray("backedOff");
        c.scores().backedOff().forEach(backed::add);
        o.put("nextGrid", c.next().name());
        MAPPER.writeValue(new NonClosing(out), o);
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
