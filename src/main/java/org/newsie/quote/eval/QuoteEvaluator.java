package org.newsie.quote.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.newsie.model.Quote;
import org.newsie.model.Speaker;

/**
 * Scores a quote pipeline (text to quotes) against gold segments.
 *
 * <ul>
 *   <li><b>Quote P/R/F1.</b> A predicted quote matches a gold segment when they overlap by at least
 *       half of the shorter one (one-to-one, greedy by overlap). Gold {@code unattributed} segments
 *       are neither rewarded nor penalized: a predicted quote matching only such a segment is ignored,
 *       and they do not count towards recall. Every other predicted quote that matches nothing is a
 *       false positive, TERM quotes included (a scare quote the annotators left out entirely is rare;
 *       one they marked unattributed is ignored, so a TERM quote costs nothing there).</li>
 *   <li><b>Speaker accuracy</b> over matched gold segments whose speaker is scorable (a speaker is
 *       given and, for a pronoun, resolved to a name): right when the head word (surname or head
 *       noun, possessive dropped, apposition cut off) of the predicted speaker's name or non-pronoun
 *       mention equals that of the gold mention or of its resolved name.</li>
 *   <li><b>End-to-end P/R/F1</b> over scorable gold segments: a true positive is a matched quote with
 *       the right speaker; predicted quotes matched to unscorable gold are left out of both sides.</li>
 * </ul>
 */
public final class QuoteEvaluator {
    private final Function<String, List<Quote>> pipeline;

    /** @param pipeline text to quotes (the evaluator calls it once per article, sequentially) */
    public QuoteEvaluator(Function<String, List<Quote>> pipeline) {
        this.pipeline = pipeline;
    }

    /** Counts for one slice of the data (a gold kind, a speaker type, an attribution rule). */
    public record Counts(int gold, int matched, int scorable, int speakerRight) {
        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double speakerAccuracy() {
            return scorable == 0 ? 0 : (double) speakerRight / scorable;
        }
    }

    /** Mutable tallies while a run is evaluated; frozen into {@link Counts}. */
    private static final class Tally {
        int gold;
        int matched;
        int scorable;
        int speakerRight;

        Counts freeze() {
            return new Counts(gold, matched, scorable, speakerRight);
        }
    }

    /** The scores of one run. */
    public record Report(int articles, int goldAttributed, int goldUnattributed, int predicted, int truePositives,
                         int falsePositives, int ignored, int scorable, int speakerRight, int e2eGold, int e2ePredicted,
                         int e2eTruePositives, Map<String, Counts> byKind, Map<String, Counts> bySpeakerType,
                         Map<String, Counts> byRule) {
        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, goldAttributed);
        }

        public double f1() {
            return f(precision(), recall());
        }

        public double speakerAccuracy() {
            return ratio(speakerRight, scorable);
        }

        public double e2ePrecision() {
            return ratio(e2eTruePositives, e2ePredicted);
        }

        public double e2eRecall() {
            return ratio(e2eTruePositives, e2eGold);
        }

        public double e2eF1() {
            return f(e2ePrecision(), e2eRecall());
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        private static double f(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public Report evaluate(List<GoldArticle> articles) {
        int goldAttr = 0;
        int goldUnattr = 0;
        int predicted = 0;
        int tp = 0;
        int fp = 0;
        int ignored = 0;
        int scorable = 0;
        int right = 0;
        int e2eGold = 0;
        int e2ePred = 0;
        int e2eTp = 0;
        Map<String, Tally> byKind = new TreeMap<>();
        Map<String, Tally> byType = new TreeMap<>();
        Map<String, Tally> byRule = new TreeMap<>();
        for (GoldArticle a : articles) {
            List<Quote> pred = pipeline.apply(a.text());
            predicted += pred.size();
            List<GoldQuote> gold = a.quotes();
            for (GoldQuote g : gold) {
                if (g.attributed()) {
                    goldAttr++;
                    byKind.computeIfAbsent(g.kind(), k -> new Tally()).gold++;
                    byType.computeIfAbsent(g.speakerType(), k -> new Tally()).gold++;
                    if (g.speakerScorable()) {
                        e2eGold++;
                    }
                } else {
                    goldUnattr++;
                }
            }
            int[] goldFor = match(pred, gold);
            for (int i = 0; i < pred.size(); i++) {
                Quote q = pred.get(i);
                if (goldFor[i] < 0) {
                    if (overlapsUnattributed(q, gold)) {
                        ignored++;
                    } else {
                        fp++;
                        e2ePred++;
                    }
                    continue;
                }
                GoldQuote g = gold.get(goldFor[i]);
                tp++;
                byKind.get(g.kind()).matched++;
                byType.get(g.speakerType()).matched++;
                if (!g.speakerScorable()) {
                    continue;
                }
                e2ePred++;
                scorable++;
                boolean ok = q.speaker().isPresent() && speakerMatches(q.speaker().get(), g);
                String rule = q.speaker().map(Speaker::rule).orElse("(none)");
                Tally rc = byRule.computeIfAbsent(rule, k -> new Tally());
                rc.scorable++;
                byKind.get(g.kind()).scorable++;
                byType.get(g.speakerType()).scorable++;
                if (ok) {
                    right++;
                    e2eTp++;
                    rc.speakerRight++;
                    byKind.get(g.kind()).speakerRight++;
                    byType.get(g.speakerType()).speakerRight++;
                }
            }
        }
        return new Report(articles.size(), goldAttr, goldUnattr, predicted, tp, fp, ignored, scorable, right, e2eGold,
                e2ePred, e2eTp, freeze(byKind), freeze(byType), freeze(byRule));
    }

    private static Map<String, Counts> freeze(Map<String, Tally> in) {
        Map<String, Counts> out = new TreeMap<>();
        in.forEach((k, v) -> out.put(k, v.freeze()));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** For each predicted quote, the index of the attributed gold segment it matches, or -1. */
    static int[] match(List<Quote> pred, List<GoldQuote> gold) {
        int[] out = new int[pred.size()];
        java.util.Arrays.fill(out, -1);
        boolean[] used = new boolean[gold.size()];
        record Pair(int p, int g, int overlap) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < pred.size(); i++) {
            Quote q = pred.get(i);
            for (int j = 0; j < gold.size(); j++) {
                GoldQuote g = gold.get(j);
                if (!g.attributed()) {
                    continue;
                }
                int ov = Math.min(q.end(), g.end()) - Math.max(q.start(), g.start());
                int shorter = Math.min(q.end() - q.start(), g.end() - g.start());
                if (ov > 0 && 2 * ov >= shorter) {
                    pairs.add(new Pair(i, j, ov));
                }
            }
        }
        pairs.sort((x, y) -> Integer.compare(y.overlap(), x.overlap()));
        for (Pair p : pairs) {
            if (out[p.p()] < 0 && !used[p.g()]) {
                out[p.p()] = p.g();
                used[p.g()] = true;
            }
        }
        return out;
    }

    private static boolean overlapsUnattributed(Quote q, List<GoldQuote> gold) {
        for (GoldQuote g : gold) {
            int ov = Math.min(q.end(), g.end()) - Math.max(q.start(), g.start());
            int shorter = Math.min(q.end() - q.start(), g.end() - g.start());
            if (!g.attributed() && ov > 0 && 2 * ov >= shorter) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you", "him", "her",
            "them", "us", "me");

    /** Whether the predicted speaker names the gold speaker (head-word match). */
    public static boolean speakerMatches(Speaker s, GoldQuote g) {
        List<String> goldHeads = new ArrayList<>();
        List<String> goldNames = new ArrayList<>();
        g.speaker().filter(x -> !g.speakerType().equals("pronoun")).ifPresent(goldNames::add);
        g.resolved().ifPresent(goldNames::add);
        for (String n : goldNames) {
            goldHeads.add(head(n, true));
            goldHeads.add(head(n, false));
        }
        goldHeads.removeIf(h -> h.isEmpty() || PRONOUNS.contains(h));
        List<String> predHeads = new ArrayList<>();
        predHeads.add(head(s.name()));
        String m = head(s.mention().text());
        if (!PRONOUNS.contains(m)) {
            predHeads.add(m);
        }
        for (String p : predHeads) {
            if (!p.isEmpty() && goldHeads.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The head word of a name or noun phrase: last word before any apposition, lower case, no possessive. */
    public static String head(String phrase) {
        return head(phrase, true);
    }

    /**
     * The head word; with {@code cutPrepositions} a trailing prepositional phrase is cut too ("Stacy Baker
     * of Columbia" -> baker), without it only appositions and clauses are ("Former Secretary of State
     * Madeleine Albright" -> albright). Gold mentions are matched against both.
     */
    static String head(String phrase, boolean cutPrepositions) {
        String s = phrase.replace('\u2019', '\'').replace('\u00A0', ' ');
        int cut = s.length();
        String[] clauses = {",", " (", " who ", " \u2014", " -- ", " \u2013", " whose ", " that ", " which "};
        String[] preps = {" of ", " at ", " for ", " from ", " in ", " on ", " to ", " with "};
        for (String sep : clauses) {
            int i = s.indexOf(sep);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        if (cutPrepositions) {
            for (String sep : preps) {
                int i = s.indexOf(sep);
                if (i > 0 && i < cut) {
                    cut = i;
                }
            }
        }
        s = s.substring(0, cut).strip();
        String[] words = s.split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            } else if (w.endsWith("'")) {
                w = w.substring(0, w.length() - 1);
            }
            w = w.replaceAll("[^\\p{L}\\p{N}-]", "");
            if (w.isEmpty() || w.equals("jr") || w.equals("sr") || w.equals("ii") || w.equals("iii")) {
                continue;
            }
            return w;
        }
        return "";
    }
}
