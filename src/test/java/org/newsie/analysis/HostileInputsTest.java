package org.newsie.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.newsie.model.Analysis;
import org.newsie.model.Article;
import org.newsie.output.JsonFormatter;
import org.newsie.testing.SpanAssertions;
import org.newsie.text.InputException;
import org.newsie.text.InputReader;

/**
 * The catalogue of hostile inputs, through the whole pipeline (reader, layout, sentences, names,
 * quotes, JSON): each is either analyzed, with every span's offsets right and the expected
 * diagnostics, or refused with a one-line reason. Large inputs are generated here.
 */
class HostileInputsTest {
    private static ArticleAnalyzer analyzer;
    private static final InputReader READER = new InputReader();

    @BeforeAll
    static void load() {
        analyzer = ArticleAnalyzer.withDefaultModels();
    }

    /** name, bytes, expected diagnostic codes (analyzed) or null with the refusal message prefix. */
    static Stream<Arguments> catalogue() {
        String para = "Officials said the plan, “as written,” would fail. ";
        return Stream.of(
                analyzed("empty", new byte[0]),
                analyzed("whitespace only", utf8(" \n\t\n\r\n  \u00A0 ")),
                analyzed("5 MB single line without punctuation", utf8("word ".repeat(1_000_000))),
                analyzed("100,000 quotation marks", utf8("\"".repeat(100_000))),
                analyzed("100,000 curly marks and words", utf8("“a ”b ".repeat(50_000))),
                analyzed("only opening marks", utf8("“He said “this “and “that\n“More “and more.")),
                analyzed("deeply nested quotes", utf8("He said “a ‘b “c ‘d “e” f’ g” h’ i”. ".repeat(200))),
                analyzed("every kind of apostrophe", utf8("Trump’s, Trump's, Trump`s, Trump´s, Trump‘s, ’90s, rock ’n’ roll, "
                        + "don't, ‘tis, O’Brien’s dogs’ bowls.")),
                analyzed("invalid UTF-8", new byte[] {'T', 'h', 'e', ' ', (byte) 0xC3, (byte) 0x28, ' ', (byte) 0xFF, '.'}, "NOT_UTF8"),
                analyzed("UTF-16 with a BOM", "\uFEFFHeadline\n\nBody “quoted,” she said.".getBytes(StandardCharsets.UTF_16LE), "UTF16"),
                refused("NUL bytes", new byte[] {'a', 0, 'b'}, "binary file"),
                analyzed("mixed line ends", utf8("Title\r\n\r\nOne.\rTwo.\nThree “four,\r\nfive.”\n\r")),
                analyzed("control characters", utf8("Bell\u0007 and escape\u001B[31m red\u0000".replace("\u0000", "")),
                        "CONTROL_CHARACTERS"),
                analyzed("right-to-left text and emoji", utf8("“مرحبا بالعالم,” said Ahmed 😀. שלום 👍🏽 “𝒜𝒷𝒸,” "
                        + "he added. The 🇺🇦 flag flew.\n")),
                analyzed("HTML source", utf8("<!DOCTYPE html><html><head><title>News</title></head><body><p>“Hi,” "
                        + "she said.</p></body></html>"), "MARKUP"),
                analyzed("1 MB of ordinary news", utf8(para.repeat(1_000_000 / para.length()))),
                analyzed("a single huge paragraph of quotes", utf8("“Yes,” he said. ".repeat(40_000))));
    }

    private static Arguments analyzed(String name, byte[] bytes, String... codes) {
        return Arguments.of(name, bytes, List.of(codes), null);
    }

    private static Arguments refused(String name, byte[] bytes, String message) {
        return Arguments.of(name, bytes, List.of(), message);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void hostileInput(String name, byte[] bytes, List<String> codes, String refusal) throws Exception {
        Article article;
        try {
            article = READER.decode(bytes, name);
        } catch (InputException e) {
            assertTrue(refusal != null && e.getMessage().startsWith(refusal), name + ": unexpected refusal " + e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), "one line");
            return;
        }
        assertEquals(null, refusal, name + " should have been refused");
        Analysis a = analyzer.analyze(article);
        JsonNode tree = new ObjectMapper().readTree(new JsonFormatter(false).format(a));
        SpanAssertions.assertSpans(article.text(), tree);
        List<String> found = a.diagnostics().stream().map(d -> d.code().name()).toList();
        for (String code : codes) {
            assertTrue(found.contains(code), name + ": expected diagnostic " + code + " in " + found);
        }
    }
}
