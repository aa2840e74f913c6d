package org.newsie.model;

import java.util.Locale;

/** What a quoted stretch is. */
public enum QuoteKind {
    /** A whole utterance. */
    FULL,
    /** Quoted words inside the reporter's own sentence. */
    PARTIAL,
    /** Scare quotes, titles, nicknames: no speaker unless the text names one. */
    TERM;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
