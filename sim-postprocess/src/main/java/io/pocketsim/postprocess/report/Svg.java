package io.pocketsim.postprocess.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Renders an XChart chart as an SVG element to inline in HTML (no XML prolog, no DOCTYPE). */
final class Svg {
    private static final Pattern DECIMALS = Pattern.compile("(\\d\\.\\d)\\d+");

    private Svg() {
    }

    /** The chart as an {@code <svg>} element. */
    static String of(Chart<?, ?> chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render chart " + chart.getTitle() + " as SVG", e);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        int start = text.indexOf("<svg");
        if (start < 0) {
            throw new IllegalStateException("the SVG encoder wrote no <svg> element for chart " + chart.getTitle());
        }
        // the encoder writes coordinates with up to 11 decimals; a tenth of a pixel is plenty and halves the size
        return DECIMALS.matcher(text.substring(start).strip()).replaceAll("$1");
    }
}
