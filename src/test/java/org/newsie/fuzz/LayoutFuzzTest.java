package org.newsie.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.newsie.model.Layout;
import org.newsie.model.Paragraph;
import org.newsie.model.TextSpan;
import org.newsie.text.LayoutAnalyzer;

/** Fuzzes the layout stage: no exception, and every paragraph and metadata span is a valid, ordered span of the text. */
class LayoutFuzzTest {
    private static final LayoutAnalyzer LAYOUT = new LayoutAnalyzer();

    @FuzzTest(maxDuration = FuzzSettings.SHORT_RUN)
    void layoutOfAnyText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Layout l = LAYOUT.analyze(text);
        int previousEnd = 0;
        for (Paragraph p : l.paragraphs()) {
            assertTrue(p.start() >= previousEnd && p.end() <= text.length() && p.start() < p.end(), "paragraph " + p);
            String s = text.substring(p.start(), p.end());
            assertEquals(s.strip(), s.strip().isEmpty() ? "" : s.strip(), "paragraphs are trimmed");
            previousEnd = p.end();
        }
        l.metadata().headline().ifPresent(h -> check(text, h));
        l.metadata().dateline().ifPresent(d -> check(text, d));
        l.metadata().authors().forEach(a -> check(text, a));
    }

    private static void check(String text, TextSpan s) {
        assertEquals(s.text(), text.substring(s.start(), s.end()));
    }
}
