package org.newsie.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The average of several perceptron name-finder models of newsie's factory: every feature's weight for
 * every outcome is the mean of its weights in the models (0 where a model lacks the feature). A perceptron
 * scores a token by summing the weights of its features, so the averaged model scores a token by the mean
 * of the models' scores: one model, decoded as fast as any of them. Features whose mean weights are all
 * tiny ({@link #MIN_WEIGHT_SHARE}) are left out.
 *
 * <p>The means are rounded to a multiple of a power of two (exact in a double), the finest that leaves at
 * most {@link #MAX_VALUES} distinct weights: a single perceptron's weights take few distinct values (2,613
 * in 637,000 parameters), which {@link PerceptronWeights} stores as 2-byte indexes, while the means of
 * several take hundreds of thousands. The rounding moves a token's score by far less than the weights that
 * decide it (see models/README.md for its measured effect).
 */
final class PerceptronAverage {
    /** Manifest entry: how many models were averaged. */
    static final String MANIFEST_MEMBERS = "newsie-averaged-models";

    /**
     * A feature whose mean weights are all below this share of the largest weight is left out of the model:
     * the mean of several perceptrons holds every feature any of them has, and most of those weigh next
     * to nothing (half of the averaged model's features below 1.5% of the largest weight). Left out, they
     * change the development scores by a name or two (models/README.md), and the model to load is half
     * the size.
     */
    static final double MIN_WEIGHT_SHARE = 1.0 / 64;

    /** At most this many distinct weights after rounding (a 2-byte index, with room to spare). */
    static final int MAX_VALUES = 60_000;

    private PerceptronAverage() {
    }

    /** The power of two q with {@code 2 * maxAbs / q <= MAX_VALUES}: weights in [-maxAbs, maxAbs] rounded to multiples of q take at most MAX_VALUES + 1 values. */
    static double quantum(double maxAbs) {
        double q = Math.scalb(1.0, -30);
        while (2 * maxAbs / q > MAX_VALUES) {
            q *= 2;
        }
        return q;
    }

    /** The average of the models (the outcomes of the first in its order; features sorted by name, so the file is deterministic). */
    static TokenNameFinderModel of(List<TokenNameFinderModel> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no models to average");
        }
        List<Map<String, Context>> predicates = new ArrayList<>();
        List<int[]> outcomeIndex = new ArrayList<>(); // model's outcome -> the first model's
        String[] outcomes = null;
        for (TokenNameFinderModel m : models) {
            if (!(m.getArtifact("nameFinder.model") instanceof PerceptronModel pm)) {
                throw new IllegalArgumentException("not a perceptron model");
            }
            Object[] data = pm.getDataStructures();
            @SuppressWarnings("unchecked")
            Map<String, Context> pmap = (Map<String, Context>) data[1];
            String[] names = (String[]) data[2];
            if (outcomes == null) {
                outcomes = names;
            }
            List<String> first = Arrays.asList(outcomes);
            int[] index = new int[names.length];
            for (int o = 0; o < names.length; o++) {
                index[o] = first.indexOf(names[o]);
            }
            if (names.length != outcomes.length || Arrays.stream(index).anyMatch(i -> i < 0)) {
                throw new IllegalArgumentException("the models have different outcomes");
            }
            predicates.add(pmap);
            outcomeIndex.add(index);
        }
        TreeSet<String> labels = new TreeSet<>();
        for (Map<String, Context> p : predicates) {
            labels.addAll(p.keySet());
        }
        int k = outcomes.length;
        double maxAbs = 0;
        for (Map<String, Context> p : predicates) {
            for (Context c : p.values()) {
                for (double w : c.getParameters()) {
                    maxAbs = Math.max(maxAbs, Math.abs(w));
                }
            }
        }
        double q = quantum(maxAbs);
        double minWeight = maxAbs * MIN_WEIGHT_SHARE;
        List<String> kept = new ArrayList<>(labels.size());
        List<Context> params = new ArrayList<>(labels.size());
        double[] sum = new double[k];
        boolean[] present = new boolean[k];
        for (String label : labels) {
            Arrays.fill(sum, 0);
            Arrays.fill(present, false);
            for (int m = 0; m < predicates.size(); m++) {
                Context c = predicates.get(m).get(label);
                if (c == null) {
                    continue;
                }
                int[] index = outcomeIndex.get(m);
                for (int j = 0; j < c.getOutcomes().length; j++) {
                    int o = index[c.getOutcomes()[j]];
                    sum[o] += c.getParameters()[j];
                    present[o] = true;
                }
            }
            int n = 0;
            boolean strong = false;
            for (int o = 0; o < k; o++) {
                n += present[o] ? 1 : 0;
                strong |= Math.abs(sum[o] / models.size()) >= minWeight;
            }
            if (!strong) {
                continue;
            }
            int[] outs = new int[n];
            double[] weights = new double[n];
            for (int o = 0, j = 0; o < k; o++) {
                if (present[o]) {
                    outs[j] = o;
                    weights[j++] = Math.rint(sum[o] / models.size() / q) * q;
                }
            }
            kept.add(label);
            params.add(new Context(outs, weights));
        }
        PerceptronModel averaged = new PerceptronModel(params.toArray(new Context[0]), kept.toArray(new String[0]), outcomes);
        return new TokenNameFinderModel("en", averaged, NameFinderME.DEFAULT_BEAM_SIZE, null, Map.of(),
                new HashMap<>(Map.of(MANIFEST_MEMBERS, Integer.toString(models.size()))), new BioCodec(),
                new NewsieNameFinderFactory());
    }
}
