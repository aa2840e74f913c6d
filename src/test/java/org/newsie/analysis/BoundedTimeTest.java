package org.newsie.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.newsie.model.Article;
import org.newsie.text.LayoutAnalyzer;

/**
 * No input makes the analysis super-linear: 1 MB of adversarial text for each rule family must take at
 * most a generous multiple of the time 1 MB of ordinary news text takes on the same machine, so the test
 * does not depend on the machine's speed. (A quadratic rule would take minutes on 1 MB.)
 */
class BoundedTimeTest {
    private static final int SIZE = 1_000_000;
    /** Adversarial text may be this many times slower than ordinary text, plus a constant for noise. */
    private static final double FACTOR = 8;
    private static final long SLACK_MS = 1500;

    private static ArticleAnalyzer analyzer;
    private static final LayoutAnalyzer LAYOUT = new LayoutAnalyzer();
    private static String normal;

    @BeforeAll
    static void setUp() {
        analyzer = ArticleAnalyzer.withDefaultModels();
        normal = fill("WASHINGTON — The Senate passed the bill on Tuesday, officials said. “It is a good day for "
                + "the country,” said Sen. Jane Smith (D-Mo.), who wrote it. Read more about it below.\n");
        // warm up both paths so the JIT does not count against the first case
        analyzer.analyze(new Article("warm", normal.substring(0, 100_000)));
        LAYOUT.analyze(normal);
    }

    private static String fill(String unit) {
        StringBuilder b = new StringBuilder(SIZE + unit.length());
        while (b.length() < SIZE) {
            b.append(unit);
        }
        return b.toString();
    }

    static Stream<Arguments> adversarial() {
        return Stream.of(
                Arguments.of("layout: lines that almost match boilerplate", fill("Read more about the By Lines Of Text\n")),
                Arguments.of("layout: lines that almost match bylines", fill("By Aaaa Bbbb Cccc Dddd Eeee Ffff, and, and, &\n")),
                Arguments.of("layout: dateline look-alikes", fill("WASHINGTON, D.C., U.S.A. (AP) WASHINGTON, D.C. X\n")),
                Arguments.of("layout: list headers with long lists", fill("Most Popular\n- A B C D E F G H\n")),
                Arguments.of("layout: one line without breaks", fill("x")),
                Arguments.of("layout: only blank lines", fill("\n \r\n")),
                Arguments.of("tokens: one chunk without spaces", fill("a-b.c,d’e“f”")),
                Arguments.of("quotes: only opening marks", fill("“He said ")),
                Arguments.of("quotes: alternating marks", fill("“a” ")),
                Arguments.of("quotes: straight marks and apostrophes", fill("\"don't' '' `` \" ")),
                Arguments.of("speakers: many cue verbs", fill("said told added said, he said “x,” she said. ")),
                Arguments.of("speakers: capitalized runs", fill("Aaa Bbb Ccc Ddd Eee Fff said ")));
    }

    private static long millis(Consumer<String> stage, String text) {
        long t0 = System.nanoTime();
        stage.accept(text);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adversarial")
    void adversarialTextStaysLinear(String name, String text) {
        Consumer<String> whole = t -> analyzer.analyze(new Article(name, t));
        long base = millis(whole, normal);
        long took = millis(whole, text);
        assertTrue(took <= FACTOR * base + SLACK_MS,
                name + ": " + took + " ms for 1 MB, against " + base + " ms for 1 MB of ordinary text");
    }
}
