package org.newsie.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Finds names in the sentences of one document, with exactly the results of OpenNLP's
 * {@link NameFinderME} (same outcomes, same probabilities, bit for bit), only faster.
 *
 * <p>{@code NameFinderME}'s beam search asks for the context of every token once per hypothesis in
 * the beam, and the perceptron looks up every feature string again each time. newsie's features
 * ({@link NerFeatureGenerator}) do not depend on the previous outcomes, so this decoder computes a
 * token's features and their summed weights once; per hypothesis it only adds the weights of the
 * four previous-outcome features OpenNLP's {@code DefaultNameContextGenerator} appends ({@code po},
 * {@code pow}, {@code powf}, {@code ppo}). Sums are accumulated in the same order as OpenNLP's
 * {@code ArrayMath.sumFeatures} over the same feature list, so every double is the same; the beam
 * (a {@link PriorityQueue} with the same ordering, fed in the same order) and the normalization
 * mirror {@code BeamSearch} and {@code PerceptronModel} of OpenNLP 2.5.6. {@code NameDecoderTest}
 * compares the two on real text.
 *
 * <p>Made by {@link NameModel#newDecoder()}: the fast decoder for newsie's own models (a perceptron,
 * the BIO codec, {@link NewsieNameFinderFactory}); any other model is decoded by {@code NameFinderME}
 * itself. Not thread-safe: one per document or thread, like {@code NameFinderME}.
 */
public abstract class NameDecoder {
    /** OpenNLP's {@code BeamSearch} drops hypotheses scoring at or below this (its {@code zeroLog}). */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    NameDecoder() {
    }

    /** The names in one sentence (token forms); the sentence then joins the document's adaptive data. */
    public abstract Span[] find(String[] tokens);

    /** Starts a new document: forgets the adaptive data. */
    public abstract void clearAdaptiveData();

    /**
     * Gives the decoder the whole document (its sentences' token forms, for {@link DocumentContext}); call it
     * after {@link #clearAdaptiveData()}, before the document's first sentence.
     */
    public abstract void setDocument(List<String[]> sentences);

    /**
     * The names in every sentence of one document: clears the adaptive data, gives the decoder the document
     * and decodes its sentences in order.
     */
    public List<Span[]> findDocument(List<String[]> sentences) {
        clearAdaptiveData();
        setDocument(sentences);
        List<Span[]> found = new ArrayList<>(sentences.size());
        for (String[] tokens : sentences) {
            found.add(tokens.length == 0 ? new Span[0] : find(tokens));
        }
        return found;
    }

    /** OpenNLP's own decoder. */
    static final class Standard extends NameDecoder {
        private final Finder finder;

        Standard(TokenNameFinderModel model) {
            this.finder = new Finder(model);
        }

        /** {@code NameFinderME}, letting the document through to newsie's features where the model has them. */
        private static final class Finder extends NameFinderME {
            Finder(TokenNameFinderModel model) {
                super(model);
            }

            void setDocument(List<String[]> sentences) {
                if (contextGenerator instanceof NewsieNameFinderFactory.ContextGenerator c) {
                    c.features().setDocument(sentences);
                }
            }
        }

        @Override
        public void setDocument(List<String[]> sentences) {
            finder.setDocument(sentences);
        }

        @Override
        public Span[] find(String[] tokens) {
            return finder.find(tokens);
        }

        @Override
        public void clearAdaptiveData() {
            finder.clearAdaptiveData();
        }
    }

    /** {@code PerceptronModel}'s normalization of the sums {@code p[0, k)} into probabilities, in place. */
    static void normalize(double[] p, int k) {
        double max = 1;
        for (int o = 0; o < k; o++) {
            if (max < StrictMath.abs(p[o])) {
                max = StrictMath.abs(p[o]);
            }
        }
        double sum = 0;
        for (int o = 0; o < k; o++) {
            p[o] = StrictMath.exp(p[o] / max);
            sum += p[o];
        }
        for (int o = 0; o < k; o++) {
            p[o] /= sum;
        }
    }

    /** A hypothesis: a chain of outcomes back to the start of the sentence. */
    private static final class Node implements Comparable<Node> {
        final Node parent;
        final int outcome; // -1 on the root
        final double prob;
        final double score;
        final int size;

        Node() {
            this.parent = null;
            this.outcome = -1;
            this.prob = 0;
            this.score = 0;
            this.size = 0;
        }

        Node(Node parent, int outcome, double prob) {
            this.parent = parent;
            this.outcome = outcome;
            this.prob = prob;
            this.score = parent.score + StrictMath.log(prob); // as opennlp.tools.util.Sequence
            this.size = parent.size + 1;
        }

        @Override
        public int compareTo(Node o) { // as opennlp.tools.util.Sequence: higher score first
            return Double.compare(o.score, score);
        }
    }

    /** The fast decoder for newsie's perceptron models. */
    static final class Fast extends NameDecoder {
        private static final int CACHE_BITS = 13;
        private static final int CACHE_SIZE = 1 << CACHE_BITS;

        private final PerceptronWeights w;
        private final int beamSize;
        private final int other;
        private final NerFeatureGenerator features;
        // valid[p + 1][o]: whether outcome o may follow outcome p (p = -1: at the start), as the BIO
        // codec's validator says; it looks only at the last outcome of a sequence
        private final boolean[][] valid;
        // OpenNLP's previous-outcome features "po=" + outcome and "ppo=" + outcome, made once
        private final String[] poFeature;
        private final String[] ppoFeature;
        // the predicates of the features of every token of the sentence, one after the other (-2: not
        // known yet, looked up together at the end)
        private final Collector collector = new Collector();
        private int[] featureEnd = new int[64];      // token i's features end at featurePredicate index featureEnd[i]
        // token i's document-context features (DocumentContext.Entry), summed once per document, or null
        private DocumentContext.Entry[] context = new DocumentContext.Entry[64];
        private int token; // the token whose features the collector takes
        private int[] featurePredicate = new int[1024];
        private int featureCount;
        // the features missing from the caches, looked up together (PerceptronWeights.predicates): their
        // label, where they are in featurePredicate, and the form (or null) and its feature they belong to
        private String[] missLabel = new String[1024];
        private int[] missAt = new int[1024];
        private NerFeatureGenerator.Word[] missWord = new NerFeatureGenerator.Word[1024];
        private int[] missFeature = new int[1024];
        private int misses;
        private int[] missPredicate = new int[1024];
        private int[] missSlot = new int[1024];
        private long[] missEntry = new long[1024];
        // a direct-mapped cache of recent feature lookups: an article repeats many features ("s=Xx",
        // "t=lc", "w=the", suffixes, clusters), and the model's table is too big to stay in the CPU cache
        private final String[] cachedFeature = new String[CACHE_SIZE];
        private final long[] cachedEntry = new long[CACHE_SIZE]; // hash << 32 | predicate (32 bits)

        Fast(PerceptronWeights w, int beamSize, NerFeatureGenerator features) {
            this.w = w;
            this.beamSize = beamSize;
            this.other = Arrays.asList(w.outcomes()).indexOf(NameFinderME.OTHER);
            this.features = features;
            if (other < 0) {
                throw new IllegalArgumentException("the model has no outcome " + NameFinderME.OTHER);
            }
            SequenceValidator<String> validator = new BioCodec().createSequenceValidator();
            String[] names = w.outcomes();
            poFeature = new String[names.length];
            ppoFeature = new String[names.length];
            for (int o = 0; o < names.length; o++) {
                poFeature[o] = "po=" + names[o];
                ppoFeature[o] = "ppo=" + names[o];
            }
            valid = new boolean[names.length + 1][names.length];
            for (int p = -1; p < names.length; p++) {
                String[] before = p < 0 ? new String[0] : new String[] {names[p]};
                for (int o = 0; o < names.length; o++) {
                    valid[p + 1][o] = validator.validSequence(before.length, new String[before.length + 1], before, names[o]);
                }
            }
        }

        @Override
        public void setDocument(List<String[]> sentences) {
            features.setDocument(sentences);
        }

        @Override
        public void clearAdaptiveData() {
            features.clearAdaptiveData();
            // a document's lookups are forgotten with it: kept longer, replaced entries would pile up as
            // old garbage in a long batch
            Arrays.fill(cachedFeature, null);
        }

        private static int cacheSlot(int hash) {
            return (hash * 0x9e3779b9) >>> (32 - CACHE_BITS);
        }

        /** The cached predicate of a feature, or -2 when it is not in the cache. */
        private int cached(String feature, int h, int slot) {
            long e = cachedEntry[slot];
            // the hash first: the string is elsewhere in memory
            if ((int) (e >>> 32) == h) {
                String cached = cachedFeature[slot];
                if (cached == feature || cached != null && cached.equals(feature)) {
                    return (int) e;
                }
            }
            return -2;
        }

        private void add(String feature, double[] sums) {
            int h = feature.hashCode();
            int slot = cacheSlot(h);
            int p = cached(feature, h, slot);
            if (p == -2) {
                p = w.predicate(feature);
                cachedFeature[slot] = feature;
                cachedEntry[slot] = (long) h << 32 | (p & 0xffffffffL);
            }
            if (p >= 0) {
                w.add(p, sums);
            }
        }

        /**
         * Takes a token's features into featurePredicate: a form's feature from the form's handles, any other
         * from the cache of recent lookups; a feature found in neither is noted for {@link #lookUpMisses()}.
         */
        private final class Collector implements NerFeatureGenerator.FeatureSink {
            @Override
            public void add(String feature) {
                int h = feature.hashCode();
                note(feature, cached(feature, h, cacheSlot(h)), null, 0);
            }

            @Override
            public void add(NerFeatureGenerator.Word word, int feature) {
                note(word.features[feature], word.predicates[feature], word, feature);
            }

            @Override
            public void add(DocumentContext.Entry entry) {
                context[token] = entry;
            }
        }

        /**
         * The summed weights of a word's document-context features: made at its first occurrence in the
         * document, in feature order from zero, which is where a token's sum starts (they come first), so
         * every occurrence gets the same doubles as summing them there.
         */
        private double[] contextSums(DocumentContext.Entry e) {
            if (e.sums == null) {
                double[] sums = new double[w.outcomes().length];
                for (String f : e.features) {
                    add(f, sums);
                }
                e.sums = sums;
            }
            return e.sums;
        }

        private void note(String label, int p, NerFeatureGenerator.Word word, int feature) {
            if (featureCount == featurePredicate.length) {
                featurePredicate = Arrays.copyOf(featurePredicate, 2 * featureCount);
            }
            if (p == -2) {
                if (misses == missLabel.length) {
                    int cap = 2 * misses;
                    missLabel = Arrays.copyOf(missLabel, cap);
                    missAt = Arrays.copyOf(missAt, cap);
                    missWord = Arrays.copyOf(missWord, cap);
                    missFeature = Arrays.copyOf(missFeature, cap);
                    missPredicate = new int[cap];
                    missSlot = new int[cap];
                    missEntry = new long[cap];
                }
                missLabel[misses] = label;
                missAt[misses] = featureCount;
                missWord[misses] = word;
                missFeature[misses++] = feature;
            }
            featurePredicate[featureCount++] = p;
        }

        /** Looks up the noted misses together, into featurePredicate and the caches. */
        private void lookUpMisses() {
            w.predicates(missLabel, misses, missPredicate, missSlot, missEntry);
            for (int q = 0; q < misses; q++) {
                String f = missLabel[q];
                int p = missPredicate[q];
                featurePredicate[missAt[q]] = p;
                if (missWord[q] != null) {
                    missWord[q].predicates[missFeature[q]] = p;
                    missWord[q] = null;
                } else {
                    int h = f.hashCode();
                    int slot = cacheSlot(h);
                    cachedFeature[slot] = f;
                    cachedEntry[slot] = (long) h << 32 | (p & 0xffffffffL);
                }
                missLabel[q] = null;
            }
            misses = 0;
        }

        @Override
        public Span[] find(String[] tokens) {
            int n = tokens.length;
            int k = w.outcomes().length;
            // the summed weights of each token's own features (everything before the previous-outcome ones)
            featureCount = 0;
            if (featureEnd.length < n) {
                featureEnd = new int[Math.max(n, 2 * featureEnd.length)];
                context = new DocumentContext.Entry[featureEnd.length];
            }
            for (int i = 0; i < n; i++) {
                token = i;
                context[i] = null;
                features.createFeatures(collector, tokens, i);
                featureEnd[i] = featureCount;
            }
            lookUpMisses();
            double[][] base = new double[n][];
            for (int i = 0, j = 0; i < n; i++) {
                double[] sums = context[i] == null ? new double[k] : Arrays.copyOf(contextSums(context[i]), k);
                for (; j < featureEnd[i]; j++) {
                    int p = featurePredicate[j];
                    if (p >= 0) {
                        w.add(p, sums);
                    }
                }
                base[i] = sums;
            }
            // per token: the sums after the previous outcome's features (po, pow, powf) for each previous
            // outcome, then the probabilities for each (previous, second previous) pair; made on first use
            double[][][] afterPo = new double[n][][];
            double[][][] probs = new double[n][][];
            String[] classes = new String[n];

            PriorityQueue<Node> prev = new PriorityQueue<>(beamSize);
            PriorityQueue<Node> next = new PriorityQueue<>(beamSize);
            prev.add(new Node());
            for (int i = 0; i < n; i++) {
                int sz = Math.min(beamSize, prev.size());
                for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                    Node top = prev.remove();
                    int po = top.size > 0 ? top.outcome : other;
                    int ppo = top.size > 1 ? top.parent.outcome : other;
                    if (probs[i] == null) {
                        probs[i] = new double[k * k][];
                        afterPo[i] = new double[k][];
                    }
                    // the probabilities, then the lowest of the beam's size best (BeamSearch's threshold)
                    double[] scores = probs[i][po * k + ppo];
                    if (scores == null) {
                        double[] sums = afterPo[i][po];
                        if (sums == null) {
                            sums = Arrays.copyOf(base[i], k);
                            String pos = w.outcomes()[po];
                            add(poFeature[po], sums);
                            add("pow=" + pos + "," + tokens[i], sums);
                            if (classes[i] == null) {
                                classes[i] = FeatureGeneratorUtil.tokenFeature(tokens[i]);
                            }
                            add("powf=" + pos + "," + classes[i], sums);
                            afterPo[i][po] = sums;
                        }
                        scores = Arrays.copyOf(sums, k + 1);
                        add(ppoFeature[ppo], scores);
                        normalize(scores, k);
                        double[] sorted = Arrays.copyOf(scores, k);
                        Arrays.sort(sorted);
                        scores[k] = sorted[Math.max(0, k - beamSize)];
                        probs[i][po * k + ppo] = scores;
                    }
                    double min = scores[k];
                    boolean[] validNext = valid[top.outcome + 1];
                    for (int p = 0; p < k; p++) {
                        if (scores[p] >= min && validNext[p]) {
                            Node ns = new Node(top, p, scores[p]);
                            if (ns.score > MIN_SEQUENCE_SCORE) {
                                next.add(ns);
                            }
                        }
                    }
                    if (next.isEmpty()) { // no hypothesis advanced: advance every valid one
                        for (int p = 0; p < k; p++) {
                            if (validNext[p]) {
                                Node ns = new Node(top, p, scores[p]);
                                if (ns.score > MIN_SEQUENCE_SCORE) {
                                    next.add(ns);
                                }
                            }
                        }
                    }
                }
                prev.clear();
                PriorityQueue<Node> tmp = prev;
                prev = next;
                next = tmp;
            }
            Node best = prev.isEmpty() ? null : prev.remove();
            if (best == null) {
                throw new IllegalStateException("no name-finder outcome sequence for a sentence of " + n + " tokens");
            }
            String[] outs = new String[best.size];
            double[] outProbs = new double[best.size];
            for (Node node = best; node.size > 0; node = node.parent) {
                outs[node.size - 1] = w.outcomes()[node.outcome];
                outProbs[node.size - 1] = node.prob;
            }
            features.updateAdaptiveData(tokens, outs);
            Span[] spans = new BioCodec().decode(Arrays.asList(outs));
            // NameFinderME's span probabilities: the mean of the outcome probabilities it covers
            for (int s = 0; s < spans.length; s++) {
                double sum = 0;
                for (int t = spans[s].getStart(); t < spans[s].getEnd(); t++) {
                    sum += outProbs[t];
                }
                spans[s] = new Span(spans[s], sum / spans[s].length());
            }
            return spans;
        }
    }
}
