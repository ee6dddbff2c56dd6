package io.pocketsim.postprocess.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.core.engine.KeyChart;
import io.pocketsim.postprocess.store.WriteMode;
import io.pocketsim.postprocess.store.testutils.InMemoryResultStore;
import io.pocketsim.postprocess.store.testutils.ToyRuns;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The experiment report knows no model: a toy model's key charts and KPIs go through the same code as the Pocket
 * model's, the numbers behind the fan charts are the runs' percentiles, and columns the model names but the
 * experiment did not record are named rather than silently dropped.
 */
class ExperimentReportTest {
    private static final int RUNS = 9;
    private static final int T = 6;

    private final InMemoryResultStore store = new InMemoryResultStore();
    private final List<KeyChart> charts = List.of(
            new KeyChart("ab", "Alpha and beta", "units", 2, List.of(new KeyChart.Series("alpha", "a"),
                    new KeyChart.Series("beta", "b"))),
            KeyChart.of("missing", "Not recorded", "units", 1, "delta"));

    private Report report() {
        ToyRuns.write(store, ToyRuns.metadata("toy", RUNS, T), WriteMode.CREATE);
        return ExperimentReport.build(store, "toy", charts);
    }

    @Test
    void shouldDrawFanChartsFromTheRunsPercentilesScaledByTheKeyChart() {
        Report r = report();
        CsvFile fan = r.csvFiles().get("fan-ab.csv");
        assertThat(fan.header()).containsExactly("timestep", "variable", "n", "p5", "p50", "p95");
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        for (int t = 0; t <= T; t++) {
            int tt = t;
            double[] alpha = java.util.stream.IntStream.rangeClosed(1, RUNS).mapToDouble(run -> ToyRuns.alpha(run, tt))
                    .toArray();
            List<String> row = fan.rows().stream().filter(x -> x.get(0).equals(Integer.toString(tt))
                    && x.get(1).equals("alpha")).findFirst().orElseThrow();
            assertThat(row.get(2)).isEqualTo(Integer.toString(RUNS));
            assertThat(Double.parseDouble(row.get(3))).isEqualTo(2 * p.evaluate(alpha, 5), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(Double.parseDouble(row.get(4))).isEqualTo(2 * p.evaluate(alpha, 50), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(Double.parseDouble(row.get(5))).isEqualTo(2 * p.evaluate(alpha, 95), org.assertj.core.data.Offset.offset(1e-9));
        }
        // beta is missing at t = 0 in every run: no run counted, no value
        List<String> beta0 = fan.rows().stream().filter(x -> x.get(0).equals("0") && x.get(1).equals("beta"))
                .findFirst().orElseThrow();
        assertThat(beta0.subList(2, 6)).containsExactly("0", "", "", "");
        assertThat(r.figures().stream().map(Figure::id)).contains("fan-ab").doesNotContain("fan-missing");
    }

    @Test
    void shouldNameUnrecordedColumnsAndDrawEveryKpi() throws IOException {
        Report r = report();
        Document doc = render(r);
        assertThat(doc.getElementById("over-time").text()).contains("Not recorded by this experiment", "delta");
        assertThat(doc.select("#kpis figure.chart figcaption .title").eachText())
                .containsExactly("alpha_sum.", "beta_last.");
        assertThat(r.csvFiles().get("kpis-by-run.csv").rows()).hasSize(RUNS * ToyRuns.METRICS.size());
        assertThat(doc.getElementById("manifest").text()).contains("priceModel", "none: toy values");
        assertThat(doc.select("#run-seeds tbody tr")).hasSize(RUNS);
        assertThat(doc.getElementById("parameters").text()).contains("events", "outage, price_drop", "(none)");
    }

    static Document render(Report r) throws IOException {
        StringWriter w = new StringWriter();
        HtmlRenderer.write(r, "data", w);
        return Jsoup.parse(w.toString());
    }

    @Test
    void shouldGiveTheFiveNumbersOfABoxPlot() {
        // quartiles interpolate linearly (numpy); whiskers are the farthest values within 1.5 IQR
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 100, Double.NaN};
        assertThat(Charts.fiveNumbers(v)).containsExactly(1, 3, 5, 7, 8);
        assertThat(Charts.fiveNumbers(new double[]{Double.NaN})).isNull();
        assertThat(Charts.fiveNumbers(new double[]{4})).containsExactly(4, 4, 4, 4, 4);
        double[] shuffled = {8, 100, 2, 7, 1, 6, 3, 5, 4};
        assertThat(Charts.fiveNumbers(shuffled)).isEqualTo(Charts.fiveNumbers(Arrays.copyOf(v, 9)));
    }
}
