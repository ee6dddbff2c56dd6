package io.pocketsim.postprocess.psuu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PsuuScoringTest {
    /** A toy scenario: protocol x, y; environment e; a floor test on k1 (>= half the rows above 10) and a mean test on k2. */
    static final String TOY = "{\n"
            + "\"kpis\": {\"a\": {\"column\": \"k1\", \"unit\": \"u\"}, \"b\": {\"column\": \"k2\", \"unit\": \"u\"}},\n"
            + "\"thresholds\": {\"floor\": {\"value\": 10, \"unit\": \"u\"}, \"half\": {\"value\": 0.5, \"unit\": \"share of rows\"},\n"
            + "               \"lo\": {\"value\": 0, \"unit\": \"u\"}, \"hi\": {\"value\": 1, \"unit\": \"u\"}},\n"
            + "\"inequalities\": {\"floor_test\": {\"test\": \"fraction\", \"kpi\": \"a\", \"lower\": \"floor\", \"fraction\": \"half\"},\n"
            + "                 \"mean_test\": {\"test\": \"average\", \"kpi\": \"b\", \"lower\": \"lo\", \"upper\": \"hi\"}},\n"
            + "\"scenarios\": {\"toy\": {\"protocol\": [\"x\", \"y\"], \"environmental\": [\"e\"], \"inequalities\": [\"floor_test\", \"mean_test\"]}}\n"
            + "}";
    static final ScenarioConfig SCENARIO = PsuuConfig.parse("toy.json", TOY).scenario("toy");

    /** Two rows (environments e=1, e=2) per constellation (x, y), with the given KPI values. */
    private static void constellation(MapRows rows, double x, double y, double[] k1, double[] k2) {
        for (int e = 0; e < k1.length; e++) {
            rows.row("param_x", x, "param_y", y, "param_e", (double) e + 1, "k1", k1[e], "k2", k2[e]);
        }
    }

    private static MapRows fourConstellations() {
        MapRows rows = new MapRows();
        // (x, y) = (2, 20): floor 1/2 -> pass, mean 0.5 -> pass, soft 0.5 + 1.0
        constellation(rows, 2, 20, new double[] {11, 9}, new double[] {0.5, 0.5});
        // (1, 20): floor 0/2 -> fail (soft 0), mean 2 -> fail, soft share 0.5 (0.5 in bounds, 3.5 not)
        constellation(rows, 1, 20, new double[] {9, 9}, new double[] {0.5, 3.5});
        // (1, 10): floor 2/2 -> pass, mean 0.5 -> pass, soft 1 + 1
        constellation(rows, 1, 10, new double[] {11, 12}, new double[] {0.25, 0.75});
        // (2, 10): floor 1/2 -> pass, mean NaN (all null) -> fail, soft 0
        constellation(rows, 2, 10, new double[] {11, 0}, new double[] {Double.NaN, Double.NaN});
        return rows;
    }

    @Test
    void shouldGroupOnProtocolValuesPoolingEnvironmentsAndIndexGroupsByValue() {
        PsuuScores s = Psuu.score(SCENARIO, fourConstellations());
        assertThat(s.constellations()).extracting(ConstellationScore::protocol).containsExactly(
                Map.of("x", 1.0, "y", 10.0), Map.of("x", 1.0, "y", 20.0), Map.of("x", 2.0, "y", 10.0),
                Map.of("x", 2.0, "y", 20.0));
        assertThat(s.constellations()).extracting(ConstellationScore::index).containsExactly(1, 2, 3, 4);
        assertThat(s.constellations()).extracting(ConstellationScore::rows).containsOnly(2);
    }

    @Test
    void shouldScoreEachConstellationWithHandComputedValues() {
        PsuuScores s = Psuu.score(SCENARIO, fourConstellations());
        ConstellationScore c110 = s.constellations().get(0);
        assertThat(c110.outcomes()).containsExactly(new Inequality.Outcome(true, 1.0), new Inequality.Outcome(true, 1.0));
        assertThat(c110.score()).isEqualTo(2.0);
        assertThat(c110.softTotal()).isEqualTo(2.0);
        ConstellationScore c120 = s.constellations().get(1);
        assertThat(c120.outcomes()).containsExactly(new Inequality.Outcome(false, 0.0), new Inequality.Outcome(false, 0.5));
        assertThat(c120.score()).isEqualTo(0.0);
        ConstellationScore c210 = s.constellations().get(2);
        assertThat(c210.outcomes()).containsExactly(new Inequality.Outcome(true, 0.5), new Inequality.Outcome(false, 0.0));
        assertThat(c210.score()).isEqualTo(1.0);
        assertThat(s.passRates()).containsExactly(Map.entry("floor_test", 0.75), Map.entry("mean_test", 0.5));
        assertThat(s.backedOff()).isEmpty();
        assertThat(s.best().protocol()).isEqualTo(Map.of("x", 1.0, "y", 10.0));
    }

    @Test
    void shouldCountSoftScoresOfAnInequalityThatFailsEverywhere() {
        MapRows rows = new MapRows();
        // mean_test fails in both constellations; its soft shares are 0.5 and 0.0
        constellation(rows, 1, 10, new double[] {11, 11}, new double[] {0.5, 5});
        constellation(rows, 2, 10, new double[] {11, 11}, new double[] {5, 5});
        PsuuScores s = Psuu.score(SCENARIO, rows);
        assertThat(s.backedOff()).containsExactly("mean_test");
        assertThat(s.passRates()).containsEntry("mean_test", 0.0);
        assertThat(s.constellations()).extracting(ConstellationScore::score).containsExactly(1.5, 1.0);
        // the original truncated 0.5 to 0 (int cast) and so could not tell these two apart
        assertThat(s.best().index()).isEqualTo(1);
    }

    @Test
    void shouldBreakTiesBySoftTotalThenLowestIndex() {
        MapRows rows = new MapRows();
        // every constellation scores 1; soft totals: x=1 1.0, x=2 1.5, x=3 1.5, x=4 1.5, x=5 1.0
        constellation(rows, 1, 10, new double[] {11, 11}, new double[] {5, 5});
        constellation(rows, 3, 10, new double[] {11, 11}, new double[] {0.5, 5});
        constellation(rows, 2, 10, new double[] {11, 11}, new double[] {5, 0.5});
        constellation(rows, 4, 10, new double[] {11, 11}, new double[] {0.5, 3});
        constellation(rows, 5, 10, new double[] {0, 0}, new double[] {0.5, 0.5});
        PsuuScores s = Psuu.score(SCENARIO, rows);
        assertThat(s.backedOff()).isEmpty();
        assertThat(s.constellations()).extracting(ConstellationScore::score).containsOnly(1.0);
        assertThat(s.constellations()).extracting(ConstellationScore::softTotal)
                .containsExactly(1.0, 1.5, 1.5, 1.5, 1.0);
        assertThat(s.best().protocol()).containsEntry("x", 2.0);
        assertThat(s.best().index()).isEqualTo(2);
        // the tie is said: all five share the top score, three of them the top soft total (the index decided)
        assertThat(s.tied()).extracting(ConstellationScore::index).containsExactly(1, 2, 3, 4, 5);
        assertThat(s.decidedByIndex()).extracting(ConstellationScore::index).containsExactly(2, 3, 4);
        // the margin tie-break uses how far each test passed: floor p - 0.5 = 0.5 everywhere but x=5 (-0.5); mean
        // test d = distance to the nearer of (0, 1) / 0.5, squashed d / (1 + |d|): x=1 mean 5 -> d -8, x=2 and x=3
        // mean 2.75 -> d -3.5, x=4 mean 1.75 -> d -1.5, x=5 mean 0.5 -> d 1
        PsuuScores byMargin = Psuu.score(SCENARIO, rows, new ScoringRules(Scoring.OURS, TieBreak.MARGIN, 0L));
        assertThat(byMargin.constellations()).extracting(ConstellationScore::margin).containsExactly(
                (0.5 - 8.0 / 9) / 2, (0.5 - 3.5 / 4.5) / 2, (0.5 - 3.5 / 4.5) / 2, (0.5 - 1.5 / 2.5) / 2,
                (-0.5 + 0.5) / 2);
        assertThat(byMargin.best().index()).isEqualTo(5);
        assertThat(byMargin.decidedByIndex()).extracting(ConstellationScore::index).containsExactly(5);
        assertThat(Psuu.score(SCENARIO, rows.permuted(new int[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 0})).best().index())
                .isEqualTo(2);
    }

    @Test
    void shouldNotDependOnRowOrder() {
        MapRows rows = fourConstellations();
        int[] reversed = {7, 6, 5, 4, 3, 2, 1, 0};
        int[] shuffled = {3, 6, 0, 5, 1, 7, 2, 4};
        PsuuScores a = Psuu.score(SCENARIO, rows);
        for (int[] order : List.of(reversed, shuffled)) {
            PsuuScores b = Psuu.score(SCENARIO, rows.permuted(order));
            assertThat(b.constellations()).isEqualTo(a.constellations());
            assertThat(b.best()).isEqualTo(a.best());
        }
    }

    @Test
    void shouldWriteTheScoresTable() throws IOException {
        StringWriter out = new StringWriter();
        Psuu.score(SCENARIO, fourConstellations()).writeCsv(out);
        assertThat(out.toString().split("\r\n")).containsExactly(
                "constellation,param_x,param_y,rows,floor_test_success,floor_test_soft,mean_test_success,mean_test_soft,score,soft_total,mean_margin,tied,best",
                "1,1,10,2,true,1,true,1,2,2,0.5,true,true",
                "2,1,20,2,false,0,false,0.5,0,0.5,-0.5833333333333333,false,false",
                "3,2,10,2,true,0.5,false,0,1,0.5,-0.5,false,false",
                "4,2,20,2,true,0.5,true,1,2,1.5,0.25,true,false");
    }

    @Test
    void shouldReportTheBestScoresForProvenance() {
        Map<String, Double> scores = Psuu.score(SCENARIO, fourConstellations()).bestScores();
        assertThat(scores).containsExactly(Map.entry("floor_test_success", 1.0), Map.entry("floor_test_soft", 1.0),
                Map.entry("mean_test_success", 1.0), Map.entry("mean_test_soft", 1.0), Map.entry("score", 2.0),
                Map.entry("soft_total", 2.0), Map.entry("constellation", 1.0));
    }

    @Test
    void shouldNameAMissingColumn() {
        MapRows noKpi = new MapRows().row("param_x", 1.0, "param_y", 2.0, "k1", 3.0);
        assertThatThrownBy(() -> Psuu.score(SCENARIO, noKpi))
                .hasMessageContaining("kpi b: the KPI rows have no column \"k2\"");
        MapRows noParam = new MapRows().row("param_x", 1.0, "k1", 3.0, "k2", 3.0);
        assertThatThrownBy(() -> Psuu.score(SCENARIO, noParam))
                .hasMessageContaining("no column param_y for protocol parameter y of scenario toy");
        assertThatThrownBy(() -> Psuu.score(SCENARIO, new MapRows())).hasMessageContaining("KPI rows: none");
    }

    @Test
    void shouldGroupStringAndNullProtocolValuesDeterministically() {
        MapRows rows = new MapRows();
        rows.row("param_x", "b", "param_y", 1.0, "k1", 11.0, "k2", 0.5);
        rows.row("param_x", null, "param_y", 1.0, "k1", 11.0, "k2", 0.5);
        rows.row("param_x", 5.0, "param_y", 1.0, "k1", 11.0, "k2", 0.5);
        rows.row("param_x", "a", "param_y", 1.0, "k1", 11.0, "k2", 0.5);
        PsuuScores s = Psuu.score(SCENARIO, rows);
        assertThat(s.constellations()).extracting(c -> c.protocol().get("x"))
                .containsExactly(null, 5.0, "a", "b");
        assertThat(s.best().index()).isEqualTo(1);
    }
}
