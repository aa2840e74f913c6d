package org.newsie.model;

import java.util.Objects;

/** A token; {@code text} is the original text of the span. */
public record Token(int start, int end, String text) implements Span {
    public Token {
        Span.check(start, end);
        Objects.requireNonNull(text, "text");
    }
}
