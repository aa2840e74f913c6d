package org.newsie.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.newsie.model.Analysis;
import org.newsie.model.Article;
import org.newsie.model.Mention;
import org.newsie.model.Quote;
import org.newsie.model.TextSpan;
import org.newsie.output.JsonFormatter;
import org.newsie.testing.SpanAssertions;

/**
 * A dateline opening the first body paragraph ("WASHINGTON (AP) —") is metadata: with the real models, its
 * place is no mention and its words are no quote's speaker, while the sentence keeps its offsets.
 */
class DatelineTest {
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = ArticleAnalyzer.withDefaultModels();
    }

    @ParameterizedTest
    @ValueSource(strings = {"WASHINGTON (AP) \u2014 ", "WASHINGTON, D.C. - ", "WASHINGTON -- "})
    void datelineIsNeitherMentionNorSpeaker(String dateline) throws Exception {
        String text = "Senate passes budget\n\n" + dateline
                + "Sen. John Smith of Ohio said Tuesday, \u201cWe will see what the House does.\u201d\n\n"
                + "\u201cIt is done,\u201d he said.\n";
        Analysis a = analyzer.analyze(new Article("test", text));

        TextSpan span = a.layout().metadata().dateline().orElseThrow();
        assertTrue(text.startsWith("WASHINGTON", span.start()), span.text());
        for (Mention m : a.mentions()) {
            assertTrue(m.end() <= span.start() || m.start() >= span.end(), "mention in the dateline: " + m.text());
        }
        List<Quote> quotes = a.quotes();
        assertEquals(2, quotes.size());
        for (Quote q : quotes) {
            assertEquals("John Smith", q.speaker().orElseThrow().name(), q.text());
        }
        assertEquals("Sen. John Smith of Ohio said Tuesday, \u201cWe will see what the House does.\u201d",
                text.substring(a.sentences().get(1).start(), a.sentences().get(1).end()).substring(dateline.length()),
                "the output's sentence still starts at the dateline");
        SpanAssertions.assertSpans(text, new ObjectMapper().readTree(new JsonFormatter(false).format(a)));
    }
}
