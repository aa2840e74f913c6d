package org.newsie.quote.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsie.model.Quote;
import org.newsie.model.QuoteKind;
import org.newsie.model.Speaker;
import org.newsie.model.TextSpan;

/** The scoring rules, on hand-built gold and predictions (the pipeline is a plain function). */
class QuoteEvaluatorTest {
    private static final String TEXT = "\u201CAlpha beta,\u201D Smith said. He called it a \u201Cgamma.\u201D "
            + "The \u201Cdelta\u201D thing. \u201CEpsilon zeta,\u201D he said.";

    private static int at(String s) {
        return TEXT.indexOf(s);
    }

    private static GoldQuote gold(String s, String kind, String speaker, String type, String resolved) {
        int st = at(s);
        return new GoldQuote(st, st + s.length(), kind, "E", Optional.ofNullable(speaker), type,
                Optional.ofNullable(resolved), true);
    }

    private static Quote pred(String s, String name, String mention) {
        int st = at(s);
        Optional<Speaker> sp = name == null ? Optional.empty()
                : Optional.of(new Speaker(name, Optional.empty(), TextSpan.of(TEXT, at(mention), at(mention) + mention.length()),
                "test"));
        return new Quote("q", st, st + s.length(), s, TextSpan.of(TEXT, st + 1, st + s.length() - 1), QuoteKind.FULL, true,
                "g1", sp, Optional.empty());
    }

    @Test
    void scoresSpansSpeakersAndIgnoresUnattributedGold() {
        List<GoldQuote> g = List.of(
                gold("\u201CAlpha beta,\u201D", "full", "Smith", "person", "Smith"),
                gold("\u201Cgamma.\u201D", "partial", "He", "pronoun", "John Smith"),
                gold("\u201Cdelta\u201D", "unattributed", null, "none", null),
                gold("\u201CEpsilon zeta,\u201D", "full", "he", "pronoun", null));
        List<Quote> p = new ArrayList<>();
        p.add(pred("\u201CAlpha beta,\u201D", "John Smith", "Smith"));   // right
        p.add(pred("\u201Cgamma.\u201D", "Jones", "He"));                // wrong speaker
        p.add(pred("\u201Cdelta\u201D", null, null));                    // matches only unattributed: ignored
        p.add(pred("\u201CEpsilon zeta,\u201D", "Smith", "he"));         // gold pronoun unresolved: not scorable
        QuoteEvaluator.Report r = new QuoteEvaluator(text -> p).evaluate(List.of(new GoldArticle("a", TEXT, g)));
        assertEquals(3, r.goldAttributed());
        assertEquals(3, r.truePositives());
        assertEquals(0, r.falsePositives());
        assertEquals(1, r.ignored());
        assertEquals(1.0, r.f1(), 1e-9);
        assertEquals(2, r.scorable());
        assertEquals(1, r.speakerRight());
        assertEquals(0.5, r.speakerAccuracy(), 1e-9);
        assertEquals(2, r.e2eGold());
        assertEquals(2, r.e2ePredicted());
        assertEquals(0.5, r.e2eF1(), 1e-9);
    }

    @Test
    void unmatchedPredictionsAreFalsePositivesAndMissedGoldLowersRecall() {
        List<GoldQuote> g = List.of(gold("\u201CAlpha beta,\u201D", "full", "Smith", "person", "Smith"),
                gold("\u201CEpsilon zeta,\u201D", "full", "Smith", "person", "Smith"));
        List<Quote> p = List.of(pred("\u201Cgamma.\u201D", null, null), pred("\u201CAlpha beta,\u201D", "Smith", "Smith"));
        QuoteEvaluator.Report r = new QuoteEvaluator(text -> p).evaluate(List.of(new GoldArticle("a", TEXT, g)));
        assertEquals(1, r.truePositives());
        assertEquals(1, r.falsePositives());
        assertEquals(0.5, r.precision(), 1e-9);
        assertEquals(0.5, r.recall(), 1e-9);
    }

    @Test
    void overlapOfHalfTheShorterSpanMatches() {
        int s = at("\u201CAlpha beta,\u201D");
        GoldQuote g = new GoldQuote(s, s + 14, "full", "E", Optional.of("Smith"), "person", Optional.empty(), true);
        Quote half = new Quote("q", s + 6, s + 20, TEXT.substring(s + 6, s + 20), TextSpan.of(TEXT, s + 6, s + 20),
                QuoteKind.FULL, true, "g", Optional.empty(), Optional.empty());
        assertEquals(0, QuoteEvaluator.match(List.of(half), List.of(g))[0]);
        Quote little = new Quote("q", s + 10, s + 30, TEXT.substring(s + 10, s + 30), TextSpan.of(TEXT, s + 10, s + 30),
                QuoteKind.FULL, true, "g", Optional.empty(), Optional.empty());
        assertEquals(-1, QuoteEvaluator.match(List.of(little), List.of(g))[0]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hans Joachim Schellnhuber, the director of the Potsdam Institute|schellnhuber",
            "Rep. G.K. Butterfield (D-N.C.), head of the caucus|butterfield",
            "Russia\u2019s Foreign Ministry|ministry",
            "the Kremlin|kremlin",
            "Trump\u2019s|trump",
            "Martin Luther King Jr.|king"})
    void headWords(String phrase, String head) {
        assertEquals(head, QuoteEvaluator.head(phrase));
    }

    @Test
    void pronounMentionsNeverMatchByThemselves() {
        GoldQuote g = gold("\u201CEpsilon zeta,\u201D", "full", "he", "pronoun", "Smith");
        Speaker he = new Speaker("he", Optional.empty(), TextSpan.of(TEXT, at("he said"), at("he said") + 2), "x");
        assertFalse(QuoteEvaluator.speakerMatches(he, g));
        Speaker smith = new Speaker("Bob Smith", Optional.empty(), TextSpan.of(TEXT, at("he said"), at("he said") + 2), "x");
        assertTrue(QuoteEvaluator.speakerMatches(smith, g));
    }
}
