package org.newsie.nlp.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * newsie's name-finder features (in the spirit of ixa-pipe-nerc, Agerri and Rigau 2016): a token
 * window, token shapes, prefixes and suffixes, word clusters learned from unlabeled text, gazetteer
 * matches, title and organization-word hints, and a document memory of the outcome each token got
 * earlier in the same document.
 *
 * <p>The features of a token depend only on the sentence's tokens, the index and the adaptive data
 * (which changes between sentences), never on {@code previousOutcomes}: OpenNLP adds the
 * previous-outcome features itself. {@link NameDecoder} relies on this to compute a token's features
 * once instead of once per beam hypothesis; {@code NameDecoderTest} checks it on real text.
 *
 * <p>Not thread-safe: it caches the current sentence and holds per-document adaptive data; every
 * decoder gets its own instance through {@link NewsieNameFinderFactory}.
 */
final class NerFeatureGenerator implements AdaptiveFeatureGenerator {
    private static final int WINDOW = 2;

    private final NerResources res;
    private final Map<String, String> previousOutcome = new HashMap<>();
    private final DocumentCase documentCase = new DocumentCase();

    // per-sentence cache, keyed by the identity of the token array
    private String[] cachedTokens;
    private String[] lower;
    private String[] shape;
    private NerResources.Clusters[] clusters;
    private Word[] words;
    // the token forms seen (a document repeats its words; a decoder may serve many documents), bounded;
    // forms beyond the bound get their strings made per sentence
    private static final int MAX_CACHED_WORDS = 2_000;
    private final Map<String, Word> wordCache = new HashMap<>();
    private String[][] gazetteerTags;
    private boolean upperSentence;
    private List<List<String>> runFeatures;
    private boolean weakCase;

    NerFeatureGenerator(NerResources res) {
        this.res = res;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        prepare(tokens);
        int n = tokens.length;
        String tok = tokens[index];
        String lw = lower[index];
        String sh = shape[index];
        Word word = words[index];

        features.add(word.w);
        features.add(word.wc);
        features.add(word.s);
        features.add(word.t);
        features.add(word.ws);
        for (int k = -WINDOW; k <= WINDOW; k++) {
            if (k == 0) {
                continue;
            }
            int j = index + k;
            features.add(j < 0 ? W_START[k + WINDOW] : j >= n ? W_END[k + WINDOW] : words[j].wk[k + WINDOW]);
            features.add(j < 0 ? S_START[k + WINDOW] : j >= n ? S_END[k + WINDOW] : words[j].sk[k + WINDOW]);
        }
        String wPrev = index > 0 ? lower[index - 1] : "<s>";
        String wNext = index + 1 < n ? lower[index + 1] : "</s>";
        String sPrev = index > 0 ? shape[index - 1] : "<s>";
        String sNext = index + 1 < n ? shape[index + 1] : "</s>";
        features.add("wb-1=" + wPrev + "|" + lw);
        features.add("wb+1=" + lw + "|" + wNext);
        features.add("sb-1=" + sPrev + "|" + sh);
        features.add("sb+1=" + sh + "|" + sNext);
        features.add("st=" + sPrev + "|" + sh + "|" + sNext);

        features.addAll(word.affixes);
        if (index == 0) {
            features.add(word.bos);
        }
        if (upperSentence) {
            features.add(word.capsSent);
        }

        // word clusters
        for (int k = -WINDOW; k <= WINDOW; k++) {
            int j = index + k;
            if (j < 0 || j >= n) {
                continue;
            }
            for (String c : words[j].ck[k + WINDOW]) {
                features.add(c);
            }
        }
        NerResources.Clusters c0 = clusters[index];
        if (c0 != null) {
            features.add(word.cs);
            if (index > 0 && clusters[index - 1] != null) {
                features.add("cb-1=" + clusters[index - 1].mid() + "|" + c0.mid());
            }
        }

        // gazetteers
        for (int k = -1; k <= 1; k++) {
            int j = index + k;
            if (j < 0 || j >= n) {
                continue;
            }
            for (String g : gazetteerTags[j]) {
                if (g != null) {
                    features.add("g" + k + "=" + g);
                }
            }
        }
        if (word.firstName) {
            features.add("fn");
        }
        if (index > 0 && words[index - 1].firstName) {
            features.add(word.fnPrev);
        }
        if (index > 0 && words[index - 1].title) {
            features.add(word.titlePrev);
        }
        for (int k = 0; k <= 2 && index + k < n; k++) {
            if (words[index + k].orgWord) {
                features.add(word.orgw[k]);
            }
        }

        features.addAll(runFeatures.get(index));
        String dcase = documentCase.feature(tokens, index, weakCase);
        if (dcase != null) {
            features.add(dcase);
        }

        // document memory
        String pd = previousOutcome.get(tok);
        if (pd != null) {
            features.add("pd=" + pd);
            features.add("pdt=" + type(pd));
        }
    }

    private static String type(String outcome) {
        int dash = outcome.lastIndexOf('-');
        return dash > 0 ? outcome.substring(0, dash) : outcome;
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        for (int i = 0; i < tokens.length; i++) {
            previousOutcome.put(tokens[i], outcomes[i]);
        }
        documentCase.update(tokens);
    }

    @Override
    public void clearAdaptiveData() {
        previousOutcome.clear();
        documentCase.clear();
    }

    private void prepare(String[] tokens) {
        if (tokens == cachedTokens) {
            return;
        }
        int n = tokens.length;
        lower = new String[n];
        shape = new String[n];
        clusters = new NerResources.Clusters[n];
        words = new Word[n];
        gazetteerTags = new String[n][res.gazetteers().size()];
        for (int i = 0; i < n; i++) {
            Word w = word(tokens[i]);
            words[i] = w;
            lower[i] = w.lower;
            shape[i] = w.shape;
            clusters[i] = w.clusters;
        }
        upperSentence = MentionRules.isAllCaps(tokens, 2);
        List<NerResources.Gazetteer> gaz = res.gazetteers();
        for (int g = 0; g < gaz.size(); g++) {
            NerResources.Gazetteer gz = gaz.get(g);
            int i = 0;
            while (i < n) {
                int matched = 0;
                if (Character.isUpperCase(tokens[i].charAt(0))) {
                    StringBuilder key = new StringBuilder();
                    for (int l = 1; l <= gz.maxTokens() && i + l <= n; l++) {
                        if (l > 1) {
                            key.append(' ');
                        }
                        key.append(lower[i + l - 1]);
                        if (gz.contains(key.toString()) && Character.isUpperCase(tokens[i + l - 1].charAt(0))) {
                            matched = l;
                        }
                    }
                }
                if (matched > 0) {
                    for (int l = 0; l < matched; l++) {
                        gazetteerTags[i + l][g] = gz.name() + (l == 0 ? "-B" : "-I") + (matched == 1 ? "1" : "");
                    }
                    i += matched;
                } else {
                    i++;
                }
            }
        }
        runFeatures = NameRunFeatures.compute(tokens, res);
        weakCase = DocumentCase.weakCase(tokens);
        cachedTokens = tokens;
    }

    private static final String[] W_START = window("w", "<s>");
    private static final String[] W_END = window("w", "</s>");
    private static final String[] S_START = window("s", "<s>");
    private static final String[] S_END = window("s", "</s>");

    private static String[] window(String prefix, String value) {
        String[] out = new String[2 * WINDOW + 1];
        for (int k = -WINDOW; k <= WINDOW; k++) {
            out[k + WINDOW] = prefix + k + "=" + value;
        }
        return out;
    }

    private Word word(String token) {
        Word w = wordCache.get(token);
        if (w == null) {
            w = new Word(token, res);
            if (wordCache.size() < MAX_CACHED_WORDS) { // full: the forms seen first stay (no churn of long-lived objects)
                wordCache.put(token, w);
            }
        }
        return w;
    }

    /**
     * The feature strings of one token form that depend on nothing but the form (its own features,
     * what it contributes to its neighbours' windows), made once per form instead of once per
     * occurrence. The same strings as concatenating them in {@link #createFeatures}.
     */
    private static final class Word {
        final String lower;
        final String shape;
        final NerResources.Clusters clusters;
        final boolean firstName;
        final boolean title;
        final boolean orgWord;
        final String w;
        final String wc;
        final String s;
        final String t;
        final String ws;
        final String[] wk = new String[2 * WINDOW + 1]; // as the neighbour at offset k: "w" + k + "=" + lower
        final String[] sk = new String[2 * WINDOW + 1];
        final List<String> affixes = new ArrayList<>(8);
        final String[][] ck = new String[2 * WINDOW + 1][]; // cluster features as the neighbour at offset k
        final String bos;
        final String capsSent;
        final String cs;
        final String fnPrev;
        final String titlePrev;
        final String[] orgw = new String[3];

        Word(String tok, NerResources res) {
            lower = tok.toLowerCase(Locale.ROOT);
            shape = shape(tok);
            clusters = res.clusters(tok);
            firstName = res.isFirstName(tok);
            title = res.isTitle(tok);
            orgWord = res.isOrgWord(tok);
            String lw = lower;
            String sh = shape;
            w = "w=" + lw;
            wc = "wc=" + tok;
            s = "s=" + sh;
            t = "t=" + FeatureGeneratorUtil.tokenFeature(tok);
            ws = "ws=" + lw + "|" + sh;
            for (int k = -WINDOW; k <= WINDOW; k++) {
                wk[k + WINDOW] = "w" + k + "=" + lw;
                sk[k + WINDOW] = "s" + k + "=" + sh;
                NerResources.Clusters c = clusters;
                if (c == null) {
                    ck[k + WINDOW] = new String[] {"c" + k + "=none"};
                } else if (Math.abs(k) <= 1) {
                    ck[k + WINDOW] = new String[] {"c" + k + "=" + c.fine(), "c" + k + "=" + c.mid(), "c" + k + "=" + c.coarse()};
                } else {
                    ck[k + WINDOW] = new String[] {"c" + k + "=" + c.fine()};
                }
            }
            int len = lw.length();
            for (int l = 1; l <= 4 && l < len; l++) {
                affixes.add("pre=" + lw.substring(0, l));
                affixes.add("suf=" + lw.substring(len - l));
            }
            bos = "bos|" + sh;
            capsSent = "caps-sent|" + sh;
            cs = clusters == null ? null : "cs=" + clusters.fine() + "|" + sh;
            fnPrev = "fn-1|" + sh;
            titlePrev = "title-1|" + sh;
            for (int k = 0; k <= 2; k++) {
                orgw[k] = "orgw" + k + "|" + sh;
            }
        }
    }

    /** Compressed word shape: {@code Trump} → {@code Xx}, {@code U.S.} → {@code X.X.}, {@code 1996} → {@code d}. */
    static String shape(String token) {
        StringBuilder sb = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < token.length(); i++) {
            char ch = token.charAt(i);
            char m = Character.isUpperCase(ch) ? 'X' : Character.isLowerCase(ch) ? 'x' : Character.isDigit(ch) ? 'd'
                    : Character.isLetter(ch) ? 'x' : ch;
            if (m != last) {
                sb.append(m);
                last = m;
            }
        }
        return sb.toString();
    }
}
