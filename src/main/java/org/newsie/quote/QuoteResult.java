package org.newsie.quote;

import java.util.List;

import org.newsie.model.Diagnostic;
import org.newsie.model.Quote;

/** The quotes of one article in text order and what the quote scanner noticed (unbalanced marks). */
public record QuoteResult(List<Quote> quotes, List<Diagnostic> diagnostics) {
    public QuoteResult {
        quotes = List.copyOf(quotes);
        diagnostics = List.copyOf(diagnostics);
    }
}
