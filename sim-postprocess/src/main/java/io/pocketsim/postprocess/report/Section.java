package io.pocketsim.postprocess.report;

import java.util.List;
import java.util.Objects;

/**
 * A titled part of a report.
 *
 * @param id     unique in the report; the section's HTML id
 * @param title  its heading
 * @param blocks its content, in order
 */
public record Section(String id, String title, List<Block> blocks) {
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }
}
