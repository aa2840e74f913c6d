package org.newsie.model;

import java.util.Objects;

/** A stretch of the original text together with the text it covers. */
public record TextSpan(int start, int end, String text) implements Span {
    public TextSpan {
        Span.check(start, end);
        Objects.requireNonNull(text, "text");
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text length " + text.length() + " != span length " + (end - start));
        }
    }

    /** The span {@code [start, end)} of {@code source}. */
    public static TextSpan of(String source, int start, int end) {
        return new TextSpan(start, end, source.substring(start, end));
    }
}
