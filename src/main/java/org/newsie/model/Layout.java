package org.newsie.model;

import java.util.List;

/** Paragraphs and metadata of one article. */
public record Layout(List<Paragraph> paragraphs, Metadata metadata) {
    public Layout {
        paragraphs = List.copyOf(paragraphs);
        java.util.Objects.requireNonNull(metadata, "metadata");
    }
}
