package org.newsie.model;

import java.util.List;

/**
 * A sentence inside one paragraph, with its tokens.
 *
 * @param paragraph index of the paragraph that holds the sentence
 */
public record Sentence(int start, int end, int paragraph, List<Token> tokens) implements Span {
    public Sentence {
        Span.check(start, end);
        tokens = List.copyOf(tokens);
    }
}
