package io.pocketsim.postprocess.report;

/** A piece of a report section: a chart, a table or a paragraph. */
public sealed interface Block permits Figure, HtmlTable, Paragraph {
}
