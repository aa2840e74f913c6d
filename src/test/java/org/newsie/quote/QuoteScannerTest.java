package org.newsie.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsie.model.Diagnostic;
import org.newsie.model.DiagnosticCode;
import org.newsie.model.Paragraph;
import org.newsie.model.ParagraphRole;
import org.newsie.quote.eval.LineParagraphs;

/** Character-level quote finding: which stretches are quotes, with exact offsets. */
class QuoteScannerTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                // text, expected quote texts (marks included), expected diagnostic codes
                Arguments.of("He said \u201Chello there\u201D today.", List.of("\u201Chello there\u201D"), List.of()),
                Arguments.of("\"Yes,\" she said.", List.of("\"Yes,\""), List.of()),
                Arguments.of("\"We will win,\u201D he said.", List.of("\"We will win,\u201D"), List.of()),
                Arguments.of("''It is,'' he said.", List.of("''It is,''"), List.of()),
                Arguments.of("``It is,'' he said.", List.of("``It is,''"), List.of()),
                Arguments.of("Trump\u2019s plan, don\u2019t worry, the \u201990s, rock \u2019n\u2019 roll, voters\u2019 views.",
                        List.of(), List.of()),
                Arguments.of("It's Trump's and the voters' choice, isn't it?", List.of(), List.of()),
                Arguments.of("\u201CHe said \u2018no\u2019 to me,\u201D she said.",
                        List.of("\u201CHe said \u2018no\u2019 to me,\u201D"), List.of()),
                Arguments.of("Obama on Climate: The Trends Are 'Terrifying.'", List.of("'Terrifying.'"), List.of()),
                Arguments.of("Russia warns of \u2018quasi-state of war\u2019 in the region",
                        List.of("\u2018quasi-state of war\u2019"), List.of()),
                Arguments.of("\u201DFear is real.\u201D \u2015 Jane Doe", List.of("\u201DFear is real.\u201D"), List.of()),
                Arguments.of("He said \u201Cthis is never closed.", List.of(), List.of(DiagnosticCode.UNCLOSED_QUOTE)),
                Arguments.of("This closes\u201D with nothing open.", List.of(), List.of(DiagnosticCode.UNOPENED_QUOTE)),
                Arguments.of("\u201Copen here\nNext paragraph has \u201Ca quote\u201D inside.", List.of("\u201Ca quote\u201D"),
                        List.of(DiagnosticCode.UNCLOSED_QUOTE)),
                Arguments.of("A \u201Cfirst\u201D and a \"second\" and a ''third''.",
                        List.of("\u201Cfirst\u201D", "\"second\"", "''third''"), List.of()),
                Arguments.of("No quotes at all here.", List.of(), List.of()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findsQuotes(String text, List<String> expected, List<DiagnosticCode> diags) {
        QuoteScanner.Result r = QuoteScanner.scan(text, LineParagraphs.split(text));
        List<String> got = new ArrayList<>();
        List<QuoteScanner.Segment> segs = new ArrayList<>(r.segments());
        segs.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (QuoteScanner.Segment s : segs) {
            got.add(text.substring(s.start(), s.end()));
            assertTrue(s.start() < s.contentStart() && s.contentEnd() < s.end() || !s.closed());
            assertTrue(s.contentStart() <= s.contentEnd());
        }
        assertEquals(expected, got);
        assertEquals(diags, r.diagnostics().stream().map(Diagnostic::code).toList());
        for (Diagnostic d : r.diagnostics()) {
            assertTrue(d.span().isPresent());
            assertEquals(text.substring(d.span().get().start(), d.span().get().end()), d.span().get().text());
        }
    }

    @Test
    void quoteOverSeveralParagraphsGivesOpenSegmentsInOneGroup() {
        String text = "\u201CThe first part goes on.\n\u201CThe second part too.\n\u201CAnd it ends here,\u201D he said.";
        QuoteScanner.Result r = QuoteScanner.scan(text, LineParagraphs.split(text));
        assertEquals(3, r.segments().size());
        QuoteScanner.Segment a = r.segments().get(0);
        QuoteScanner.Segment b = r.segments().get(1);
        QuoteScanner.Segment c = r.segments().get(2);
        assertFalse(a.closed());
        assertFalse(b.closed());
        assertTrue(c.closed());
        assertEquals("\u201CThe first part goes on.", text.substring(a.start(), a.end()));
        assertEquals("The first part goes on.", text.substring(a.contentStart(), a.contentEnd()));
        assertEquals(a.group(), b.group());
        assertEquals(b.group(), c.group());
        assertTrue(r.diagnostics().isEmpty());
    }

    @Test
    void boilerplateParagraphsAreNotScanned() {
        String text = "\u201CBody quote,\u201D he said.\nRead more: \u201CSomething\u201D here";
        List<Paragraph> paras = new ArrayList<>(LineParagraphs.split(text));
        Paragraph second = paras.get(1);
        paras.set(1, new Paragraph(second.start(), second.end(), ParagraphRole.BOILERPLATE));
        QuoteScanner.Result r = QuoteScanner.scan(text, paras);
        assertEquals(1, r.segments().size());
    }

    @Test
    void manyMarksAreScannedInOnePass() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            sb.append("\u201Cx\u201D ");
        }
        sb.append("\u201Cunclosed");
        String text = sb.toString();
        QuoteScanner.Result r = QuoteScanner.scan(text, LineParagraphs.split(text));
        assertEquals(50_000, r.segments().size());
        assertEquals(1, r.diagnostics().size());
    }
}
