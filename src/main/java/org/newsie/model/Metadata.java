package org.newsie.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the layout stage found about the article itself.
 *
 * @param authors every author mention, in text order (a name may occur more than once)
 */
public record Metadata(Optional<TextSpan> headline, List<TextSpan> authors, Optional<TextSpan> dateline) {
    public Metadata {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(dateline, "dateline");
        authors = List.copyOf(authors);
    }

    /** Distinct author names in order of first mention. */
    public List<String> authorNames() {
        return authors.stream().map(TextSpan::text).distinct().toList();
    }
}
