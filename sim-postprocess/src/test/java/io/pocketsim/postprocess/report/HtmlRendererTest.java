package io.pocketsim.postprocess.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The page: text escaped, CSV links relative and escaped, layout classes, and the report's own consistency. */
class HtmlRendererTest {
    private static final String NASTY = "<b>&\"KPI\" 'x'</b>";

    private static Report report() {
        String svg = "<svg width=\"300px\" height=\"200px\" viewBox=\"0 0 300 200\"><rect width=\"1\" height=\"1\"/></svg>";
        return new Report(NASTY, "sub", List.of(new Section("s1", "Section " + NASTY, List.of(
                new Paragraph(NASTY),
                new Figure("f1", NASTY, "cap", svg, "a.csv", true),
                new Figure("f2", "two", "cap", svg, "a.csv", true),
                new HtmlTable("t1", "table", List.of("name", "value"), List.of(List.of(NASTY, "1,234.5"),
                        List.of("b", "x")), Set.of(1), "a.csv")))),
                Map.of("a.csv", new CsvFile("a.csv", List.of("x"), List.of(List.of("1")))));
    }

    private static Document render(Report r, String folder) throws IOException {
        StringWriter w = new StringWriter();
        HtmlRenderer.write(r, folder, w);
        return Jsoup.parse(w.toString());
    }

    @Test
    void shouldEscapeTextAndLinkCsvFilesBesideThePage() throws IOException {
        Document doc = render(report(), "my report-data");
        assertThat(doc.title()).isEqualTo(NASTY);
        assertThat(doc.select("b")).isEmpty();
        assertThat(doc.select("section#s1 > p").text()).isEqualTo(NASTY);
        assertThat(doc.select("a[href$=.csv]").eachAttr("href")).containsOnly("my%20report-data/a.csv");
        assertThat(doc.select("script, link, img")).isEmpty();
        assertThat(doc.select("div.grid > figure")).hasSize(2);
        assertThat(doc.getElementById("f1").attr("style")).isEqualTo("width: 300px");
        assertThat(doc.select("#t1 tbody tr").get(1).hasClass("best")).isTrue();
        assertThat(doc.select("#t1 td.num").eachText()).containsExactly("1,234.5");
        assertThat(doc.select("nav a").eachAttr("href")).containsExactly("#s1");
    }

    @Test
    void shouldRefuseABlockThatRefersToACsvFileTheReportDoesNotHold() {
        assertThatThrownBy(() -> new Report("t", "s", List.of(new Section("s", "s", List.of(
                new Figure("f", "f", "c", "<svg/>", "nope.csv", false)))), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope.csv");
    }

    /** Neighbouring ticks of any axis get different labels (XChart drops all labels of an axis otherwise). */
    @ParameterizedTest
    @ValueSource(doubles = {1.5204e9, 6.0e-8, 0.0012, 4.2e-5, 15000, 3.3e17, -2.5e11, 0.5})
    void shouldLabelNeighbouringTicksDifferently(double start) {
        double step = Math.abs(start) * 0.0005;
        List<String> labels = IntStream.range(0, 10).mapToObj(i -> ChartStyle.number(start + i * step)).toList();
        assertThat(labels).doesNotHaveDuplicates();
    }
}
