package org.newsie.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * newsie's name-finder features (in the spirit of ixa-pipe-nerc, Agerri and Rigau 2016): a token
 * window, token shapes, prefixes and suffixes, word clusters learned from unlabeled text, gazetteer
 * matches, title and organization-word hints, a document memory of the outcome each token got
 * earlier in the same document, and the words around the other occurrences of a capitalized word in the
 * whole document ({@link DocumentContext}, given by {@link #setDocument}).
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
    private final DocumentContext documentContext = new DocumentContext();

    // per-sentence cache, keyed by the identity of the token array
    private String[] cachedTokens;
    private String[] lower;
    private String[] shape;
    private NerResources.Clusters[] clusters;
    private Word[] words;
    // the token forms seen (a document repeats its words; a decoder may serve many documents), bounded;
    // forms beyond the bound get their strings made per sentence. 8,000 forms take about 20 MB per decoder
    // (strings and handles); 2,000 left most of a long batch's forms to be made again at every occurrence
    private static final int MAX_CACHED_WORDS = 8_000;
    private final Map<String, Word> wordCache = new HashMap<>();
    // gazetteerTags[i * gazetteers + g]: token i's tag in gazetteer g's matches, 0 (none), GAZ_B1, GAZ_B or GAZ_I
    private byte[] gazetteerTags;
    private static final int GAZ_B1 = 1; // a one-token match
    private static final int GAZ_B = 2;  // the first token of a longer one
    private static final int GAZ_I = 3;  // a later token
    // gazetteerFeature[k + 1][g][tag]: the feature of the token at offset k with that tag in gazetteer g
    private final String[][][] gazetteerFeature;
    private boolean upperSentence;
    private List<List<String>> runFeatures;
    private boolean weakCase;

    NerFeatureGenerator(NerResources res) {
        this.res = res;
        List<String> names = res.gazetteers();
        gazetteerFeature = new String[3][names.size()][];
        for (int k = -1; k <= 1; k++) {
            for (int g = 0; g < names.size(); g++) {
                String f = "g" + k + "=" + names.get(g);
                gazetteerFeature[k + 1][g] = new String[] {null, f + "-B1", f + "-B", f + "-I"};
            }
        }
    }

    /**
     * Receives a token's features in order: the strings made for this occurrence, and the features of
     * a token form by their index in {@link Word#features} (so that a decoder can keep the model's
     * handles of a form's features with the form, instead of looking its strings up again).
     */
    interface FeatureSink {
        void add(String feature);

        void add(Word word, int feature);

        /** The document-context features of the token ({@link DocumentContext}), all of them, in order. */
        void add(DocumentContext.Entry context);
    }

    /** The OpenNLP way: every feature as a string in a list. */
    private record ListSink(List<String> features) implements FeatureSink {
        @Override
        public void add(String feature) {
            features.add(feature);
        }

        @Override
        public void add(Word word, int feature) {
            features.add(word.features[feature]);
        }

        @Override
        public void add(DocumentContext.Entry context) {
            features.addAll(Arrays.asList(context.features));
        }
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        createFeatures(new ListSink(features), tokens, index);
    }

    /** The features of token {@code index}, in the order of {@link #createFeatures(List, String[], int, String[])}. */
    void createFeatures(FeatureSink out, String[] tokens, int index) {
        prepare(tokens);
        int n = tokens.length;
        String tok = tokens[index];
        String lw = lower[index];
        String sh = shape[index];
        Word word = words[index];

        // first, so that a decoder can sum them once per document (DocumentContext.Entry)
        DocumentContext.Entry context = documentContext.entry(tok, lw);
        if (context != null) {
            out.add(context);
        }
        out.add(word, Word.W);
        out.add(word, Word.WC);
        out.add(word, Word.S);
        out.add(word, Word.T);
        out.add(word, Word.WS);
        for (int k = -WINDOW; k <= WINDOW; k++) {
            if (k == 0) {
                continue;
            }
            int j = index + k;
            if (j < 0) {
                out.add(W_START[k + WINDOW]);
                out.add(S_START[k + WINDOW]);
            } else if (j >= n) {
                out.add(W_END[k + WINDOW]);
                out.add(S_END[k + WINDOW]);
            } else {
                out.add(words[j], Word.WK + k + WINDOW);
                out.add(words[j], Word.SK + k + WINDOW);
            }
        }
        String wPrev = index > 0 ? lower[index - 1] : "<s>";
        String wNext = index + 1 < n ? lower[index + 1] : "</s>";
        String sPrev = index > 0 ? shape[index - 1] : "<s>";
        String sNext = index + 1 < n ? shape[index + 1] : "</s>";
        out.add("wb-1=" + wPrev + "|" + lw);
        out.add("wb+1=" + lw + "|" + wNext);
        out.add("sb-1=" + sPrev + "|" + sh);
        out.add("sb+1=" + sh + "|" + sNext);
        out.add("st=" + sPrev + "|" + sh + "|" + sNext);

        for (int f = Word.AFFIXES; f < word.affixEnd; f++) {
            out.add(word, f);
        }
        if (index == 0) {
            out.add(word, Word.BOS);
        }
        if (upperSentence) {
            out.add(word, Word.CAPS_SENT);
        }

        // word clusters
        for (int k = -WINDOW; k <= WINDOW; k++) {
            int j = index + k;
            if (j < 0 || j >= n) {
                continue;
            }
            Word wj = words[j];
            for (int f = wj.clusterFrom[k + WINDOW]; f < wj.clusterFrom[k + WINDOW + 1]; f++) {
                out.add(wj, f);
            }
        }
        NerResources.Clusters c0 = clusters[index];
        if (c0 != null) {
            out.add(word, Word.CS);
            if (index > 0 && clusters[index - 1] != null) {
                out.add("cb-1=" + clusters[index - 1].mid() + "|" + c0.mid());
            }
        }

        // gazetteers
        int gaz = gazetteerFeature[0].length;
        for (int k = -1; k <= 1; k++) {
            int j = index + k;
            if (j < 0 || j >= n) {
                continue;
            }
            for (int g = 0; g < gaz; g++) {
                int tag = gazetteerTags[j * gaz + g];
                if (tag != 0) {
                    out.add(gazetteerFeature[k + 1][g][tag]);
                }
            }
        }
        if (word.firstName) {
            out.add("fn");
        }
        if (index > 0 && words[index - 1].firstName) {
            out.add(word, Word.FN_PREV);
        }
        if (index > 0 && words[index - 1].title) {
            out.add(word, Word.TITLE_PREV);
        }
        for (int k = 0; k <= 2 && index + k < n; k++) {
            if (words[index + k].orgWord) {
                out.add(word, Word.ORGW + k);
            }
        }

        for (String f : runFeatures.get(index)) {
            out.add(f);
        }
        String dcase = documentCase.feature(tokens, index, weakCase);
        if (dcase != null) {
            out.add(dcase);
        }

        // document memory
        String pd = previousOutcome.get(tok);
        if (pd != null) {
            out.add("pd=" + pd);
            out.add("pdt=" + type(pd));
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

    /**
     * Takes the whole document (its sentences' token forms) for {@link DocumentContext}; call it after
     * {@link #clearAdaptiveData()}, before the document's first sentence.
     */
    void setDocument(List<String[]> sentences) {
        documentContext.set(sentences);
    }

    @Override
    public void clearAdaptiveData() {
        previousOutcome.clear();
        documentCase.clear();
        documentContext.clear();
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
        gazetteerTags = new byte[n * gazetteerFeature[0].length];
        for (int i = 0; i < n; i++) {
            Word w = word(tokens[i]);
            words[i] = w;
            lower[i] = w.lower;
            shape[i] = w.shape;
            clusters[i] = w.clusters;
        }
        upperSentence = MentionRules.isAllCaps(tokens, 2);
        // every gazetteer's longest entry at each capitalized token whose last token is capitalized, all
        // gazetteers in one pass; then each gazetteer's matches, left to right, without overlaps
        int gaz = gazetteerFeature[0].length;
        int[] longest = new int[n * gaz];
        for (int i = 0; i < n; i++) {
            if (!Character.isUpperCase(tokens[i].charAt(0))) {
                continue;
            }
            int bits = words[i].gazetteers;
            StringBuilder key = null;
            for (int l = 1; ; l++) {
                if (Character.isUpperCase(tokens[i + l - 1].charAt(0))) {
                    for (int g = 0; g < gaz; g++) {
                        if ((bits & 1 << g) != 0) {
                            longest[i * gaz + g] = l;
                        }
                    }
                }
                if ((bits & NerResources.LONGER) == 0 || i + l >= n) {
                    break;
                }
                if (key == null) {
                    key = new StringBuilder(lower[i]);
                }
                key.append(' ').append(lower[i + l]);
                bits = res.gazetteerKey(key.toString());
            }
        }
        for (int g = 0; g < gaz; g++) {
            int i = 0;
            while (i < n) {
                int matched = longest[i * gaz + g];
                if (matched > 0) {
                    for (int l = 0; l < matched; l++) {
                        gazetteerTags[(i + l) * gaz + g] = (byte) (l > 0 ? GAZ_I : matched == 1 ? GAZ_B1 : GAZ_B);
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
    static final class Word {
        // where each feature is in features
        static final int W = 0;
        static final int WC = 1;
        static final int S = 2;
        static final int T = 3;
        static final int WS = 4;
        static final int WK = 5;                    // as the neighbour at offset k: "w" + k + "=" + lower, at WK + k + WINDOW
        static final int SK = WK + 2 * WINDOW + 1;  // "s" + k + "=" + shape
        static final int BOS = SK + 2 * WINDOW + 1;
        static final int CAPS_SENT = BOS + 1;
        static final int CS = CAPS_SENT + 1;        // null without clusters
        static final int FN_PREV = CS + 1;
        static final int TITLE_PREV = FN_PREV + 1;
        static final int ORGW = TITLE_PREV + 1;     // 3: "orgw" + k + "|" + shape
        static final int AFFIXES = ORGW + 3;        // up to affixEnd, then the cluster features

        final String lower;
        final String shape;
        final NerResources.Clusters clusters;
        final boolean firstName;
        final boolean title;
        final boolean orgWord;
        final int gazetteers; // NerResources.gazetteerKey of the lower-cased form
        final String[] features;
        final int affixEnd;
        // the cluster features as the neighbour at offset k: features[clusterFrom[k + WINDOW], clusterFrom[k + WINDOW + 1])
        final int[] clusterFrom = new int[2 * WINDOW + 2];
        /**
         * The model's handles of the features (-1: unknown to the model), filled in by the {@link NameDecoder}
         * that owns this generator (one generator per decoder, so one model); -2 until then.
         */
        final int[] predicates;

        Word(String tok, NerResources res) {
            lower = tok.toLowerCase(Locale.ROOT);
            shape = shape(tok);
            clusters = res.clusters(tok);
            firstName = res.isFirstName(tok);
            title = res.isTitle(tok);
            orgWord = res.isOrgWord(tok);
            gazetteers = res.gazetteerKey(lower);
            String lw = lower;
            String sh = shape;
            List<String> f = new ArrayList<>(AFFIXES + 8 + 9);
            f.add("w=" + lw);
            f.add("wc=" + tok);
            f.add("s=" + sh);
            f.add("t=" + FeatureGeneratorUtil.tokenFeature(tok));
            f.add("ws=" + lw + "|" + sh);
            for (int k = -WINDOW; k <= WINDOW; k++) {
                f.add("w" + k + "=" + lw);
            }
            for (int k = -WINDOW; k <= WINDOW; k++) {
                f.add("s" + k + "=" + sh);
            }
            f.add("bos|" + sh);
            f.add("caps-sent|" + sh);
            f.add(clusters == null ? null : "cs=" + clusters.fine() + "|" + sh);
            f.add("fn-1|" + sh);
            f.add("title-1|" + sh);
            for (int k = 0; k <= 2; k++) {
                f.add("orgw" + k + "|" + sh);
            }
            int len = lw.length();
            for (int l = 1; l <= 4 && l < len; l++) {
                f.add("pre=" + lw.substring(0, l));
                f.add("suf=" + lw.substring(len - l));
            }
            affixEnd = f.size();
            for (int k = -WINDOW; k <= WINDOW; k++) {
                clusterFrom[k + WINDOW] = f.size();
                NerResources.Clusters c = clusters;
                if (c == null) {
                    f.add("c" + k + "=none");
                } else {
                    f.add("c" + k + "=" + c.fine());
                    if (Math.abs(k) <= 1) {
                        f.add("c" + k + "=" + c.mid());
                        f.add("c" + k + "=" + c.coarse());
                    }
                }
            }
            clusterFrom[2 * WINDOW + 1] = f.size();
            features = f.toArray(new String[0]);
            predicates = new int[features.length];
            Arrays.fill(predicates, -2);
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
