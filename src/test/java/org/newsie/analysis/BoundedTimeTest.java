package org.newsie.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.newsie.entity.EntityGrouper;
import org.newsie.model.Entity;
import org.newsie.model.Layout;
import org.newsie.model.Sentence;
import org.newsie.nlp.NameFinderStage;
import org.newsie.nlp.NlpModels;
import org.newsie.nlp.SentenceTokenizer;
import org.newsie.nlp.ner.NerModel;
import org.newsie.quote.QuoteStage;
import org.newsie.text.LayoutAnalyzer;

/**
 * No input makes a rule family super-linear. For each family (layout patterns, tokenization, quote
 * scanning, speaker rules), 1 MB of adversarial text must take that family's stage
 * <ul>
 * <li>at most a generous multiple of the time the same stage takes on 1 MB of ordinary news text on the
 * same machine (adversarial text may legitimately hold far more work per megabyte: "“a” " is a quote
 * every four characters, against one every 150 in news), and</li>
 * <li>at most twice the linear extrapolation from a quarter of the same text (a quadratic rule takes 16
 * times as long for four times the text).</li>
 * </ul>
 * Both bounds are relative, so the test does not depend on the machine's speed. The statistical name
 * finder is linear by construction (sentences are capped).
 */
class BoundedTimeTest {
    private static final int SIZE = 1_000_000;
    /** Adversarial text may be this many times slower than ordinary text, plus a constant for noise. */
    private static final double FACTOR = 40;
    /** Four times the text may take at most this many times as long (linear: 4; quadratic: 16). */
    private static final double SCALING = 8;
    private static final long SLACK_MS = 1500;

    enum Family { LAYOUT, TOKENS, QUOTES }

    private static final LayoutAnalyzer LAYOUT = new LayoutAnalyzer();
    private static NlpModels nlp;
    private static NameFinderStage names;
    private static EntityGrouper grouper;
    private static QuoteStage quotes;
    private static final Map<Family, Long> BASELINE = new EnumMap<>(Family.class);

    @BeforeAll
    static void setUp() {
        nlp = NlpModels.load();
        names = new NameFinderStage(NerModel.loadDefault());
        grouper = new EntityGrouper();
        quotes = new QuoteStage();
        String normal = fill("WASHINGTON — The Senate passed the bill on Tuesday, officials said. “It is a good day for "
                + "the country,” said Sen. Jane Smith (D-Mo.), who wrote it. “We worked hard,” she added. Read more "
                + "about it below.\n");
        for (Family f : Family.values()) {
            time(f, normal.substring(0, 100_000)); // warm up the JIT
            BASELINE.put(f, time(f, normal));
        }
    }

    private static String fill(String unit) {
        StringBuilder b = new StringBuilder(SIZE + unit.length());
        while (b.length() < SIZE) {
            b.append(unit);
        }
        return b.toString();
    }

    /** Milliseconds the family's own stage takes on {@code text}; earlier stages run untimed. */
    private static long time(Family family, String text) {
        long t0 = System.nanoTime();
        Layout layout = LAYOUT.analyze(text);
        if (family == Family.LAYOUT) {
            return (System.nanoTime() - t0) / 1_000_000;
        }
        t0 = System.nanoTime();
        List<Sentence> sentences = new SentenceTokenizer(nlp).split(text, layout.paragraphs());
        if (family == Family.TOKENS) {
            return (System.nanoTime() - t0) / 1_000_000;
        }
        List<Entity> entities = grouper.group(text, names.find(text, sentences));
        t0 = System.nanoTime();
        quotes.find(text, layout.paragraphs(), sentences, entities);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static Stream<Arguments> adversarial() {
        return Stream.of(
                Arguments.of(Family.LAYOUT, "lines that almost match boilerplate", fill("Read more about the By Lines Of Text\n")),
                Arguments.of(Family.LAYOUT, "lines that almost match bylines", fill("By Aaaa Bbbb Cccc Dddd Eeee Ffff, and, and, &\n")),
                Arguments.of(Family.LAYOUT, "dateline look-alikes", fill("WASHINGTON, D.C., U.S.A. (AP) WASHINGTON, D.C. X\n")),
                Arguments.of(Family.LAYOUT, "list headers with long lists", fill("Most Popular\n- A B C D E F G H\n")),
                Arguments.of(Family.LAYOUT, "one line without breaks", fill("x")),
                Arguments.of(Family.LAYOUT, "only blank lines", fill("\n \r\n")),
                Arguments.of(Family.TOKENS, "one chunk without spaces", fill("a-b.c,d’e“f”")),
                Arguments.of(Family.TOKENS, "sentence ends without spaces", fill("A.B.C.D.E.F.G.H.I.J.K.")),
                Arguments.of(Family.QUOTES, "only opening marks", fill("“He said ")),
                Arguments.of(Family.QUOTES, "alternating marks in one paragraph", fill("“a” ")),
                Arguments.of(Family.QUOTES, "straight marks and apostrophes", fill("\"don't' '' `` \" ")),
                Arguments.of(Family.QUOTES, "unclosed quotes over many paragraphs", fill("“Yes and no\n")),
                Arguments.of(Family.QUOTES, "speakers: many cue verbs", fill("said told added said, he said “x,” she said. ")),
                Arguments.of(Family.QUOTES, "speakers: capitalized runs", fill("Aaa Bbb Ccc Ddd Eee Fff said ")),
                Arguments.of(Family.QUOTES, "speakers: names and pronouns", fill("“Yes,” said John Smith. “No,” he said. "
                        + "Mary Jones, a senator, said “maybe” and she added: “Fine.” ")),
                Arguments.of(Family.QUOTES, "speakers: dateline-like capitals", fill("WASHINGTON, D.C., U.S.A. (AP) WASHINGTON, D.C. X\n")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("adversarial")
    void adversarialTextStaysLinear(Family family, String name, String text) {
        long base = BASELINE.get(family);
        long quarter = time(family, text.substring(0, text.length() / 4)); // also warms the JIT on this text
        long took = time(family, text);
        assertTrue(took <= FACTOR * base + SLACK_MS,
                family + " " + name + ": " + took + " ms for 1 MB, against " + base + " ms for 1 MB of ordinary text");
        assertTrue(took <= SCALING * quarter + SLACK_MS,
                family + " " + name + ": " + took + " ms for 1 MB, against " + quarter + " ms for 250 kB of it");
    }
}
