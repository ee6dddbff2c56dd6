package io.pocketsim.postprocess.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A report: a title, sections of charts, tables and text, and the CSV files behind the charts. Rendered to one
 * self-contained HTML page by {@link HtmlRenderer}; the CSV files go beside it.
 *
 * @param title    page title
 * @param subtitle one line under the title (what, when, which store)
 * @param sections content, in reading order
 * @param csvFiles the CSV files the figures and tables refer to, by name
 */
public record Report(String title, String subtitle, List<Section> sections, Map<String, CsvFile> csvFiles) {
    public Report {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        sections = List.copyOf(sections);
        csvFiles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(csvFiles));
        for (Section s : sections) {
            for (Block b : s.blocks()) {
                String csv = b instanceof Figure f ? f.csv() : b instanceof HtmlTable t ? t.csv() : null;
                if (csv != null && !csvFiles.containsKey(csv)) {
                    throw new IllegalArgumentException("block of section " + s.id() + " refers to CSV file " + csv
                            + ", which the report does not hold");
                }
            }
        }
    }

    /** Every figure, in reading order. */
    public List<Figure> figures() {
        List<Figure> out = new ArrayList<>();
        sections.forEach(s -> s.blocks().forEach(b -> {
            if (b instanceof Figure f) {
                out.add(f);
            }
        }));
        return out;
    }

    /** Collects sections and CSV files while a report is built. */
    static final class Builder {
        private final String title;
        private final String subtitle;
        private final List<Section> sections = new ArrayList<>();
        private final Map<String, CsvFile> csv = new LinkedHashMap<>();

        Builder(String title, String subtitle) {
            this.title = title;
            this.subtitle = subtitle;
        }

        Builder section(String id, String heading, List<Block> blocks) {
            sections.add(new Section(id, heading, blocks));
            return this;
        }

        /** Adds a CSV file and returns its name. */
        String csv(CsvFile file) {
            if (csv.putIfAbsent(file.name(), file) != null) {
                throw new IllegalArgumentException("two CSV files named " + file.name());
            }
            return file.name();
        }

        Report build() {
            return new Report(title, subtitle, sections, csv);
        }
    }
}
