package org.newsie.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import opennlp.tools.tokenize.TokenizerME;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link SentenceTokenizer} tokenizes chunk by chunk and remembers each chunk's split; that gives
 * exactly OpenNLP's {@code TokenizerME.tokenizePos} of the whole string, on real text (the samples,
 * and the benchmark corpus where ../shared is present) and on awkward whitespace.
 */
class ChunkedTokenizerTest {
    private static NlpModels models;

    @BeforeAll
    static void load() {
        models = NlpModels.load();
    }

    private static int compare(List<String> texts) {
        SentenceTokenizer chunked = new SentenceTokenizer(models);
        TokenizerME reference = new TokenizerME(models.tokenizerModel());
        int tokens = 0;
        for (String text : texts) {
            for (String line : text.split("\n")) {
                String norm = TextNormalizer.normalize(line, 0, line.length());
                List<opennlp.tools.util.Span> want = Arrays.asList(reference.tokenizePos(norm));
                assertEquals(want, chunked.tokenizePos(norm), line);
                tokens += want.size();
            }
        }
        return tokens;
    }

    private static List<String> read(Path dir, int max) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(max).toList()) {
                out.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void samples() throws IOException {
        compare(read(Path.of("samples"), 100));
    }

    @Test
    void benchmarkCorpus() throws IOException {
        Path senate = Path.of("../shared/data/bench/senate-5k");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(senate), senate + " not present");
        compare(read(senate, 500));
    }

    @Test
    void whitespace() {
        compare(List.of("a\u00a0b  c\td\u2003e\u200bf", "  lead and trail  ", "U.S. U.S. U.S.", "\"Hi,\" he said. \"Hi,\" he said.",
                "x\u3000y\u2028z", "", " ", "don't can't won't don't", "(e.g., this) (e.g., this)"));
    }
}
