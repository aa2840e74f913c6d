package org.newsie.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains a tiny model end to end: read samples, train, save, reload, find, evaluate. Fast. */
class NerTrainerSmokeTest {
    @TempDir
    Path dir;

    private static final String[] PEOPLE = {"Maria Lopez", "John Smith", "Anna Berg", "Peter Hall"};
    private static final String[] PLACES = {"Berlin", "Ottawa", "Nairobi", "Lima"};
    private static final String[] ORGS = {"Acme Corp", "Globex Inc", "Initech Corp", "Umbrella Inc"};

    private Path data() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < PEOPLE.length; i++) {
                lines.add("<START:person> " + PEOPLE[i] + " <END> said on Monday that <START:organization> "
                        + ORGS[(i + round) % ORGS.length] + " <END> will open an office in <START:location> "
                        + PLACES[(i + 2 * round) % PLACES.length] + " <END> .");
                lines.add("The weather was cold and the office stayed closed .");
                lines.add("");
            }
        }
        Path f = dir.resolve("train.txt");
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void trainsSavesReloadsAndFindsNames() throws IOException {
        Path train = data();
        List<String> progress = new ArrayList<>();
        TokenNameFinderModel model = NerTrainer.train(List.of(train),
                new NerTrainer.Options(NerTrainer.Algorithm.PERCEPTRON, 20, 0, 1, 1), progress::add);
        assertTrue(progress.stream().anyMatch(m -> m.startsWith("read 24 sentences")), progress.toString());

        Path out = dir.resolve("ner.bin");
        model.serialize(out);
        TokenNameFinderModel reloaded = NerModel.load(out);

        String[] tokens = "John Smith said on Monday that Acme Corp will open an office in Lima .".split(" ");
        Span[] found = new NameFinderME(reloaded).find(tokens);
        List<String> names = new ArrayList<>();
        for (Span s : found) {
            names.add(s.getType() + ":" + String.join(" ", List.of(tokens).subList(s.getStart(), s.getEnd())));
        }
        assertTrue(names.contains("person:John Smith"), names.toString());
        assertTrue(names.contains("location:Lima"), names.toString());

        NerReport report = NerEvaluator.evaluate(reloaded, List.of(train));
        assertEquals(36, report.overall().gold());
        assertTrue(report.overall().f1() > 0.9, report.toText());
    }

    /** Three perceptrons on three orders, averaged: one model, decoded fast, found names, the same weights every time. */
    @Test
    void averagedModelIsDeterministicAndFindsNames() throws IOException {
        Path train = data();
        NerTrainer.Options opts = new NerTrainer.Options(NerTrainer.Algorithm.PERCEPTRON, 20, 0, 2, 3);
        List<String> progress = new ArrayList<>();
        TokenNameFinderModel a = NerTrainer.train(List.of(train), opts, progress::add);
        assertTrue(progress.contains("averaging 3 models"), progress.toString());
        assertEquals("3", a.getManifestProperty(PerceptronAverage.MANIFEST_MEMBERS));
        Path out = dir.resolve("avg.bin");
        a.serialize(out);
        NameModel read;
        try (java.io.InputStream in = Files.newInputStream(out)) {
            read = NameModel.read(in);
        }
        assertTrue(read.isFast());
        NameDecoder decoder = read.newDecoder();
        String[] tokens = "Anna Berg said on Monday that Globex Inc will open an office in Berlin .".split(" ");
        List<String> names = new ArrayList<>();
        for (Span s : decoder.find(tokens)) {
            names.add(s.getType() + ":" + String.join(" ", List.of(tokens).subList(s.getStart(), s.getEnd())));
        }
        assertEquals(List.of("person:Anna Berg", "organization:Globex Inc", "location:Berlin"), names);

        TokenNameFinderModel b = NerTrainer.train(List.of(train), opts, m -> { });
        assertEquals(weights(a), weights(b));
    }

    /** Every feature's weights, as text (features in sorted order). */
    private static String weights(TokenNameFinderModel m) {
        opennlp.tools.ml.perceptron.PerceptronModel pm = m.getArtifact("nameFinder.model");
        Object[] data = pm.getDataStructures();
        @SuppressWarnings("unchecked")
        java.util.Map<String, opennlp.tools.ml.model.Context> pmap = (java.util.Map<String, opennlp.tools.ml.model.Context>) data[1];
        StringBuilder sb = new StringBuilder(String.join(",", (String[]) data[2])).append('\n');
        new java.util.TreeMap<>(pmap).forEach((k, c) -> sb.append(k).append(java.util.Arrays.toString(c.getOutcomes()))
                .append(java.util.Arrays.toString(c.getParameters())).append('\n'));
        return sb.toString();
    }

    @Test
    void missingModelFileIsAModelException() {
        org.junit.jupiter.api.Assertions.assertThrows(org.newsie.nlp.NlpModels.ModelException.class,
                () -> NerModel.load(dir.resolve("absent.bin")));
    }

    @Test
    void unreadableModelFileIsAModelException() throws IOException {
        Path junk = dir.resolve("junk.bin");
        Files.writeString(junk, "not a model");
        org.junit.jupiter.api.Assertions.assertThrows(org.newsie.nlp.NlpModels.ModelException.class,
                () -> NerModel.load(junk));
    }
}
