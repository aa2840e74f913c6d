package org.newsie.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsie.model.Paragraph;
import org.newsie.model.ParagraphRole;
import org.newsie.model.Sentence;
import org.newsie.nlp.NlpModels;
import org.newsie.nlp.SentenceTokenizer;
import org.newsie.nlp.Tokens;

/**
 * newsie's fast {@link NameDecoder} gives exactly what OpenNLP's {@link NameFinderME} gives with the
 * shipped model: the same spans, types and probabilities (compared as doubles, bit for bit), document
 * by document with the adaptive data carried across sentences and the whole document handed to both
 * ({@link NerFeatureGenerator#setDocument}), on the sample articles and, where ../shared is present, on
 * whole evaluation sets.
 */
class NameDecoderTest {
    private static TokenNameFinderModel model;
    private static NameModel read;

    @BeforeAll
    static void load() {
        model = NerModel.loadDefault();
        read = NerModel.readDefault();
    }

    /** Decodes the documents with OpenNLP and the fast decoder (from the loaded model and from the file) and compares every sentence's result. */
    private static int compare(List<List<String[]>> documents) {
        NameDecoder reference = new NameDecoder.Standard(model); // OpenNLP's NameFinderME
        NameDecoder fromModel = NameModel.of(model).newDecoder();
        NameDecoder fromFile = read.newDecoder();
        int names = 0;
        for (List<String[]> doc : documents) {
            for (NameDecoder d : List.of(reference, fromModel, fromFile)) {
                d.clearAdaptiveData();
                d.setDocument(doc);
            }
            for (String[] tokens : doc) {
                Span[] want = reference.find(tokens);
                same(want, fromModel.find(tokens), tokens);
                same(want, fromFile.find(tokens), tokens);
                names += want.length;
            }
        }
        return names;
    }

    private static void same(Span[] want, Span[] got, String[] tokens) {
        assertEquals(want.length, got.length, () -> String.join(" ", tokens));
        for (int i = 0; i < want.length; i++) {
            Span w = want[i];
            Span g = got[i];
            assertEquals(w, g, () -> String.join(" ", tokens));
            assertEquals(Double.doubleToLongBits(w.getProb()), Double.doubleToLongBits(g.getProb()),
                    () -> "probability of " + w + " in " + String.join(" ", tokens));
        }
    }

    @Test
    void shippedModelIsDecodedByTheFastDecoder() {
        assertTrue(read.isFast());
        assertTrue(NameModel.of(model).isFast());
    }

    /** The weights read from the model file's bytes are OpenNLP's, predicate by predicate. */
    @Test
    void weightsReadFromTheFileAreOpenNlps() throws IOException {
        PerceptronModel pm = model.getArtifact("nameFinder.model");
        Object[] data = pm.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        byte[] bin;
        try (InputStream in = NerModel.class.getResourceAsStream(NerModel.DEFAULT_RESOURCE);
             ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while (!(e = zip.getNextEntry()).getName().equals("nameFinder.model")) {
                assertTrue(e != null);
            }
            bin = zip.readAllBytes();
        }
        PerceptronWeights w = PerceptronWeights.read(bin);
        assertArrayEquals((String[]) data[2], w.outcomes());
        assertEquals(pmap.size(), w.numPredicates());
        for (int i = 0; i < w.numPredicates(); i++) {
            int h = w.handle(i);
            String label = w.label(h);
            Context want = pmap.get(label);
            assertEquals(h, w.predicate(label), label);
            assertArrayEquals(want.getOutcomes(), w.context(h).getOutcomes(), label);
            assertArrayEquals(want.getParameters(), w.context(h).getParameters(), label);
        }
        assertEquals(-1, w.predicate("w=no such feature"));
    }

    @Test
    void sampleArticles() throws IOException {
        NlpModels nlp = NlpModels.load();
        List<List<String[]>> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                List<Sentence> sentences = new SentenceTokenizer(nlp).split(text,
                        List.of(new Paragraph(0, text.length(), ParagraphRole.BODY)));
                List<String[]> doc = new ArrayList<>();
                for (Sentence s : sentences) {
                    doc.add(s.tokens().stream().map(Tokens::forModel).toArray(String[]::new));
                }
                docs.add(doc);
            }
        }
        assertTrue(compare(docs) > 100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"conll2003/dev.txt", "uner-pud/test.txt", "gum/test.txt"})
    void evaluationSets(String file) throws IOException {
        Path p = Path.of("../shared/data/ner").resolve(file);
        assumeTrue(Files.exists(p), p + " not present");
        List<List<String[]>> docs = new ArrayList<>();
        for (List<NameSample> doc : NameSamples.documents(NameSamples.read(List.of(p)))) {
            docs.add(doc.stream().map(NameSample::getSentence).toList());
        }
        assertTrue(compare(docs) > 500);
    }
}
