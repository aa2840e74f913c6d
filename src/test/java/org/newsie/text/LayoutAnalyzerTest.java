package org.newsie.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsie.model.Layout;
import org.newsie.model.Paragraph;
import org.newsie.model.ParagraphRole;
import org.newsie.model.TextSpan;

class LayoutAnalyzerTest {
    private final LayoutAnalyzer layout = new LayoutAnalyzer();

    private static List<String> texts(String text, Layout l) {
        return l.paragraphs().stream().map(p -> text.substring(p.start(), p.end())).toList();
    }

    private static List<ParagraphRole> roles(Layout l) {
        return l.paragraphs().stream().map(Paragraph::role).toList();
    }

    @Test
    void onePragraphPerLine() {
        String text = "First paragraph here.\nSecond one.\n  Third, indented.  \n";
        Layout l = layout.analyze(text);
        assertEquals(List.of("First paragraph here.", "Second one.", "Third, indented."), texts(text, l));
    }

    @Test
    void blankLineSeparatedParagraphsWithWrappedLines() {
        String text = "Headline Here\n\nThe first paragraph is wrapped\nover two lines.\n\nA second one.\nAnd a third line that starts a new paragraph.\n";
        Layout l = layout.analyze(text);
        assertEquals(List.of("Headline Here", "The first paragraph is wrapped\nover two lines.", "A second one.",
                "And a third line that starts a new paragraph."), texts(text, l));
    }

    @Test
    void crlfAndCrLineEnds() {
        String crlf = "Title\r\n\r\nBody one.\r\nBody two.\r\n";
        assertEquals(List.of("Title", "Body one.", "Body two."), texts(crlf, layout.analyze(crlf)));
        String cr = "Title\r\rBody one.\rBody two.";
        assertEquals(List.of("Title", "Body one.", "Body two."), texts(cr, layout.analyze(cr)));
    }

    @Test
    void emptyAndBlankTexts() {
        assertTrue(layout.analyze("").paragraphs().isEmpty());
        assertTrue(layout.analyze(" \n\n\t\r\n").paragraphs().isEmpty());
    }

    @Test
    void headlineIsAShortFirstLineWithoutFinalPunctuation() {
        String text = "North Korea puts military in 'quasi-state of war'\n\nFriday, August 21, 2015\n\nThe report said so.";
        Layout l = layout.analyze(text);
        assertEquals("North Korea puts military in 'quasi-state of war'", l.metadata().headline().orElseThrow().text());
        assertEquals(List.of(ParagraphRole.HEADLINE, ParagraphRole.DATELINE, ParagraphRole.BODY), roles(l));
        assertEquals("Friday, August 21, 2015", l.metadata().dateline().orElseThrow().text());
    }

    @Test
    void noHeadlineWhenTheFirstLineIsASentence() {
        String text = "President Donald Trump said on Tuesday that it would not happen.\nHe added more.";
        Layout l = layout.analyze(text);
        assertTrue(l.metadata().headline().isEmpty());
        assertEquals(List.of(ParagraphRole.BODY, ParagraphRole.BODY), roles(l));
    }

    @Test
    void bylineAndAuthors() {
        String text = "Big News Today\nBy Nik Popli and Jane Q. Doe\nWASHINGTON — It happened.\nWrite to Nik Popli at nik.popli@time.com";
        Layout l = layout.analyze(text);
        assertEquals(List.of(ParagraphRole.HEADLINE, ParagraphRole.BYLINE, ParagraphRole.BODY, ParagraphRole.BOILERPLATE), roles(l));
        assertEquals(List.of("Nik Popli", "Jane Q. Doe"), l.metadata().authorNames());
        assertEquals(3, l.metadata().authors().size());
        for (TextSpan s : l.metadata().authors()) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
        assertEquals("WASHINGTON", l.metadata().dateline().orElseThrow().text());
    }

    @Test
    void aSentenceStartingWithByIsNotAByline() {
        String text = "By the end of the day, the talks had failed.\nMore followed.";
        Layout l = layout.analyze(text);
        assertEquals(ParagraphRole.BODY, l.paragraphs().get(0).role());
        assertTrue(l.metadata().authors().isEmpty());
    }

    @Test
    void mustReadsListIsBoilerplateUpToTheFirstRealParagraph() {
        String text = "Body text here.\nMore Must-Reads from TIME\n- Meet the 2025 Women of the Year\n"
                + "- Why Do More Young Adults Have Cancer?\nWrite to Nik Popli at nik.popli@time.com";
        Layout l = layout.analyze(text);
        assertEquals(List.of(ParagraphRole.BODY, ParagraphRole.BOILERPLATE, ParagraphRole.BOILERPLATE,
                ParagraphRole.BOILERPLATE, ParagraphRole.BOILERPLATE), roles(l));
        assertEquals("must-reads", l.paragraphs().get(2).boilerplateRule().orElseThrow());
        assertEquals("write-to", l.paragraphs().get(4).boilerplateRule().orElseThrow());
        assertEquals(List.of("Nik Popli"), l.metadata().authorNames());
    }

    @Test
    void listEndsAtAnOrdinaryParagraph() {
        String text = "Most Popular\n- One Story\nThe senator said the bill would pass, and it did.";
        assertEquals(List.of(ParagraphRole.BOILERPLATE, ParagraphRole.BOILERPLATE, ParagraphRole.BODY),
                roles(layout.analyze(text)));
    }

    @Test
    void longParagraphsAreNeverBoilerplate() {
        String text = "Read more: " + "word ".repeat(100) + "\nBody.";
        assertEquals(ParagraphRole.BODY, layout.analyze(text).paragraphs().get(0).role());
    }

    @Test
    void paragraphOffsetsExcludeSurroundingWhitespace() {
        String text = "\n\n  Alpha beta.  \r\n\tGamma.\n";
        for (Paragraph p : layout.analyze(text).paragraphs()) {
            String s = text.substring(p.start(), p.end());
            assertEquals(s.strip(), s);
        }
    }
}
