package org.newsie.model;

/** What a paragraph is in the layout of an article. */
public enum ParagraphRole {
    HEADLINE,
    BYLINE,
    /** A paragraph that holds only a dateline or a date ("Friday, August 21, 2015"). */
    DATELINE,
    BODY,
    BOILERPLATE;

    /** Whether names and quotes are looked for in paragraphs of this role. */
    public boolean analyzed() {
        return this == HEADLINE || this == BODY;
    }
}
