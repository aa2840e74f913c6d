package org.newsie.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Features of capitalized runs, for names longer than the token window ({@code Australian Centre for Control of
 * Iodine Deficiency Disorders}, {@code Ministry of Foreign Affairs}): a run is a maximal sequence of capitalized
 * tokens, possibly joined by lower-case connectors ({@code of}, {@code for}, {@code and}, {@code &}, {@code the},
 * {@code de}, {@code von}) that stand between two capitalized tokens. Every token of a run of two or more tokens gets its
 * position in the run, and, when the run holds an organization word ({@code org-words.txt}) or a place word
 * ({@code loc-words.txt}, {@code Street}, {@code River}) anywhere, whether that word is at the run's end, at its
 * start or inside, and where the token stands relative to it. Tokens before the run's last word also get that
 * word and its word cluster: the last word is the head of most names ({@code University}, {@code Airlines},
 * a surname), and the clusters generalize the hand-written lists.
 *
 * <p>Depends only on the sentence's tokens (no outcomes), so the features of a sentence can be computed once.
 * All-caps and headline-case sentences ({@link MentionRules#isHeadlineCase}) have no runs: their capitals say nothing.
 */
final class NameRunFeatures {
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "the", "de", "du", "der", "von", "van");

    private NameRunFeatures() {
    }

    /** The run features of every token of the sentence (an empty list for a token outside a run). */
    static List<List<String>> compute(String[] tokens, NerResources res) {
        int n = tokens.length;
        List<List<String>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(List.of());
        }
        if (MentionRules.isAllCaps(tokens, 0) || MentionRules.isHeadlineCase(tokens)) { // no letters at all, too
            return out;
        }
        int i = 0;
        while (i < n) {
            if (!capitalized(tokens[i])) {
                i++;
                continue;
            }
            int end = i + 1; // exclusive
            while (end < n) {
                if (capitalized(tokens[end])) {
                    end++;
                } else if (end + 1 < n && CONNECTORS.contains(tokens[end].toLowerCase(Locale.ROOT)) && capitalized(tokens[end + 1])) {
                    end += 2;
                } else {
                    break;
                }
            }
            if (end - i >= 2) {
                describe(tokens, i, end, res, out);
            }
            i = end;
        }
        return out;
    }

    private static void describe(String[] tokens, int start, int end, NerResources res, List<List<String>> out) {
        int len = end - start;
        String size = len >= 5 ? "5+" : Integer.toString(len);
        int org = -1; // the last organization word of the run
        int loc = -1; // the last place word of the run
        boolean connector = false;
        for (int j = start; j < end; j++) {
            if (res.isOrgWord(tokens[j])) {
                org = j;
            }
            if (res.isLocWord(tokens[j])) {
                loc = j;
            }
            connector |= !capitalized(tokens[j]);
        }
        // the run's last word (the head of most names: University, Airlines, Smith) and its cluster
        String last = tokens[end - 1].toLowerCase(Locale.ROOT);
        NerResources.Clusters lastClusters = res.clusters(tokens[end - 1]);
        for (int j = start; j < end; j++) {
            List<String> f = new ArrayList<>(8);
            String pos = j == start ? "B" : j == end - 1 ? "E" : "I";
            f.add("run=" + pos + size);
            if (connector) {
                f.add("run-conn=" + pos + (capitalized(tokens[j]) ? "" : "|" + tokens[j].toLowerCase(Locale.ROOT)));
            }
            if (j < end - 1) {
                f.add("run-last=" + last);
                f.add("run-lastc=" + (lastClusters == null ? "none" : lastClusters.mid()));
            }
            word(f, "run-org=", org, start, end, j, pos);
            word(f, "run-loc=", loc, start, end, j, pos);
            out.set(j, List.copyOf(f));
        }
    }

    /** Where the key word {@code at} stands in the run {@code [start, end)}, and token {@code j} relative to it. */
    private static void word(List<String> f, String prefix, int at, int start, int end, int j, String pos) {
        if (at < 0) {
            return;
        }
        String where = at == end - 1 ? "end" : at == start ? "start" : "in";
        f.add(prefix + where + "|" + pos);
        f.add(prefix + where + "|" + (j < at ? "before" : j == at ? "at" : "after"));
    }

    private static boolean capitalized(String token) {
        return Character.isUpperCase(token.charAt(0));
    }
}
