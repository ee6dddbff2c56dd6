package io.pocketsim.postprocess.report;

import java.awt.Color;

/**
 * Colours of every chart: the Okabe–Ito palette, which stays distinguishable with the common colour-vision
 * deficiencies, and a cividis-like sequential ramp (dark blue to yellow) for heat maps.
 */
final class Palette {
    /** Okabe–Ito, without its black and yellow (too light on white for lines); cycled for more series. */
    private static final Color[] SERIES = {
        new Color(0x0072B2), // blue
        new Color(0xD55E00), // vermillion
        new Color(0x009E73), // bluish green
        new Color(0xCC79A7), // reddish purple
        new Color(0xE69F00), // orange
        new Color(0x56B4E9), // sky blue
        new Color(0x000000), // black
    };

    /**
     * Heat-map ramp, low to high: a single-hue light-to-blue ramp (ordered by lightness, so it reads the same
     * with any colour-vision deficiency and in grey), light enough at the top that black cell labels stay legible.
     */
    static final Color[] SEQUENTIAL = {new Color(0xF7FBFF), new Color(0x9ECAE1), new Color(0x4292C6)};

    /** The colour that marks the best point. */
    static final Color HIGHLIGHT = new Color(0xD55E00);

    private Palette() {
    }

    /** The i-th series colour. */
    static Color series(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }

    /** The i-th series colour with an alpha (0..255), for bands. */
    static Color translucent(int i, int alpha) {
        Color c = series(i);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** The series colours as an array, for XChart's series colour cycle. */
    static Color[] seriesColors() {
        return SERIES.clone();
    }
}
