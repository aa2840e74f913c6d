package org.newsie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import opennlp.tools.namefind.TokenNameFinderModel;

import org.newsie.nlp.ner.NerEvaluator;
import org.newsie.nlp.ner.NerReport;
import org.newsie.nlp.ner.NerTrainer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsie train ner}: trains a name-finder model from OpenNLP name-sample files. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Train the name finder from OpenNLP name-sample files (<START:person> Jane Doe <END>; "
                + "an empty line separates documents).",
                "Progress goes to stderr; with --dev the dev-set scores are printed at the end."},
        footer = {"Exit codes: 0 trained, 1 a data file is unreadable, 2 usage error."})
final class TrainNerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "FILE", description = "Training files, read in the order given.")
    List<Path> data;

    @Option(names = "--dev", paramLabel = "FILE", description = "Development file scored after training.")
    Path dev;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path out;

    @Option(names = "--algorithm", defaultValue = "perceptron", paramLabel = "ALG",
            description = "perceptron, maxent or perceptron-sequence (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--iterations", defaultValue = "100", paramLabel = "N", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "1", paramLabel = "N", description = "Feature count cutoff (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
            description = "Threads: maxent's, or how many of the --average perceptrons train at once (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--average", defaultValue = "1", paramLabel = "N",
            description = "Train N perceptrons, each on its own order of the documents (the given order, then seeded "
                    + "shuffles), and average their weights into one model (default: ${DEFAULT-VALUE}; the shipped model: 4).")
    int average;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        NerTrainer.Algorithm alg;
        try {
            alg = NerTrainer.Algorithm.valueOf(algorithm.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            err.println("newsie: train ner: unknown algorithm '" + algorithm + "' (perceptron, maxent or perceptron-sequence)");
            return ExitCodes.USAGE;
        }
        if (iterations < 1 || cutoff < 0 || threads < 1 || average < 1) {
            err.println("newsie: train ner: --iterations, --threads and --average must be >= 1, --cutoff >= 0");
            return ExitCodes.USAGE;
        }
        if (average > 1 && alg != NerTrainer.Algorithm.PERCEPTRON) {
            err.println("newsie: train ner: --average needs --algorithm perceptron");
            return ExitCodes.USAGE;
        }
        for (Path p : dev == null ? data : concat(data, dev)) {
            if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                err.println("newsie: " + p + ": cannot read the data file");
                return ExitCodes.INPUT_FAILED;
            }
        }
        try {
            TokenNameFinderModel model = NerTrainer.train(data, new NerTrainer.Options(alg, iterations, cutoff, threads, average),
                    msg -> {
                        err.println("newsie: train ner: " + msg);
                        err.flush();
                    });
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            model.serialize(out);
            err.println("newsie: train ner: wrote " + out + " (" + Files.size(out) + " bytes)");
            if (dev != null) {
                NerReport report = NerEvaluator.evaluate(model, List.of(dev));
                stdout.println("dev " + dev + ":");
                stdout.print(report.toText());
                stdout.flush();
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("newsie: train ner: " + e.getMessage());
            return ExitCodes.INPUT_FAILED;
        }
    }

    private static List<Path> concat(List<Path> a, Path b) {
        java.util.ArrayList<Path> all = new java.util.ArrayList<>(a);
        all.add(b);
        return all;
    }
}
