package io.pocketsim.postprocess.report;

import io.pocketsim.core.engine.KeyChart;
import io.pocketsim.postprocess.aggregate.DistributionRow;
import io.pocketsim.postprocess.aggregate.TimestepAggregator;
import io.pocketsim.postprocess.csv.KpiTables;
import io.pocketsim.postprocess.csv.TimeSeriesReader;
import io.pocketsim.postprocess.result.ExperimentMetadata;
import io.pocketsim.postprocess.result.Manifest;
import io.pocketsim.postprocess.result.RunSeed;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.table.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The report of one stored experiment: fan charts of the model's key state variables over time (median and 5–95 %
 * band across runs), the distribution of every per-run KPI, and what made the experiment (parameters, corrections,
 * price model, seeds, software version) from its manifest.
 *
 * <p>The time series is streamed once through a {@link TimestepAggregator} restricted to the key columns, so memory
 * grows with timesteps x key columns, not with runs.
 */
public final class ExperimentReport {
    private ExperimentReport() {
    }

    /**
     * Builds the report.
     *
     * @param store      where the experiment is stored (complete)
     * @param experiment its name
     * @param keyCharts  the model's key charts; columns the experiment did not record are left out (and named)
     */
    public static Report build(ResultStore store, String experiment, List<KeyChart> keyCharts) {
        Manifest manifest = store.manifest(experiment);
        ExperimentMetadata meta = manifest.metadata();
        Report.Builder report = new Report.Builder("Experiment " + experiment, String.format(Locale.ROOT,
                "%s model, state set %s: %d run(s) x %d timestep(s), root seed %d; pocketsim %s; finished %s",
                meta.model(), meta.stateSet(), meta.runs(), meta.timesteps(), meta.rootSeed(),
                meta.softwareVersion(), manifest.finishedAt()));
        report.section("over-time", "Key state variables over time", fanCharts(store, experiment, keyCharts, report));
        report.section("kpis", "Per-run KPI distributions", kpiDistributions(store, experiment, report));
        report.section("provenance", "How it was made", provenance(manifest, report));
        return report.build();
    }

    private static List<Block> fanCharts(ResultStore store, String experiment, List<KeyChart> charts,
                                         Report.Builder report) {
        Set<String> recorded = new LinkedHashSet<>(TimeSeriesReader.columns(store, experiment));
        Set<String> wanted = new LinkedHashSet<>();
        List<String> absent = new ArrayList<>();
        for (KeyChart c : charts) {
            for (KeyChart.Series s : c.columns()) {
                if (recorded.contains(s.column())) {
                    wanted.add(s.column());
                } else {
                    absent.add(s.column());
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Lines are the median across runs at each timestep, shaded bands the 5th to 95th "
                + "percentile; values missing in a run (e.g. per-day flows at timestep 0) are left out."));
        if (!absent.isEmpty()) {
            blocks.add(new Paragraph("Not recorded by this experiment, so not drawn: " + String.join(", ", absent)
                    + "."));
        }
        if (wanted.isEmpty()) {
            return blocks;
        }
        TimestepAggregator agg = TimestepAggregator.of(List.copyOf(wanted));
        agg.addStored(store, experiment);
        Map<String, List<DistributionRow>> byVariable = new HashMap<>();
        for (DistributionRow r : agg.rows()) {
            byVariable.computeIfAbsent(r.variable(), k -> new ArrayList<>()).add(r);
        }
        for (KeyChart c : charts) {
            List<Charts.Fan> fans = new ArrayList<>();
            List<List<String>> csvRows = new ArrayList<>();
            for (KeyChart.Series s : c.columns()) {
                List<DistributionRow> rows = byVariable.get(s.column());
                if (rows == null) {
                    continue;
                }
                int n = rows.size();
                double[] t = new double[n];
                double[] p5 = new double[n];
                double[] p50 = new double[n];
                double[] p95 = new double[n];
                for (int i = 0; i < n; i++) {
                    DistributionRow r = rows.get(i);
                    t[i] = r.timestep();
                    p5[i] = r.p5() * c.scale();
                    p50[i] = r.p50() * c.scale();
                    p95[i] = r.p95() * c.scale();
                    csvRows.add(List.of(Integer.toString(r.timestep()), s.column(), Long.toString(r.n()),
                            Numbers.csv(p5[i]), Numbers.csv(p50[i]), Numbers.csv(p95[i])));
                }
                fans.add(new Charts.Fan(s.label(), t, p5, p50, p95));
            }
            if (fans.isEmpty()) {
                continue;
            }
            String svg = Charts.fan(c.title(), "day (timestep)", c.unit(), fans);
            if (svg == null) {
                blocks.add(new Paragraph(c.title() + ": no values recorded."));
                continue;
            }
            String csv = report.csv(new CsvFile("fan-" + c.id() + ".csv",
                    List.of("timestep", "variable", "n", "p5", "p50", "p95"), csvRows));
            blocks.add(new Figure("fan-" + c.id(), c.title(), "Median and 5–95 % band across "
                    + "runs, in " + c.unit() + (c.scale() == 1 ? "" : " (recorded values x " + Numbers.show(c.scale())
                    + ")") + ".", svg, csv, true));
        }
        return blocks;
    }

    private static List<Block> kpiDistributions(ResultStore store, String experiment, Report.Builder report) {
        Table kpis = KpiTables.read(store, experiment);
        List<String> metrics = KpiColumns.metrics(kpis);
        List<Block> blocks = new ArrayList<>();
        List<List<String>> summary = new ArrayList<>();
        List<List<String>> csvRows = new ArrayList<>();
        List<Block> figures = new ArrayList<>();
        long[] runs = kpis.longs("run");
        for (String m : metrics) {
            double[] v = kpis.numbers(m);
            Numbers.Summary s = Numbers.Summary.of(v);
            summary.add(List.of(m, Integer.toString(s.n()), Numbers.show(s.mean()), Numbers.show(s.p5()),
                    Numbers.show(s.median()), Numbers.show(s.p95()), Numbers.show(s.min()), Numbers.show(s.max())));
            for (int r = 0; r < v.length; r++) {
                csvRows.add(List.of(Long.toString(runs[r]), m, Numbers.csv(v[r])));
            }
        }
        String csv = report.csv(new CsvFile("kpis-by-run.csv", List.of("run", "kpi", "value"), csvRows));
        List<String> empty = new ArrayList<>();
        for (String m : metrics) {
            Map<String, double[]> one = new LinkedHashMap<>();
            one.put(m, kpis.numbers(m));
            String svg = Charts.boxes(m, "", m, one, 280, 280);
            if (svg != null) {
                figures.add(new Figure("kpi-" + (figures.size() + 1) + "-" + slug(m), m, "Distribution over " + kpis.rowCount()
                        + " runs (box: quartiles and median; whiskers: 1.5 IQR; outliers not drawn, see the CSV).", svg, csv, true));
            } else {
                empty.add(m);
            }
        }
        blocks.add(HtmlTable.of("kpi-summary", "Per-run KPIs: summary over runs",
                List.of("KPI", "runs with a value", "mean", "p5", "median", "p95", "min", "max"), summary));
        if (!empty.isEmpty()) {
            blocks.add(new Paragraph("No run has a value for " + String.join(", ", empty) + ", so they are not "
                    + "drawn (e.g. a KPI of a period the runs are too short to reach)."));
        }
        blocks.addAll(figures);
        return blocks;
    }

    private static List<Block> provenance(Manifest manifest, Report.Builder report) {
        ExperimentMetadata meta = manifest.metadata();
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of("experiment", meta.name()));
        facts.add(List.of("model", meta.model()));
        facts.add(List.of("state set", meta.stateSet()));
        facts.add(List.of("runs", Integer.toString(meta.runs())));
        facts.add(List.of("timesteps", Integer.toString(meta.timesteps())));
        facts.add(List.of("root seed", Long.toString(meta.rootSeed())));
        facts.add(List.of("seed identity", meta.seedExperiment() + " point " + meta.pointIndex()));
        facts.add(List.of("seed derivation", meta.seedDerivation() + " (" + meta.seedAlgorithm() + ")"));
        facts.add(List.of("pocketsim version", meta.softwareVersion()));
        Object corrections = meta.parameters().contains("corrections") ? meta.parameters().get("corrections") : null;
        facts.add(List.of("corrections", corrections instanceof List<?> l && !l.isEmpty()
                ? String.join(", ", l.stream().map(Object::toString).toList()) : "none"));
        meta.provenance().forEach((k, v) -> facts.add(List.of(k.replace('_', ' '), v)));
        facts.add(List.of("started", manifest.startedAt().toString()));
        facts.add(List.of("finished", manifest.finishedAt().toString()));
        facts.add(List.of("wall time", Numbers.show(manifest.wallTimeSeconds()) + " s"));
        List<Block> blocks = new ArrayList<>();
        blocks.add(HtmlTable.of("manifest", "From the manifest", List.of("what", "value"), facts));
        List<List<String>> params = new ArrayList<>();
        meta.parameters().asMap().forEach((k, v) -> params.add(List.of(k, v instanceof List<?> l
                ? String.join(", ", l.stream().map(Object::toString).toList()) : Numbers.show(v))));
        blocks.add(HtmlTable.of("parameters", "Parameters (every run used these)", List.of("parameter", "value"),
                params));
        List<List<String>> seeds = new ArrayList<>();
        for (RunSeed s : manifest.runSeeds()) {
            seeds.add(List.of(Integer.toString(s.run()), Long.toString(s.seed())));
        }
        String csv = report.csv(new CsvFile("run-seeds.csv", List.of("run", "seed"), seeds));
        blocks.add(new HtmlTable("run-seeds", "Run seeds (each recreates its run)", List.of("run", "seed"),
                seeds.size() > 20 ? seeds.subList(0, 20) : seeds, Set.of(), csv));
        return blocks;
    }

    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "x" : s;
    }
}
