package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pocketsim.core.engine.KeyChart;
import io.pocketsim.core.pocket.PocketKeyCharts;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pocketsim report} on a small local store made with the CLI: each page parses (jsoup), loads nothing from
 * anywhere else, links only CSV files that exist beside it, and holds every chart and table its kind promises.
 */
class ReportCommandIT {
    private static final List<String> SCENARIO_PROTOCOL = List.of("slash_fraction_downtime", "max_chains_servicer");
    private static final List<String> SWEPT = List.of("slash_fraction_downtime", "max_chains_servicer",
            "servicer_service_density_starting");

    private final ReportFixture fx = ReportFixture.get();

    @TempDir
    Path out;

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }

    /** No script, stylesheet, font, image or frame from anywhere; links are in-page anchors or existing CSV files. */
    static void assertSelfContained(Document doc, Path page) {
        assertThat(doc.select("script, link, img, iframe, object, embed, video, audio, source")).isEmpty();
        String html = doc.outerHtml();
        assertThat(html).doesNotContain("@import").doesNotContainPattern("url\\(\\s*['\"]?(https?:|//)");
        for (Element e : doc.select("[src], [srcset], [xlink:href], use[href], image")) {
            String ref = e.hasAttr("src") ? e.attr("src") : e.hasAttr("xlink:href") ? e.attr("xlink:href")
                    : e.attr("href");
            assertThat(ref).as("%s", e.tagName()).matches("#.*|data:.*");
        }
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("#")) {
                assertThat(doc.getElementById(href.substring(1))).as("anchor %s", href).isNotNull();
                continue;
            }
            assertThat(href).as("link").doesNotContain(":").endsWith(".csv");
            Path csv = page.resolveSibling(URLDecoder.decode(href, StandardCharsets.UTF_8));
            assertThat(csv).as("CSV behind %s", href).isRegularFile();
        }
    }

    private static List<String> figureIds(Document doc) {
        List<String> ids = new ArrayList<>();
        for (Element f : doc.select("figure.chart")) {
            assertThat(f.select("svg")).as("figure %s has an inline SVG", f.id()).hasSize(1);
            assertThat(f.selectFirst("svg").attr("viewBox")).isNotBlank();
            assertThat(f.selectFirst("figcaption").text()).isNotBlank();
            ids.add(f.id());
        }
        return ids;
    }

    private static List<String> column(Element table, int col) {
        List<String> out = new ArrayList<>();
        for (Element tr : table.select("tbody tr")) {
            out.add(tr.child(col).text());
        }
        return out;
    }

    @Test
    void shouldReportAnExperimentWithFanChartsKpiDistributionsAndItsProvenance() throws IOException {
        Path page = fx.report("Base", out.resolve("base report.html"));
        Document doc = parse(page);
        assertSelfContained(doc, page);
        assertThat(doc.title()).isEqualTo("Experiment Base");

        List<String> ids = figureIds(doc);
        for (KeyChart c : PocketKeyCharts.CHARTS) {
            assertThat(ids).contains("fan-" + c.id());
            Element fig = doc.getElementById("fan-" + c.id());
            assertThat(fig.text()).contains(c.title()).contains(c.unit());
            // every series of the key chart is drawn, and its numbers are in the CSV behind it
            List<String> csv = Files.readAllLines(out.resolve("base report-data").resolve("fan-" + c.id() + ".csv"));
            assertThat(csv.get(0)).isEqualTo("timestep,variable,n,p5,p50,p95");
            for (KeyChart.Series s : c.columns()) {
                assertThat(csv).anyMatch(l -> l.startsWith("15," + s.column() + "," + ReportFixture.EXPERIMENT_RUNS
                        + ","));
            }
        }
        // one KPI distribution per KPI column of kpis.csv, and the summary table lists them all
        List<String> kpis = column(doc.getElementById("kpi-summary"), 0);
        assertThat(kpis).contains("KPI 1", "KPI C", "floating_supply", "dao_value_capture");
        List<String> counts = column(doc.getElementById("kpi-summary"), 1);
        assertThat(counts).allMatch(n -> Integer.parseInt(n) <= ReportFixture.EXPERIMENT_RUNS);
        List<String> drawn = new ArrayList<>();
        List<String> notDrawn = new ArrayList<>();
        for (int i = 0; i < kpis.size(); i++) {
            (counts.get(i).equals("0") ? notDrawn : drawn).add(kpis.get(i));
        }
        assertThat(drawn).hasSizeGreaterThan(10);
        assertThat(doc.select("#kpis figure.chart figcaption .title").eachText())
                .containsExactlyElementsOf(drawn.stream().map(k -> k + ".").toList());
        for (String k : notDrawn) {
            assertThat(doc.getElementById("kpis").select("p").text()).contains(k);
        }

        JsonNode manifest = new ObjectMapper().readTree(fx.store.resolve("Base/manifest.json").toFile());
        Element facts = doc.getElementById("manifest");
        List<String> what = column(facts, 0);
        List<String> value = column(facts, 1);
        assertThat(what).contains("pocketsim version", "root seed", "corrections", "price model");
        assertThat(value.get(what.indexOf("pocketsim version"))).isEqualTo(manifest.get("softwareVersion").asText());
        assertThat(value.get(what.indexOf("root seed"))).isEqualTo("42");
        assertThat(value.get(what.indexOf("corrections"))).isEqualTo("none");
        assertThat(value.get(what.indexOf("price model")))
                .isEqualTo(manifest.get("provenance").get("price_model").asText());
        assertThat(column(doc.getElementById("parameters"), 0)).contains("relays_to_tokens_multiplier",
                "gateway_fee_per_relay", "corrections");
        assertThat(column(doc.getElementById("run-seeds"), 1))
                .containsExactly(manifest.get("runSeeds").findValuesAsText("seed").toArray(String[]::new));
    }

    @Test
    void shouldReportAGridWithPassRatesRankingImpactAndTheNextBrackets() throws IOException {
        Path page = fx.report(ReportFixture.AG1, out.resolve("grid.html"), "-g", fx.ag1File);
        Document doc = parse(page);
        assertSelfContained(doc, page);
        List<String> ids = figureIds(doc);
        assertThat(ids).contains("heatmap", "ranking-chart");
        assertThat(doc.getElementById("ranking-table")).isNotNull();
        assertThat(doc.getElementById("inequality-pass-rates")).isNotNull();
        assertThat(column(doc.getElementById("inequality-pass-rates"), 0)).containsExactly("servicer_slashing_cost",
                "servicer_jailing_cost", "network_load_balancing");

        // impact: every KPI against every swept parameter
        List<String> impactCsv = Files.readAllLines(out.resolve("grid-data/impact.csv"));
        String[] header = impactCsv.get(0).split(",");
        int kpis = 0;
        for (int c = 2 + SWEPT.size(); c < header.length; c++) {
            int col = c;
            // a KPI is drawn when some run has a value for it
            if (impactCsv.stream().skip(1).anyMatch(l -> !l.split(",", -1)[col].isEmpty())) {
                kpis++;
            } else {
                assertThat(doc.getElementById("impact").select("p").text()).contains(header[c]);
            }
        }
        assertThat(kpis).isGreaterThan(10);
        Elements impact = doc.select("#impact figure.chart");
        assertThat(impact).hasSize(kpis * SWEPT.size());
        for (String p : SWEPT) {
            assertThat(impact.stream().filter(f -> f.text().contains(" by " + p + ".")).count()).isEqualTo(kpis);
        }

        // the best constellation is the first ranked and highlighted; the next brackets are the ones psuu wrote
        Element ranking = doc.getElementById("ranking-table");
        assertThat(ranking.select("tbody tr").first().hasClass("best")).isTrue();
        assertThat(ranking.select("tr.best")).hasSize(1);
        JsonNode next = new ObjectMapper().readTree(fx.ag2File.toFile()).get("protocol");
        Element brackets = doc.getElementById("next-brackets");
        assertThat(column(brackets, 0)).containsExactlyInAnyOrderElementsOf(SCENARIO_PROTOCOL);
        for (Element tr : brackets.select("tbody tr")) {
            List<Double> expected = new ArrayList<>();
            next.get(tr.child(0).text()).forEach(v -> expected.add(v.asDouble()));
            List<Double> shown = new ArrayList<>();
            for (String v : tr.child(3).text().split(", ")) {
                shown.add(Double.parseDouble(v.replace(",", "")));
            }
            assertThat(shown).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(shown.get(i)).isCloseTo(expected.get(i),
                        org.assertj.core.data.Percentage.withPercentage(0.1));
            }
        }
        assertThat(doc.getElementById("next-grid").text()).contains(ReportFixture.AG2);
    }

    @Test
    void shouldReportAnAdaptiveStudyWithBracketsBestPathAndIterations() throws IOException {
        Path page = fx.report(ReportFixture.FAMILY, out.resolve("study.html"), "-g", fx.ag1File);
        Document doc = parse(page);
        assertSelfContained(doc, page);
        assertThat(figureIds(doc)).containsExactly("bracket-1", "bracket-2");
        assertThat(doc.getElementById("bracket-1").text()).contains("slash_fraction_downtime");
        assertThat(column(doc.getElementById("iteration-summary"), 1)).containsExactly(ReportFixture.AG1,
                ReportFixture.AG2);
        Element path = doc.getElementById("best-path");
        assertThat(column(path, 0)).containsExactly("ag1", "ag2");
        // the second iteration's brackets are the ones psuu wrote from the first
        List<String> csv = Files.readAllLines(out.resolve("study-data/brackets.csv"));
        JsonNode next = new ObjectMapper().readTree(fx.ag2File.toFile()).get("protocol");
        for (String p : SCENARIO_PROTOCOL) {
            String line = csv.stream().filter(l -> l.startsWith("2," + p + ",")).findFirst().orElseThrow();
            String[] values = line.split(",")[2].split(";");
            assertThat(values).hasSize(next.get(p).size());
            for (int i = 0; i < values.length; i++) {
                assertThat(Double.parseDouble(values[i])).isEqualTo(next.get(p).get(i).asDouble());
            }
        }
    }

    /** What {@code adaptive} made is reported from the store alone: the study's grid files are read from its grids/. */
    @Test
    void shouldReportAStudyThatAdaptiveMadeFromTheStoreAloneWithoutGridFiles() throws IOException {
        Path root = Path.of(System.getProperty("pocketsim.root", "..")).toAbsolutePath().normalize();
        Path store = out.resolve("study-store");
        Cli.Result study = Cli.run("adaptive", root.resolve("runner-cli/examples/service_demo_ag1_.json"),
                "--iterations", "2", "--study", "demo", "-n", "2", "-d", "5", "-t", "1", "-o", store);
        assertThat(study.exitCode()).as(study.toString()).isZero();

        Path page = out.resolve("demo.html");
        Cli.Result r = Cli.run("report", "demo", "-o", store, "--to", page);

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("adaptive study demo");
        Document doc = parse(page);
        assertSelfContained(doc, page);
        assertThat(column(doc.getElementById("iteration-summary"), 1)).containsExactly("demo_ag1_", "demo_ag2_");
    }

    @Test
    void shouldRefuseAnUnknownNameOrAPageThatIsNotHtmlAndWriteNothing() {
        Cli.Result unknown = Cli.run("report", "Nope", "-o", fx.store, "--to", out.resolve("x.html"));
        assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(2);
        assertThat(unknown.err()).contains("Nope");
        Cli.Result notHtml = Cli.run("report", "Base", "-o", fx.store, "--to", out.resolve("x.txt"));
        assertThat(notHtml.exitCode()).as(notHtml.toString()).isEqualTo(2);
        assertThat(notHtml.err()).contains(".html");
        assertThat(Cli.filesUnder(out)).isEmpty();
    }
}
