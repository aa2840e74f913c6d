package org.newsie.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One quoted stretch of text, its quotation marks included.
 *
 * @param content the text inside the marks
 * @param closed  false when the stretch has no closing mark (a quote running on into the next paragraph)
 * @param group   quotes that are parts of one utterance share a group ({@code g1} …)
 */
public record Quote(String id, int start, int end, String text, TextSpan content, QuoteKind kind, boolean closed,
                    String group, Optional<Speaker> speaker, Optional<TextSpan> cue) implements Span {
    public Quote {
        Span.check(start, end);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(cue, "cue");
    }
}
