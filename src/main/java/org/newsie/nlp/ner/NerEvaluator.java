package org.newsie.nlp.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/** Scores a name-finder model against OpenNLP name-sample files by exact span and type match. */
public final class NerEvaluator {
    /** The types reported, in report order. */
    public static final List<String> TYPES = List.of("person", "location", "organization");

    private NerEvaluator() {
    }

    /** Scores the model with {@link MentionRules} applied, as in analysis. */
    public static NerReport evaluate(TokenNameFinderModel model, List<Path> data) throws IOException {
        return evaluateSamples(model, NameSamples.read(data), true);
    }

    /** Scores the model, with or without {@link MentionRules}. */
    public static NerReport evaluate(TokenNameFinderModel model, List<Path> data, boolean withRules) throws IOException {
        return evaluateSamples(model, NameSamples.read(data), withRules);
    }

    /** Runs the model over the samples (adaptive data cleared at every document start) and counts matches. */
    public static NerReport evaluateSamples(TokenNameFinderModel model, List<NameSample> samples, boolean withRules) {
        NameDecoder finder = NameModel.of(model).newDecoder();
        MentionRules rules = withRules ? new MentionRules(NerResources.get()) : null;
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String t : TYPES) {
            counts.put(t, new int[3]);
        }
        for (List<NameSample> doc : NameSamples.documents(samples)) {
            List<String[]> forms = new ArrayList<>();
            for (NameSample s : doc) {
                forms.add(s.getSentence());
            }
            List<Span[]> found = finder.findDocument(forms);
            Set<String> confirmed = rules == null ? Set.of() : MentionRules.confirmedNames(forms, found);
            Set<String> storms = rules == null ? Set.of() : rules.stormNames(forms);
            for (int j = 0; j < doc.size(); j++) {
                NameSample s = doc.get(j);
                Span[] predicted = found.get(j);
                if (rules != null) {
                    predicted = rules.apply(s.getSentence(), predicted, confirmed, storms).toArray(new Span[0]);
                }
                Set<Span> gold = new HashSet<>();
                for (Span g : s.getNames()) {
                    gold.add(g);
                    counts.computeIfAbsent(g.getType(), k -> new int[3])[2]++;
                }
                for (Span p : predicted) {
                    int[] c = counts.computeIfAbsent(p.getType(), k -> new int[3]);
                    c[1]++;
                    if (gold.contains(p)) { // Span.equals compares start, end and type
                        c[0]++;
                    }
                }
            }
        }
        Map<String, NerReport.Counts> byType = new LinkedHashMap<>();
        NerReport.Counts all = new NerReport.Counts(0, 0, 0);
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            byType.put(e.getKey(), new NerReport.Counts(c[0], c[1], c[2]));
            all = all.plus(c[0], c[1], c[2]);
        }
        return new NerReport(samples.size(), all, byType);
    }
}
