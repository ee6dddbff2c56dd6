package io.pocketsim.postprocess.report;

import com.google.common.html.HtmlEscapers;
import com.google.common.net.UrlEscapers;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a {@link Report} as one self-contained HTML page: CSS inline, charts inline as SVG, no script, no font and
 * no image from anywhere else. The only links are relative ones to the CSV files beside the page.
 */
public final class HtmlRenderer {
    private static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 15px; line-height: 1.45;
                   color: #222; background: #fff; margin: 0 auto; max-width: 1320px; padding: 24px 32px 64px; }
            h1 { font-size: 26px; margin: 0 0 4px; }
            .subtitle { color: #555; margin: 0 0 20px; }
            h2 { font-size: 20px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #0072B2; }
            nav ul { columns: 3; padding-left: 18px; margin: 0; }
            figure { margin: 18px 0; }
            figure svg { max-width: 100%; height: auto; display: block; }
            figcaption { color: #444; font-size: 14px; max-width: 760px; margin-top: 4px; }
            figcaption .title { font-weight: bold; color: #222; }
            .grid { display: flex; flex-wrap: wrap; gap: 8px 20px; }
            .grid figure { margin: 8px 0; max-width: 100%; }
            table { border-collapse: collapse; margin: 10px 0 6px; font-size: 13.5px; }
            caption { text-align: left; font-weight: bold; padding: 4px 0; }
            th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top; }
            th { background: #f0f4f8; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            tr.best td { background: #fde7d9; font-weight: bold; }
            .csv { font-size: 13px; }
            .csv a { color: #0060a0; }
            .table-wrap { max-width: 100%; overflow-x: auto; }
            """;

    private static final Pattern SVG_WIDTH = Pattern.compile("^<svg[^>]*?\\swidth=\"(\\d+)(?:px)?\"");

    private HtmlRenderer() {
    }

    /**
     * Writes the report's page.
     *
     * @param csvFolder the folder, relative to the page, that holds the report's CSV files (e.g.
     *                  {@code Base-data}); empty for the page's own folder
     */
    public static void write(Report report, String csvFolder, Writer out) throws IOException {
        String prefix = csvFolder.isEmpty() ? "" : UrlEscapers.urlPathSegmentEscaper().escape(csvFolder) + "/";
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>" + esc(report.title()) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
        out.write("<header>\n<h1>" + esc(report.title()) + "</h1>\n<p class=\"subtitle\">" + esc(report.subtitle())
                + "</p>\n</header>\n");
        out.write("<nav aria-label=\"contents\"><ul>\n");
        for (Section s : report.sections()) {
            out.write("<li><a href=\"#" + esc(s.id()) + "\">" + esc(s.title()) + "</a></li>\n");
        }
        out.write("</ul></nav>\n<main>\n");
        for (Section s : report.sections()) {
            out.write("<section id=\"" + esc(s.id()) + "\">\n<h2>" + esc(s.title()) + "</h2>\n");
            writeBlocks(s.blocks(), prefix, out);
            out.write("</section>\n");
        }
        out.write("</main>\n</body>\n</html>\n");
    }

    private static void writeBlocks(List<Block> blocks, String prefix, Writer out) throws IOException {
        boolean inGrid = false;
        for (Block b : blocks) {
            boolean small = b instanceof Figure f && f.small();
            if (small && !inGrid) {
                out.write("<div class=\"grid\">\n");
                inGrid = true;
            } else if (!small && inGrid) {
                out.write("</div>\n");
                inGrid = false;
            }
            if (b instanceof Figure f) {
                writeFigure(f, prefix, out);
            } else if (b instanceof HtmlTable t) {
                writeTable(t, prefix, out);
            } else if (b instanceof Paragraph p) {
                out.write("<p>" + esc(p.text()) + "</p>\n");
            }
        }
        if (inGrid) {
            out.write("</div>\n");
        }
    }

    private static void writeFigure(Figure f, String prefix, Writer out) throws IOException {
        Matcher width = SVG_WIDTH.matcher(f.svg());
        String style = f.small() && width.find() ? " style=\"width: " + width.group(1) + "px\"" : "";
        out.write("<figure id=\"" + esc(f.id()) + "\" class=\"chart\" data-csv=\"" + esc(f.csv()) + "\"" + style
                + ">\n");
        out.write(f.svg());
        out.write("\n<figcaption><span class=\"title\">" + esc(f.title()) + ".</span> " + esc(f.caption())
                + " <span class=\"csv\">Data: <a href=\"" + esc(prefix + f.csv()) + "\">" + esc(f.csv())
                + "</a></span></figcaption>\n</figure>\n");
    }

    private static void writeTable(HtmlTable t, String prefix, Writer out) throws IOException {
        out.write("<div class=\"table-wrap\"><table id=\"" + esc(t.id()) + "\">\n<caption>" + esc(t.caption()));
        if (t.csv() != null) {
            out.write(" <span class=\"csv\">(all rows: <a href=\"" + esc(prefix + t.csv()) + "\">" + esc(t.csv())
                    + "</a>)</span>");
        }
        out.write("</caption>\n<thead><tr>");
        for (String h : t.header()) {
            out.write("<th scope=\"col\">" + esc(h) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < t.rows().size(); r++) {
            out.write(t.highlighted().contains(r) ? "<tr class=\"best\">" : "<tr>");
            for (String c : t.rows().get(r)) {
                out.write(isNumber(c) ? "<td class=\"num\">" : "<td>");
                out.write(esc(c));
                out.write("</td>");
            }
            out.write("</tr>\n");
        }
        out.write("</tbody>\n</table></div>\n");
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.matches("[-+]?[0-9][0-9,]*(\\.[0-9]+)?([eE][-+]?[0-9]+)?%?");
    }

    private static String esc(String s) {
        return HtmlEscapers.htmlEscaper().escape(s);
    }
}
