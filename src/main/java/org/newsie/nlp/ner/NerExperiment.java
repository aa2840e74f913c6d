package org.newsie.nlp.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Developer tool for name-finder experiments, runnable without the newsie launcher
 * ({@code java -cp "target/classes:target/lib/*" org.newsie.nlp.ner.NerExperiment ...}); it prints to
 * stdout because it is a command-line tool of its own, not part of the analysis.
 * <ul>
 * <li>{@code OUT.bin ITERATIONS TRAIN... -- EVAL...}: trains like {@code newsie train ner} (perceptron,
 * cutoff 1, the given iterations), saves the model, prints the scores of every evaluation file with
 * and without {@link MentionRules};</li>
 * <li>{@code --eval MODEL FILE...}: scores a model;</li>
 * <li>{@code --errors MODEL FILE}: prints false positives and negatives ({@code -Dnorules} for the
 * model alone);</li>
 * <li>{@code --text MODEL FILE [show]}: runs {@link org.newsie.nlp.NameFinderStage} on a text file
 * (one paragraph a line) and prints the mentions ({@code show}: also the first tokens as the model
 * sees them).</li>
 * </ul>
 */
public final class NerExperiment {
    private NerExperiment() {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("--eval")) { // --eval MODEL FILE...: evaluate only
            TokenNameFinderModel m = NerModel.load(Path.of(args[1]));
            for (int i = 2; i < args.length; i++) {
                System.out.println("== " + args[i]);
                System.out.print(NerEvaluator.evaluate(m, List.of(Path.of(args[i])), false).toText());
                System.out.println("-- with rules");
                System.out.print(NerEvaluator.evaluate(m, List.of(Path.of(args[i])), true).toText());
            }
            return;
        }
        if (args[0].equals("--text")) { // --text MODEL FILE: one paragraph a line; prints tokens and mentions
            TokenNameFinderModel m = NerModel.load(Path.of(args[1]));
            String text = java.nio.file.Files.readString(Path.of(args[2]));
            List<org.newsie.model.Paragraph> paras = new ArrayList<>();
            int at = 0;
            for (String line : text.split("\n", -1)) {
                if (!line.isBlank()) {
                    paras.add(new org.newsie.model.Paragraph(at, at + line.length(), org.newsie.model.ParagraphRole.BODY));
                }
                at += line.length() + 1;
            }
            List<org.newsie.model.Sentence> sents = new org.newsie.nlp.SentenceTokenizer(org.newsie.nlp.NlpModels.load()).split(text, paras);
            if (args.length > 3) {
                for (org.newsie.model.Sentence s : sents.subList(0, Math.min(4, sents.size()))) {
                    System.out.println(String.join(" ", s.tokens().stream().map(org.newsie.nlp.Tokens::forModel).toList()));
                }
            }
            for (org.newsie.model.Mention x : new org.newsie.nlp.NameFinderStage(m).find(text, sents)) {
                System.out.println(x.type() + "\t" + x.text() + "\t" + x.start() + "\t" + x.sentence());
            }
            return;
        }
        if (args[0].equals("--errors")) { // --errors MODEL FILE: print false positives and negatives
            TokenNameFinderModel m = NerModel.load(Path.of(args[1]));
            opennlp.tools.namefind.NameFinderME f = new opennlp.tools.namefind.NameFinderME(m);
            MentionRules rules = new MentionRules(NerResources.get());
            for (opennlp.tools.namefind.NameSample s : NameSamples.read(List.of(Path.of(args[2])))) {
                if (s.isClearAdaptiveDataSet()) {
                    f.clearAdaptiveData();
                }
                String[] t = s.getSentence();
                java.util.Set<opennlp.tools.util.Span> gold = new java.util.HashSet<>(List.of(s.getNames()));
                opennlp.tools.util.Span[] raw = f.find(t);
                java.util.Set<opennlp.tools.util.Span> pred = new java.util.HashSet<>(
                        System.getProperty("norules") != null ? List.of(raw) : rules.apply(t, raw));
                for (opennlp.tools.util.Span p : pred) {
                    if (!gold.contains(p)) {
                        System.out.println("FP " + p.getType() + " [" + String.join(" ", java.util.Arrays.copyOfRange(t, p.getStart(), p.getEnd())) + "]  | " + String.join(" ", t));
                    }
                }
                for (opennlp.tools.util.Span g : gold) {
                    if (!pred.contains(g)) {
                        System.out.println("FN " + g.getType() + " [" + String.join(" ", java.util.Arrays.copyOfRange(t, g.getStart(), g.getEnd())) + "]  | " + String.join(" ", t));
                    }
                }
            }
            return;
        }
        Path out = Path.of(args[0]);
        int iterations = Integer.parseInt(args[1]);
        List<Path> train = new ArrayList<>();
        List<Path> eval = new ArrayList<>();
        boolean evalPart = false;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--")) {
                evalPart = true;
            } else {
                (evalPart ? eval : train).add(Path.of(args[i]));
            }
        }
        TokenNameFinderModel model = NerTrainer.train(train,
                new NerTrainer.Options(
                NerTrainer.Algorithm.valueOf(System.getProperty("algorithm", "PERCEPTRON")), iterations, 1, 2), System.err::println);
        model.serialize(out);
        TokenNameFinderModel reloaded = NerModel.load(out);
        for (Path e : eval) {
            System.out.println("== " + e);
            System.out.print(NerEvaluator.evaluate(reloaded, List.of(e), false).toText());
            System.out.println("-- with rules");
            System.out.print(NerEvaluator.evaluate(reloaded, List.of(e), true).toText());
        }
    }
}
