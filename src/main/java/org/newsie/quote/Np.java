package org.newsie.quote;

/** A speaker noun phrase: tokens [first, last], its head is the last token. */
record Np(int first, int last, boolean pronoun) {
}
