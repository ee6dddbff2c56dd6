package io.pocketsim.postprocess.report;

import java.util.Objects;

/** A paragraph of plain text (escaped when rendered). */
public record Paragraph(String text) implements Block {
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
