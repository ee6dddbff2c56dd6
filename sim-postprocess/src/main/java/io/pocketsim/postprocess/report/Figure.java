package io.pocketsim.postprocess.report;

import java.util.Objects;

/**
 * One chart of a report: an inline SVG, its title and caption, and the CSV file (beside the HTML) that holds the
 * numbers it was drawn from.
 *
 * @param id      unique in the report; the figure's HTML id
 * @param title   heading above the chart
 * @param caption what the chart shows, how to read it
 * @param svg     the chart as an {@code <svg>} element
 * @param csv     name of the CSV file behind the chart (one file may serve several figures)
 * @param small   whether to lay the chart out in a grid of small multiples
 */
public record Figure(String id, String title, String caption, String svg, String csv, boolean small)
        implements Block {
    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(csv, "csv");
    }
}
