package org.newsie.nlp.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import opennlp.tools.ml.EventModelSequenceTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderEventStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleSequenceStream;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

/** Trains newsie's name-finder model from OpenNLP name-sample files. Deterministic for the same data and options. */
public final class NerTrainer {
    /** Training algorithm. */
    public enum Algorithm {
        /** Averaged perceptron over independent token decisions (OpenNLP {@code PERCEPTRON}). */
        PERCEPTRON,
        /** Maximum entropy, GIS (OpenNLP {@code MAXENT}); multi-threaded. */
        MAXENT,
        /** Collins' structured perceptron over whole sentences (OpenNLP {@code PERCEPTRON_SEQUENCE}); slower. */
        PERCEPTRON_SEQUENCE
    }

    /**
     * Training options.
     *
     * @param threads  threads: the maxent trainer's, or how many of the {@code average} perceptrons are
     *                 trained at once (one perceptron is trained by one thread)
     * @param average  how many perceptrons to train, each on its own order of the documents, and average
     *                 into the one model (1: the given order only)
     */
    public record Options(Algorithm algorithm, int iterations, int cutoff, int threads, int average) {
        public Options {
            Objects.requireNonNull(algorithm, "algorithm");
            if (iterations < 1 || cutoff < 0 || threads < 1 || average < 1) {
                throw new IllegalArgumentException("iterations >= 1, cutoff >= 0, threads >= 1, average >= 1");
            }
            if (average > 1 && algorithm != Algorithm.PERCEPTRON) {
                throw new IllegalArgumentException("only perceptron models can be averaged");
            }
        }

        /** The options the shipped model is trained with. */
        public static Options defaults() {
            return new Options(Algorithm.PERCEPTRON, 100, 1, 2, 4);
        }
    }

    private NerTrainer() {
    }

    /** Reads the files (in the given order) and trains a model; progress messages go to {@code progress}. */
    public static TokenNameFinderModel train(List<Path> data, Options opts, Consumer<String> progress) throws IOException {
        List<NameSample> samples = NameSamples.read(data);
        progress.accept(String.format(Locale.ROOT, "read %d sentences from %d file(s)", samples.size(), data.size()));
        if (opts.average() == 1) {
            return trainSamples(samples, opts, progress);
        }
        return trainAveraged(samples, opts, progress);
    }

    /**
     * Trains {@code average} perceptrons, the first on the documents in the given order, the k-th on them in
     * the order of a shuffle seeded with k, {@code threads} at a time, and averages their weights. One
     * perceptron's result depends much on the order it sees the data in (a feature change or another order
     * moves the development scores by up to a point); the average of several is steadier and better than
     * its members (see models/README.md). Deterministic: fixed seeds, and the average is summed in member
     * order.
     */
    static TokenNameFinderModel trainAveraged(List<NameSample> samples, Options opts, Consumer<String> progress)
            throws IOException {
        Options one = new Options(opts.algorithm(), opts.iterations(), opts.cutoff(), 1, 1);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(opts.threads(), opts.average()), r -> {
            Thread t = new Thread(r, "ner-train");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<TokenNameFinderModel>> members = new ArrayList<>();
            for (int k = 0; k < opts.average(); k++) {
                int member = k;
                List<NameSample> order = k == 0 ? samples : shuffleDocuments(samples, k);
                members.add(pool.submit(() -> trainSamples(order, one,
                        msg -> progress.accept(String.format(Locale.ROOT, "[%d/%d] %s", member + 1, opts.average(), msg)))));
            }
            List<TokenNameFinderModel> models = new ArrayList<>();
            for (Future<TokenNameFinderModel> f : members) {
                models.add(f.get());
            }
            progress.accept(String.format(Locale.ROOT, "averaging %d models", models.size()));
            return PerceptronAverage.of(models);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("training interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The samples with their documents (a document: from a sample that clears the adaptive data to the next) in a seeded random order. */
    static List<NameSample> shuffleDocuments(List<NameSample> samples, long seed) {
        List<List<NameSample>> docs = NameSamples.documents(samples);
        Collections.shuffle(docs, new Random(seed));
        List<NameSample> out = new ArrayList<>(samples.size());
        for (List<NameSample> doc : docs) {
            NameSample first = doc.get(0); // whichever document comes first, each still starts a document
            out.add(first.isClearAdaptiveDataSet() ? first : new NameSample(first.getSentence(), first.getNames(), true));
            out.addAll(doc.subList(1, doc.size()));
        }
        return out;
    }

    /** Trains a model on samples already read. */
    public static TokenNameFinderModel trainSamples(List<NameSample> samples, Options opts, Consumer<String> progress)
            throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, opts.algorithm().name());
        if (opts.algorithm() != Algorithm.PERCEPTRON_SEQUENCE) {
            params.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
        }
        params.put(TrainingParameters.ITERATIONS_PARAM, opts.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, opts.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, opts.threads());
        progress.accept(String.format(Locale.ROOT, "training %s, %d iterations, cutoff %d ...",
                opts.algorithm().name().toLowerCase(Locale.ROOT), opts.iterations(), opts.cutoff()));
        long t0 = System.nanoTime();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ner-train-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> progress.accept(String.format(Locale.ROOT, "still training (%d s)",
                (System.nanoTime() - t0) / 1_000_000_000L)), 60, 60, TimeUnit.SECONDS);
        try {
            TokenNameFinderModel model = trainDocuments(samples, params);
            progress.accept(String.format(Locale.ROOT, "trained in %d s", (System.nanoTime() - t0) / 1_000_000_000L));
            return model;
        } finally {
            ticker.shutdownNow();
        }
    }

    /**
     * What {@code NameFinderME.train} does, with one step more: the feature generator gets each document
     * whole ({@link NerFeatureGenerator#setDocument}, for {@link DocumentContext}) before its first sentence.
     */
    private static TokenNameFinderModel trainDocuments(List<NameSample> samples, TrainingParameters params) throws IOException {
        NewsieNameFinderFactory factory = new NewsieNameFinderFactory();
        NewsieNameFinderFactory.ContextGenerator context = (NewsieNameFinderFactory.ContextGenerator) factory.createContextGenerator();
        ObjectStream<NameSample> documents = new Documents(samples, context.features());
        Map<String, String> manifest = new HashMap<>();
        MaxentModel model;
        if (TrainerFactory.getTrainerType(params) == TrainerFactory.TrainerType.EVENT_MODEL_TRAINER) {
            model = TrainerFactory.getEventTrainer(params, manifest)
                    .train(new NameFinderEventStream(documents, null, context, new BioCodec()));
        } else {
            EventModelSequenceTrainer<NameSample> trainer = TrainerFactory.getEventModelSequenceTrainer(params, manifest);
            model = trainer.train(new NameSampleSequenceStream(documents, context));
        }
        return new TokenNameFinderModel("en", model, NameFinderME.DEFAULT_BEAM_SIZE, null, Map.of(), manifest,
                new BioCodec(), factory);
    }

    /**
     * The samples, document by document, read again on every reset; at each document's first sentence it
     * clears the generator's adaptive data and hands it the whole document, and passes the sample on
     * without the clearing flag (OpenNLP would clear the document again after this).
     */
    private static final class Documents implements ObjectStream<NameSample> {
        private final List<List<NameSample>> docs;
        private final NerFeatureGenerator generator;
        private int doc;
        private int next; // in docs.get(doc)

        Documents(List<NameSample> samples, NerFeatureGenerator generator) {
            this.docs = NameSamples.documents(samples);
            this.generator = generator;
        }

        @Override
        public NameSample read() {
            if (doc < docs.size() && next == docs.get(doc).size()) {
                doc++;
                next = 0;
            }
            if (doc >= docs.size()) {
                return null;
            }
            List<NameSample> d = docs.get(doc);
            NameSample s = d.get(next++);
            if (next == 1) {
                generator.clearAdaptiveData();
                generator.setDocument(d.stream().map(NameSample::getSentence).toList());
                s = new NameSample(s.getSentence(), s.getNames(), false);
            }
            return s;
        }

        @Override
        public void reset() {
            doc = 0;
            next = 0;
        }
    }
}
