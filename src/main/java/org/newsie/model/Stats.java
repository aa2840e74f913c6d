package org.newsie.model;

/** Counts over one analysis. */
public record Stats(int characters, int paragraphs, int boilerplateParagraphs, int sentences, int tokens,
                    int mentions, int entities, int quotes, int attributedQuotes) {
}
