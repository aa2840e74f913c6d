package org.newsie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.newsie.analysis.ArticleAnalyzer;
import org.newsie.model.Article;
import org.newsie.model.Layout;
import org.newsie.model.Quote;
import org.newsie.model.Sentence;
import org.newsie.nlp.NlpModels;
import org.newsie.nlp.SentenceTokenizer;
import org.newsie.quote.QuoteStage;
import org.newsie.quote.eval.GoldArticle;
import org.newsie.quote.eval.QuoteEvaluator;
import org.newsie.text.LayoutAnalyzer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsie eval quotes --gold FILE.jsonl [--format text|json]}: scores quote finding and attribution. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Evaluate quote finding and speaker attribution against gold JSONL "
                + "(one article per line: text, quotes with start/end, kind, speaker …).",
                "Quote P/R/F1 (overlap of at least half the shorter span; gold 'unattributed' segments ignored), "
                        + "speaker accuracy on matched quotes (head-word match; pronouns only where resolved), "
                        + "end-to-end P/R/F1, broken down by kind, speaker type and attribution rule.",
                "By default each gold text goes through the full analyzer, as in 'newsie analyze'."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:evaluated", "1:the gold file could not be read", "2:usage error",
                "3:models missing or unreadable"})
final class EvalQuotesCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl", description = "Gold quotes, one article per line.")
    Path gold;

    @Option(names = "--no-entities", description = "Ablation: layout, sentences and quotes only, without the name "
            + "finder and the entity grouper (by default the full analyzer runs, as in 'newsie analyze').")
    boolean noEntities;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(gold)) {
            err.println("newsie: " + gold + ": no such file");
            return ExitCodes.INPUT_FAILED;
        }
        List<GoldArticle> articles;
        try {
            articles = GoldArticle.read(gold);
        } catch (IOException | RuntimeException e) {
            err.println("newsie: " + gold + ": " + e.getMessage());
            return ExitCodes.INPUT_FAILED;
        }
        Function<String, List<Quote>> pipeline;
        try {
            pipeline = noEntities ? withoutEntities() : withAnalyzer(ArticleAnalyzer.withDefaultModels());
        } catch (NlpModels.ModelException e) {
            err.println("newsie: " + e.getMessage());
            return ExitCodes.MODEL;
        }
        QuoteEvaluator.Report r = new QuoteEvaluator(pipeline).evaluate(articles);
        if (format == Format.json) {
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(r)));
            } catch (IOException e) {
                err.println("newsie: " + e.getMessage());
                return ExitCodes.INPUT_FAILED;
            }
        } else {
            text(r, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The product: {@link ArticleAnalyzer} (layout, sentences, names, entities, quotes) on each gold text. */
    static Function<String, List<Quote>> withAnalyzer(ArticleAnalyzer analyzer) {
        return text -> analyzer.analyze(new Article("gold", text)).quotes();
    }

    /** The same layout and sentences, quotes without entities (the name finder and grouper left out). */
    private static Function<String, List<Quote>> withoutEntities() {
        NlpModels models = NlpModels.load();
        LayoutAnalyzer layoutAnalyzer = new LayoutAnalyzer();
        QuoteStage stage = new QuoteStage();
        return text -> {
            Layout layout = layoutAnalyzer.analyze(text);
            List<Sentence> sentences = new SentenceTokenizer(models).split(text, layout.paragraphs()).stream()
                    .filter(s -> layout.paragraphs().get(s.paragraph()).role().analyzed()).toList();
            return stage.find(text, layout.paragraphs(), sentences, List.of()).quotes();
        };
    }

    private static Map<String, Object> json(QuoteEvaluator.Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", r.articles());
        m.put("goldAttributed", r.goldAttributed());
        m.put("goldUnattributed", r.goldUnattributed());
        m.put("predicted", r.predicted());
        m.put("truePositives", r.truePositives());
        m.put("falsePositives", r.falsePositives());
        m.put("ignored", r.ignored());
        m.put("precision", round(r.precision()));
        m.put("recall", round(r.recall()));
        m.put("f1", round(r.f1()));
        m.put("speakerScorable", r.scorable());
        m.put("speakerRight", r.speakerRight());
        m.put("speakerAccuracy", round(r.speakerAccuracy()));
        m.put("endToEndPrecision", round(r.e2ePrecision()));
        m.put("endToEndRecall", round(r.e2eRecall()));
        m.put("endToEndF1", round(r.e2eF1()));
        m.put("byKind", slices(r.byKind()));
        m.put("bySpeakerType", slices(r.bySpeakerType()));
        m.put("byRule", slices(r.byRule()));
        return m;
    }

    private static Map<String, Object> slices(Map<String, QuoteEvaluator.Counts> in) {
        Map<String, Object> out = new LinkedHashMap<>();
        in.forEach((k, c) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gold", c.gold());
            m.put("matched", c.matched());
            m.put("recall", round(c.recall()));
            m.put("speakerScorable", c.scorable());
            m.put("speakerRight", c.speakerRight());
            m.put("speakerAccuracy", round(c.speakerAccuracy()));
            out.put(k, m);
        });
        return out;
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }

    private static void text(QuoteEvaluator.Report r, PrintWriter out) {
        out.printf(Locale.ROOT, "articles %d, gold attributed segments %d (unattributed %d, ignored), predicted %d%n",
                r.articles(), r.goldAttributed(), r.goldUnattributed(), r.predicted());
        out.printf(Locale.ROOT, "quotes       P %.4f  R %.4f  F1 %.4f   (tp %d, fp %d, ignored %d)%n", r.precision(),
                r.recall(), r.f1(), r.truePositives(), r.falsePositives(), r.ignored());
        out.printf(Locale.ROOT, "speaker      accuracy %.4f   (%d of %d scorable matched quotes)%n",
                r.speakerAccuracy(), r.speakerRight(), r.scorable());
        out.printf(Locale.ROOT, "end-to-end   P %.4f  R %.4f  F1 %.4f%n", r.e2ePrecision(), r.e2eRecall(), r.e2eF1());
        table("by gold kind", r.byKind(), out, true);
        table("by gold speaker type", r.bySpeakerType(), out, true);
        table("by attribution rule (scorable matched quotes)", r.byRule(), out, false);
    }

    private static void table(String title, Map<String, QuoteEvaluator.Counts> m, PrintWriter out, boolean recall) {
        out.println(title + ":");
        m.forEach((k, c) -> {
            if (recall) {
                out.printf(Locale.ROOT, "  %-28s gold %5d  recall %.4f  speaker %.4f (%d/%d)%n", k, c.gold(),
                        c.recall(), c.speakerAccuracy(), c.speakerRight(), c.scorable());
            } else {
                out.printf(Locale.ROOT, "  %-28s speaker %.4f (%d/%d)%n", k, c.speakerAccuracy(), c.speakerRight(),
                        c.scorable());
            }
        });
    }
}
