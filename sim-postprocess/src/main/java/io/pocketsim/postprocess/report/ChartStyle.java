package io.pocketsim.postprocess.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The common look of every chart: legible sans-serif fonts, light grid, Okabe–Ito series colours. */
final class ChartStyle {
    static final String FONT = Font.SANS_SERIF;
    private static final Color TEXT = new Color(0x222222);
    private static final Color GRID = new Color(0xDDDDDD);

    private ChartStyle() {
    }

    /** Applies the common style to an axes chart. */
    static void apply(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartFontColor(TEXT);
        s.setChartTitleFont(new Font(FONT, Font.BOLD, 15));
        s.setChartTitleBoxVisible(false);
        s.setChartPadding(12);
        s.setAxisTitleFont(new Font(FONT, Font.PLAIN, 13));
        s.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 12));
        s.setAxisTickLabelsColor(TEXT);
        s.setAxisTickMarksColor(new Color(0x888888));
        s.setLegendFont(new Font(FONT, Font.PLAIN, 12));
        s.setLegendBorderColor(GRID);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setSeriesColors(Palette.seriesColors());
        s.setSeriesMarkers(new org.knowm.xchart.style.markers.Marker[]{SeriesMarkers.NONE});
        s.setAntiAlias(true);
        s.setYAxisTickLabelsFormattingFunction(ChartStyle::number);
        // XChart's default spacing lets day labels (0 5 10 ... 120) touch; ask for fewer ticks
        s.setXAxisTickMarkSpacingHint(90);
        s.setYAxisTickMarkSpacingHint(50);
    }

    private static final ThreadLocal<DecimalFormat> PLAIN = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.################", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    private static final ThreadLocal<DecimalFormat> SCIENTIFIC = ThreadLocal.withInitial(
            () -> new DecimalFormat("0.######E0", DecimalFormatSymbols.getInstance(Locale.ROOT)));

    /**
     * A tick label: plain with thousands separators between 0.001 and 10^15, else scientific. Enough digits that
     * neighbouring ticks never print the same (XChart drops every label of an axis whose labels repeat).
     */
    static String number(Double v) {
        if (v == null || v.isNaN()) {
            return "";
        }
        double a = Math.abs(v);
        if (a == 0 || (a >= 1e-3 && a < 1e15)) {
            // seven significant digits, as in the scientific form; ticks are round numbers, so few are shown
            return PLAIN.get().format(new BigDecimal(v).round(new MathContext(7)));
        }
        return SCIENTIFIC.get().format(v);
    }
}
