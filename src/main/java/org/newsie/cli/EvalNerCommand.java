package org.newsie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import opennlp.tools.namefind.TokenNameFinderModel;

import org.newsie.nlp.NlpModels;
import org.newsie.nlp.ner.NerEvaluator;
import org.newsie.nlp.ner.NerModel;
import org.newsie.nlp.ner.NerReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsie eval ner}: scores a name-finder model on OpenNLP name-sample files. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Score the name finder on OpenNLP name-sample files: precision, recall and F1 per type, "
                + "exact span match, with newsie's mention rules applied as in analysis."},
        footer = {"Exit codes: 0 scored, 1 a data file is unreadable (the others are still scored), "
                + "2 usage error, 3 model missing or unreadable."})
final class EvalNerCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "FILE", description = "Annotated files.")
    List<Path> data;

    @Option(names = "--model", paramLabel = "FILE", description = "Model file (default: the shipped model).")
    Path model;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--no-rules", description = "Score the statistical model alone, without newsie's mention rules.")
    boolean noRules;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        TokenNameFinderModel m;
        try {
            m = model == null ? NerModel.loadDefault() : NerModel.load(model);
        } catch (NlpModels.ModelException e) {
            err.println("newsie: " + e.getMessage());
            return ExitCodes.MODEL;
        }
        int exit = ExitCodes.OK;
        List<Path> readable = new ArrayList<>();
        for (Path p : data) {
            if (Files.isRegularFile(p) && Files.isReadable(p)) {
                readable.add(p);
            } else {
                err.println("newsie: " + p + ": cannot read the data file");
                exit = ExitCodes.INPUT_FAILED;
            }
        }
        if (readable.isEmpty()) {
            return exit;
        }
        NerReport report;
        try {
            report = NerEvaluator.evaluate(m, readable, !noRules);
        } catch (IOException e) {
            err.println("newsie: eval ner: " + e.getMessage());
            return ExitCodes.INPUT_FAILED;
        }
        if (format == Format.json) {
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(json(readable, report)));
            } catch (IOException e) {
                err.println("newsie: eval ner: " + e.getMessage());
                return ExitCodes.INPUT_FAILED;
            }
        } else {
            out.println("data: " + String.join(" ", readable.stream().map(Path::toString).toList()));
            out.print(report.toText());
        }
        out.flush();
        return exit;
    }

    private Map<String, Object> json(List<Path> files, NerReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("data", files.stream().map(Path::toString).toList());
        root.put("rules", !noRules);
        root.put("sentences", report.sentences());
        root.put("overall", counts(report.overall()));
        Map<String, Object> types = new LinkedHashMap<>();
        report.byType().forEach((t, c) -> types.put(t, counts(c)));
        root.put("types", types);
        return root;
    }

    private static Map<String, Object> counts(NerReport.Counts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(c.precision()));
        m.put("recall", round(c.recall()));
        m.put("f1", round(c.f1()));
        m.put("truePositives", c.truePositives());
        m.put("predicted", c.predicted());
        m.put("gold", c.gold());
        return m;
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
