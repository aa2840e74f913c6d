package org.newsie.model;

import java.util.List;
import java.util.Objects;

/** Everything newsie found in one article; immutable. */
public record Analysis(Article article, Layout layout, List<Sentence> sentences, List<Mention> mentions,
                       List<Entity> entities, List<Quote> quotes, List<Diagnostic> diagnostics) {
    public static final int SCHEMA_VERSION = 1;

    public Analysis {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(layout, "layout");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        diagnostics = List.copyOf(diagnostics);
    }

    public String text() {
        return article.text();
    }

    public Stats stats() {
        int tokens = 0;
        for (Sentence s : sentences) {
            tokens += s.tokens().size();
        }
        int boiler = (int) layout.paragraphs().stream().filter(Paragraph::boilerplate).count();
        int attributed = (int) quotes.stream().filter(q -> q.speaker().isPresent()).count();
        return new Stats(article.text().length(), layout.paragraphs().size(), boiler, sentences.size(), tokens,
                mentions.size(), entities.size(), quotes.size(), attributed);
    }
}
