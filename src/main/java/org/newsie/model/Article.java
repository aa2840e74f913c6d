package org.newsie.model;

import java.util.List;
import java.util.Objects;

/**
 * An article exactly as read: the decoded text (a byte-order mark removed, nothing else changed),
 * where it came from, and what the reader noticed while decoding it.
 *
 * @param source the input's name as the user gave it, or {@code <stdin>}
 */
public record Article(String source, String text, List<Diagnostic> diagnostics) {
    public static final String STDIN = "<stdin>";

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        diagnostics = List.copyOf(diagnostics);
    }

    public Article(String source, String text) {
        this(source, text, List.of());
    }
}
