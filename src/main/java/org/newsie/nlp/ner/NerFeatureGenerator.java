package org.newsie.nlp.ner;

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

    // per-sentence cache, keyed by the identity of the token array
    private String[] cachedTokens;
    private String[] lower;
    private String[] shape;
    private NerResources.Clusters[] clusters;
    private String[][] gazetteerTags;
    private boolean upperSentence;

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
        String cls = FeatureGeneratorUtil.tokenFeature(tok);

        features.add("w=" + lw);
        features.add("wc=" + tok);
        features.add("s=" + sh);
        features.add("t=" + cls);
        features.add("ws=" + lw + "|" + sh);
        for (int k = -WINDOW; k <= WINDOW; k++) {
            if (k == 0) {
                continue;
            }
            int j = index + k;
            String w = j < 0 ? "<s>" : j >= n ? "</s>" : lower[j];
            String s = j < 0 ? "<s>" : j >= n ? "</s>" : shape[j];
            features.add("w" + k + "=" + w);
            features.add("s" + k + "=" + s);
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

        int len = lw.length();
        for (int l = 1; l <= 4 && l < len; l++) {
            features.add("pre=" + lw.substring(0, l));
            features.add("suf=" + lw.substring(len - l));
        }
        if (index == 0) {
            features.add("bos|" + sh);
        }
        if (upperSentence) {
            features.add("caps-sent|" + sh);
        }

        // word clusters
        for (int k = -WINDOW; k <= WINDOW; k++) {
            int j = index + k;
            if (j < 0 || j >= n) {
                continue;
            }
            NerResources.Clusters c = clusters[j];
            if (c == null) {
                features.add("c" + k + "=none");
                continue;
            }
            features.add("c" + k + "=" + c.fine());
            if (Math.abs(k) <= 1) {
                features.add("c" + k + "=" + c.mid());
                features.add("c" + k + "=" + c.coarse());
            }
        }
        NerResources.Clusters c0 = clusters[index];
        if (c0 != null) {
            features.add("cs=" + c0.fine() + "|" + sh);
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
        if (res.isFirstName(tok)) {
            features.add("fn");
        }
        if (index > 0 && res.isFirstName(tokens[index - 1])) {
            features.add("fn-1|" + sh);
        }
        if (index > 0 && res.isTitle(tokens[index - 1])) {
            features.add("title-1|" + sh);
        }
        for (int k = 0; k <= 2 && index + k < n; k++) {
            if (res.isOrgWord(tokens[index + k])) {
                features.add("orgw" + k + "|" + sh);
            }
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
    }

    @Override
    public void clearAdaptiveData() {
        previousOutcome.clear();
    }

    private void prepare(String[] tokens) {
        if (tokens == cachedTokens) {
            return;
        }
        int n = tokens.length;
        lower = new String[n];
        shape = new String[n];
        clusters = new NerResources.Clusters[n];
        gazetteerTags = new String[n][res.gazetteers().size()];
        int letters = 0;
        int upperWords = 0;
        for (int i = 0; i < n; i++) {
            lower[i] = tokens[i].toLowerCase(Locale.ROOT);
            shape[i] = shape(tokens[i]);
            clusters[i] = res.clusters(tokens[i]);
            if (Character.isLetter(tokens[i].charAt(0))) {
                letters++;
                if (tokens[i].equals(tokens[i].toUpperCase(Locale.ROOT)) && tokens[i].length() > 1) {
                    upperWords++;
                }
            }
        }
        upperSentence = letters >= 2 && upperWords * 10 >= letters * 8;
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
        cachedTokens = tokens;
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
