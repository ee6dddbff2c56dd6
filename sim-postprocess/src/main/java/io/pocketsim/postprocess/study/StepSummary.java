package io.pocketsim.postprocess.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pocketsim.postprocess.psuu.PsuuScores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one PSuU step chose, as {@code best.json} records it: read back from the file when a resumed study finds the
 * step complete, so nothing is scored twice.
 *
 * @param grid          the scored grid
 * @param constellation the chosen constellation's index
 * @param constellations the number of constellations
 * @param best          its protocol values
 * @param score         its score
 * @param softTotal     its soft total
 * @param tied          the constellations sharing the top score (the chosen one among them)
 * @param tieBreak      the tie-break that chose among them
 * @param equalAfterTieBreak how many of the tied the tie-break could not tell apart (more than 1: the lowest index
 *                      decided)
 * @param probability   the bootstrap probability that it is the best, or null without a bootstrap
 * @param robustRuns    runs per point that would make the choice robust (-1: more than tried), or null
 * @param next          the next grid's name
 */
public record StepSummary(String grid, int constellation, int constellations, Map<String, Object> best, double score,
                          double softTotal, List<Integer> tied, String tieBreak, int equalAfterTieBreak, Double probability,
                          Integer robustRuns, String next) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public StepSummary {
        best = Collections.unmodifiableMap(new LinkedHashMap<>(best));
        tied = List.copyOf(tied);
    }

    /** The summary of a step just computed. */
    public static StepSummary of(PsuuStep.Outcome o) {
        PsuuScores s = o.scores();
        var b = o.bootstrap();
        return new StepSummary(o.input().grid().name(), s.best().index(), s.constellations().size(),
                s.best().protocol(), s.best().score(), s.best().softTotal(),
                s.tied().stream().map(c -> c.index()).toList(), s.rules().tieBreak().label(),
                s.decidedByIndex().size(),
                b == null ? null : b.chosenProbability(), b == null ? null : b.robustRuns(), o.next().name());
    }

    /**
     * The summary a {@code best.json} records.
     *
     * @throws UncheckedIOException if it cannot be read
     */
    public static StepSummary read(Path bestJson) {
        try {
            JsonNode n = MAPPER.readTree(bestJson.toFile());
            Map<String, Object> best = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.get("best").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                best.put(e.getKey(), e.getValue().isNumber() ? (Object) e.getValue().doubleValue()
                        : e.getValue().isNull() ? null : e.getValue().asText());
            }
            List<Integer> tied = new ArrayList<>();
            n.get("tie").get("constellations").forEach(c -> tied.add(c.asInt()));
            JsonNode boot = n.get("bootstrap");
            boolean hasBoot = boot != null && !boot.isNull();
            return new StepSummary(n.get("grid").asText(), n.get("constellation").asInt(),
                    n.get("constellations").asInt(), best, n.get("scores").get("score").asDouble(),
                    n.get("scores").get("soft_total").asDouble(), tied, n.get("tieBreak").asText(),
                    n.get("tie").get("equalAfterTieBreak").asInt(),
                    hasBoot ? boot.get("chosenProbability").asDouble() : null,
                    hasBoot && !boot.get("robustRuns").isNull() ? boot.get("robustRuns").asInt() : null,
                    n.get("nextGrid").asText());
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("cannot read " + bestJson + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }
}
