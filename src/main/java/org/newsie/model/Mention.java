package org.newsie.model;

import java.util.Objects;

/**
 * A name as written in the text.
 *
 * @param sentence index of the sentence holding the mention
 */
public record Mention(int start, int end, String text, EntityType type, int sentence) implements Span {
    public Mention {
        Span.check(start, end);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }
}
