package org.newsie.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.newsie.model.Layout;
import org.newsie.model.Quote;
import org.newsie.model.Sentence;
import org.newsie.model.TextSpan;
import org.newsie.nlp.NlpModels;
import org.newsie.nlp.SentenceTokenizer;
import org.newsie.text.LayoutAnalyzer;

/**
 * Fuzzes the quote scanner and the speaker rules on real layout and OpenNLP sentences: no exception;
 * quotes in text order, not overlapping, inside the text, with their content inside their marks; every
 * speaker, cue and diagnostic span reproduces its text. Short run in {@code mvn verify}
 * ({@code fuzz-quotes}); see {@code org.newsie.fuzz.FuzzSettings} for longer local runs.
 */
class QuoteFuzzTest {
    private static final LayoutAnalyzer LAYOUT = new LayoutAnalyzer();
    private static final NlpModels NLP = NlpModels.load();
    private static final QuoteStage QUOTES = new QuoteStage();

    @FuzzTest(maxDuration = "15s")
    void quotesOfAnyText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Layout layout = LAYOUT.analyze(text);
        List<Sentence> sentences = new SentenceTokenizer(NLP).split(text, layout.paragraphs());
        QuoteResult r = QUOTES.find(text, layout.paragraphs(), sentences, List.of());
        int previousEnd = 0;
        for (int i = 0; i < r.quotes().size(); i++) {
            Quote q = r.quotes().get(i);
            assertEquals("q" + (i + 1), q.id());
            assertTrue(q.start() >= previousEnd && q.end() <= text.length(), "quote " + q.id() + " out of order");
            assertEquals(q.text(), text.substring(q.start(), q.end()));
            check(text, q.content());
            assertTrue(q.start() <= q.content().start() && q.content().end() <= q.end(), "content inside the marks");
            q.speaker().ifPresent(s -> check(text, s.mention()));
            q.cue().ifPresent(c -> check(text, c));
            previousEnd = q.end();
        }
        r.diagnostics().forEach(d -> d.span().ifPresent(s -> check(text, s)));
    }

    private static void check(String text, TextSpan s) {
        assertTrue(s.end() <= text.length(), "span inside the text");
        assertEquals(s.text(), text.substring(s.start(), s.end()));
    }
}
