package io.pocketsim.postprocess.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.BoxStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The report's chart kinds, drawn with XChart and returned as inline SVG. */
final class Charts {
    static final int WIDE = 620;
    static final int WIDE_HEIGHT = 380;
    static final int SMALL = 420;
    static final int SMALL_HEIGHT = 300;
    private static final int BAND_ALPHA = 60;

    static {
        // charts are drawn without a display (CI, servers): AWT must not look for one. Every chart is made here,
        // so this runs before XChart touches AWT.
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /**
     * One series of a fan chart: the median line and the 5–95 % band over time.
     *
     * @param label legend label
     * @param t     timesteps
     * @param p5    5th percentile per timestep
     * @param p50   median per timestep
     * @param p95   95th percentile per timestep
     */
    record Fan(String label, double[] t, double[] p5, double[] p50, double[] p95) {
    }

    /** A fan chart: per series a median line over a translucent 5–95 % band; timesteps without values are skipped. */
    static String fan(String title, String xLabel, String yLabel, List<Fan> fans) {
        XYChart chart = new XYChartBuilder().width(WIDE).height(WIDE_HEIGHT).title(title).xAxisTitle(xLabel)
                .yAxisTitle(yLabel).build();
        ChartStyle.apply(chart.getStyler());
        // no x formatting function: with one, XChart puts ticks at uneven data positions (0 17 34 ...) that touch
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        boolean any = false;
        double firstX = Double.NaN;
        double firstY = Double.NaN;
        for (int i = 0; i < fans.size(); i++) {
            Fan f = fans.get(i);
            List<Double> bx = new ArrayList<>();
            List<Double> by = new ArrayList<>();
            List<Double> mx = new ArrayList<>();
            List<Double> my = new ArrayList<>();
            for (int k = 0; k < f.t().length; k++) {
                if (Double.isFinite(f.p5()[k]) && Double.isFinite(f.p95()[k])) {
                    bx.add(f.t()[k]);
                    by.add(f.p95()[k]);
                }
                if (Double.isFinite(f.p50()[k])) {
                    mx.add(f.t()[k]);
                    my.add(f.p50()[k]);
                }
            }
            if (mx.isEmpty()) {
                continue;
            }
            if (!any) {
                firstX = mx.get(0);
                firstY = my.get(0);
            }
            any = true;
            if (bx.size() > 1) {
                // the band is one polygon: upper edge forward, lower edge backward
                for (int k = f.t().length - 1; k >= 0; k--) {
                    if (Double.isFinite(f.p5()[k]) && Double.isFinite(f.p95()[k])) {
                        bx.add(f.t()[k]);
                        by.add(f.p5()[k]);
                    }
                }
                XYSeries band = chart.addSeries(f.label() + " 5-95%", bx, by);
                band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
                band.setFillColor(Palette.translucent(i, BAND_ALPHA));
                band.setLineColor(Palette.translucent(i, 0));
                band.setMarker(SeriesMarkers.NONE);
                band.setShowInLegend(false);
            }
            XYSeries median = chart.addSeries(f.label(), mx, my);
            median.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            median.setLineColor(Palette.series(i));
            median.setLineStyle(new BasicStroke(2.2f));
            median.setMarker(SeriesMarkers.NONE);
        }
        if (!any) {
            return null;
        }
        // XChart puts one tick per data value when the x values are equally spaced (every day: 0 18 36 ... touching);
        // an invisible point half a day in makes them uneven, and XChart then picks round ticks (0 50 100 ...)
        XYSeries spacer = chart.addSeries(" ", new double[]{firstX + 0.5}, new double[]{firstY});
        spacer.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        spacer.setMarker(SeriesMarkers.NONE);
        spacer.setShowInLegend(false);
        chart.getStyler().setLegendVisible(fans.size() > 1);
        return Svg.of(chart);
    }

    /**
     * Box plots of values grouped by category (one box per category: median, quartiles, whiskers at 1.5 IQR).
     * Categories without a finite value are left out; null if none is left.
     */
    static String boxes(String title, String xLabel, String yLabel, Map<String, double[]> groups, int width,
                        int height) {
        BoxChart chart = new BoxChartBuilder().width(width).height(height).title(title).xAxisTitle(xLabel)
                .yAxisTitle(yLabel).build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setBoxWidthFraction(0.5);
        chart.getStyler().setSeriesColors(new Color[]{Palette.series(0)});
        chart.getStyler().setChartTitleFont(new Font(ChartStyle.FONT, Font.BOLD, 13));
        // outliers are not drawn: with thousands of runs they would be thousands of marks (the CSV has them)
        chart.getStyler().setSeriesMarkers(new org.knowm.xchart.style.markers.Marker[]{SeriesMarkers.NONE});
        // XChart would draw every outlier as its own mark (thousands in a large grid): it gets the five numbers
        // instead (lower whisker, quartiles, median, upper whisker), whose quartiles it recomputes exactly with (n-1)p+1
        chart.getStyler().setBoxplotCalCulationMethod(BoxStyler.BoxplotCalCulationMethod.N_LESS_1_PLUS_1);
        int n = 0;
        for (Map.Entry<String, double[]> e : groups.entrySet()) {
            double[] five = fiveNumbers(e.getValue());
            if (five != null) {
                chart.addSeries(e.getKey(), five);
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        if (n > 6) {
            chart.getStyler().setXAxisLabelRotation(45);
        }
        return Svg.of(chart);
    }

    /**
     * Lower whisker, first quartile, median, third quartile, upper whisker of the finite values (quartiles by
     * linear interpolation, numpy's default; whiskers: the most extreme values within 1.5 IQR of the quartiles), or
     * null if there is no finite value.
     */
    static double[] fiveNumbers(double[] values) {
        double[] v = java.util.Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) {
            return null;
        }
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(v);
        double q1 = p.evaluate(25);
        double q3 = p.evaluate(75);
        double iqr = q3 - q1;
        double lo = q1;
        double hi = q3;
        for (double x : v) {
            if (x >= q1 - 1.5 * iqr) {
                lo = Math.min(x, q1);
                break;
            }
        }
        for (int i = v.length - 1; i >= 0; i--) {
            if (v[i] <= q3 + 1.5 * iqr) {
                hi = Math.max(v[i], q3);
                break;
            }
        }
        return new double[]{lo, q1, p.evaluate(50), q3, hi};
    }

    /**
     * A heat map of values in [0, 1]: one row per y category, one column per x category, each cell's value printed
     * in it.
     *
     * @param values values[y][x]
     */
    static String heatMap(String title, String xLabel, String yLabel, List<String> xs, List<String> ys,
                          double[][] values) {
        int longest = ys.stream().mapToInt(String::length).max().orElse(0);
        int width = Math.max(WIDE, Math.min(1280, 260 + 7 * longest + 16 * xs.size()));
        int height = 190 + 34 * ys.size();
        HeatMapChart chart = new HeatMapChartBuilder().width(width).height(height).title(title).xAxisTitle(xLabel)
                .yAxisTitle(yLabel).build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setRangeColors(Palette.SEQUENTIAL);
        chart.getStyler().setMin(0);
        chart.getStyler().setMax(1);
        chart.getStyler().setShowValue(xs.size() <= 16);
        chart.getStyler().setValueFont(new Font(ChartStyle.FONT, Font.PLAIN, 11));
        chart.getStyler().setValueFontColor(Color.BLACK);
        chart.getStyler().setHeatMapValueDecimalPattern("0.00");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setYAxisTickLabelsFormattingFunction(null);
        // every row labelled; columns too while they fit, else every few (XChart skips labels that would touch)
        chart.getStyler().setYAxisTickMarkSpacingHint(8);
        chart.getStyler().setXAxisTickMarkSpacingHint(xs.size() <= 24 ? 8 : 36);
        chart.getStyler().setXAxisLabelRotation(xs.size() > 12 ? 90 : 0);
        List<Number[]> cells = new ArrayList<>();
        for (int y = 0; y < ys.size(); y++) {
            for (int x = 0; x < xs.size(); x++) {
                cells.add(new Number[]{x, y, values[y][x]});
            }
        }
        chart.addSeries("pass share", xs, ys, cells);
        return Svg.of(chart);
    }

    /**
     * How brackets narrowed: for one parameter, the bracket's range per iteration (band), its values (points) and
     * the best value's path (line). Uses a logarithmic axis when the positive values span more than 3 decades.
     */
    static String bracketPath(String title, String yLabel, double[] iterations, List<double[]> brackets,
                              double[] best) {
        XYChart chart = new XYChartBuilder().width(SMALL + 80).height(SMALL_HEIGHT + 20).title(title)
                .xAxisTitle("iteration").yAxisTitle(yLabel).build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setXAxisTickMarkSpacingHint(40);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        List<Double> bx = new ArrayList<>();
        List<Double> by = new ArrayList<>();
        List<Double> px = new ArrayList<>();
        List<Double> py = new ArrayList<>();
        for (int i = 0; i < iterations.length; i++) {
            double[] b = brackets.get(i);
            for (double v : b) {
                px.add(iterations[i]);
                py.add(v);
                if (v > 0) {
                    min = Math.min(min, v);
                }
                max = Math.max(max, Math.abs(v));
            }
        }
        for (int i = 0; i < iterations.length; i++) {
            bx.add(iterations[i]);
            by.add(java.util.Arrays.stream(brackets.get(i)).max().orElse(Double.NaN));
        }
        for (int i = iterations.length - 1; i >= 0; i--) {
            bx.add(iterations[i]);
            by.add(java.util.Arrays.stream(brackets.get(i)).min().orElse(Double.NaN));
        }
        boolean allPositive = py.stream().allMatch(v -> v > 0);
        if (allPositive && max / min > 1e3) {
            chart.getStyler().setYAxisLogarithmic(true);
            chart.getStyler().setYAxisLogarithmicDecadeOnly(true);
            chart.getStyler().setPlotGridHorizontalLinesVisible(false);
        }
        if (iterations.length > 1) {
            XYSeries band = chart.addSeries("bracket range", bx, by);
            band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            band.setFillColor(Palette.translucent(0, BAND_ALPHA));
            band.setLineColor(Palette.translucent(0, 0));
            band.setMarker(SeriesMarkers.NONE);
        }
        XYSeries values = chart.addSeries("bracket values", px, py);
        values.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        values.setMarkerColor(Palette.series(0));
        values.setMarker(SeriesMarkers.CIRCLE);
        XYSeries path = chart.addSeries("best", iterations, best);
        path.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        path.setLineColor(Palette.HIGHLIGHT);
        path.setMarkerColor(Palette.HIGHLIGHT);
        path.setMarker(SeriesMarkers.DIAMOND);
        path.setLineStyle(new BasicStroke(2.2f));
        chart.getStyler().setMarkerSize(9);
        return Svg.of(chart);
    }

    /** Bars of scores in rank order, the best one highlighted. */
    static String ranking(String title, double[] scores, int bestPosition) {
        XYChart chart = new XYChartBuilder().width(WIDE).height(WIDE_HEIGHT - 40).title(title)
                .xAxisTitle("rank (the ranking table names each rank's constellation)").yAxisTitle("score").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(true);
        double[] rank = new double[scores.length];
        for (int i = 0; i < rank.length; i++) {
            rank[i] = i + 1;
        }
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setXAxisMin(0.5);
        chart.getStyler().setXAxisMax(scores.length + 0.5);
        chart.getStyler().setYAxisMin(0.0);
        XYSeries s = chart.addSeries("score (constellation)", rank, scores);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(Palette.series(0));
        XYSeries best = chart.addSeries("best", new double[]{bestPosition + 1}, new double[]{scores[bestPosition]});
        best.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        best.setMarker(SeriesMarkers.DIAMOND);
        best.setMarkerColor(Palette.HIGHLIGHT);
        chart.getStyler().setMarkerSize(10);
        return Svg.of(chart);
    }
}
