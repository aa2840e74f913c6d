package org.newsie.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.newsie.analysis.ArticleAnalyzer;
import org.newsie.model.Analysis;
import org.newsie.model.Article;
import org.newsie.testing.SpanAssertions;

/**
 * {@code samples/*.txt} ↔ {@code samples/expected/*.json}: the analysis of every sample must equal its
 * golden file byte for byte. Regenerate with {@code mvn test -Dtest=GoldenSamplesTest -Dgolden.update=true}
 * and review the diff in the commit.
 */
class GoldenSamplesTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final Path EXPECTED = SAMPLES.resolve("expected");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = ArticleAnalyzer.withDefaultModels();
    }

    static List<String> samples() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
    }

    private static String base(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }

    @Test
    void everySampleHasAGoldenFileAndViceVersa() throws IOException {
        Set<String> txt = new TreeSet<>(samples().stream().map(GoldenSamplesTest::base).toList());
        Set<String> json;
        try (Stream<Path> s = Files.list(EXPECTED)) {
            json = new TreeSet<>(s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .map(n -> n.endsWith(".json") ? base(n) : "(not .json) " + n).toList());
        }
        assertFalse(txt.isEmpty());
        assertEquals(txt, json, "samples/*.txt and samples/expected/*.json must pair up");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleMatchesItsGoldenFile(String name) throws Exception {
        String source = "samples/" + name;
        String text = Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
        Analysis analysis = analyzer.analyze(new Article(source, text));
        String json = new JsonFormatter(true).format(analysis) + "\n";

        JsonNode tree = new ObjectMapper().readTree(json);
        assertTrue(SpanAssertions.assertSpans(text, tree) > 0);
        assertEquals(List.of(), SchemaCheck.errors(tree), "schema violations");

        Path golden = EXPECTED.resolve(base(name) + ".json");
        if (UPDATE) {
            Files.writeString(golden, json, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + " (run with -Dgolden.update=true)");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), json, "output differs from " + golden);
    }
}
