package org.newsie.nlp.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
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
     * @param threads threads for the maxent trainer (the perceptron trainer is single-threaded)
     */
    public record Options(Algorithm algorithm, int iterations, int cutoff, int threads) {
        public Options {
            Objects.requireNonNull(algorithm, "algorithm");
            if (iterations < 1 || cutoff < 0 || threads < 1) {
                throw new IllegalArgumentException("iterations >= 1, cutoff >= 0, threads >= 1");
            }
        }

        /** The options the shipped model is trained with. */
        public static Options defaults() {
            return new Options(Algorithm.PERCEPTRON, 100, 1, 2);
        }
    }

    private NerTrainer() {
    }

    /** Reads the files (in the given order) and trains a model; progress messages go to {@code progress}. */
    public static TokenNameFinderModel train(List<Path> data, Options opts, Consumer<String> progress) throws IOException {
        List<NameSample> samples = NameSamples.read(data);
        progress.accept(String.format(Locale.ROOT, "read %d sentences from %d file(s)", samples.size(), data.size()));
        return trainSamples(samples, opts, progress);
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
            TokenNameFinderModel model = NameFinderME.train("en", null, new CollectionObjectStream<>(samples), params,
                    new NewsieNameFinderFactory());
            progress.accept(String.format(Locale.ROOT, "trained in %d s", (System.nanoTime() - t0) / 1_000_000_000L));
            return model;
        } finally {
            ticker.shutdownNow();
        }
    }
}
