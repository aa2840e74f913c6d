package org.newsie.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.newsie.analysis.ArticleAnalyzer;
import org.newsie.entity.EntityGrouper;
import org.newsie.model.Analysis;
import org.newsie.model.Article;
import org.newsie.model.Entity;
import org.newsie.model.Layout;
import org.newsie.model.Mention;
import org.newsie.model.Sentence;
import org.newsie.nlp.NameFinderStage;
import org.newsie.nlp.NlpModels;
import org.newsie.nlp.SentenceTokenizer;
import org.newsie.nlp.ner.NerModel;
import org.newsie.output.JsonFormatter;
import org.newsie.quote.QuoteStage;
import org.newsie.text.LayoutAnalyzer;

/**
 * Each stage on one article, in articles per second (multiply by the article's token count, printed
 * at setup, for tokens per second). Every stage gets the previous stages' output precomputed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StageBenchmark {
    @Param("samples/time-ukraine.txt")
    public String sample;

    private String text;
    private LayoutAnalyzer layoutAnalyzer;
    private NlpModels nlp;
    private NameFinderStage names;
    private EntityGrouper grouper;
    private QuoteStage quotes;
    private ArticleAnalyzer analyzer;
    private JsonFormatter json;

    private Layout layout;
    private List<Sentence> sentences;
    private List<Sentence> analyzed;
    private List<Mention> mentions;
    private List<Entity> entities;
    private Analysis analysis;

    @Setup
    public void setUp() throws IOException {
        text = Files.readString(Path.of(sample), StandardCharsets.UTF_8);
        layoutAnalyzer = new LayoutAnalyzer();
        nlp = NlpModels.load();
        names = new NameFinderStage(NerModel.loadDefault());
        grouper = new EntityGrouper();
        quotes = new QuoteStage();
        analyzer = new ArticleAnalyzer(layoutAnalyzer, nlp, names, grouper, quotes);
        json = new JsonFormatter(false);

        layout = layoutAnalyzer.analyze(text);
        sentences = new SentenceTokenizer(nlp).split(text, layout.paragraphs());
        analyzed = sentences.stream().filter(s -> layout.paragraphs().get(s.paragraph()).role().analyzed()).toList();
        mentions = names.find(text, analyzed);
        entities = grouper.group(text, mentions);
        analysis = analyzer.analyze(new Article(sample, text));
        int tokens = sentences.stream().mapToInt(s -> s.tokens().size()).sum();
        System.out.printf("%n%s: %,d characters, %,d tokens, %d mentions, %d quotes%n", sample, text.length(), tokens,
                mentions.size(), analysis.quotes().size());
    }

    @Benchmark
    public Layout layout() {
        return layoutAnalyzer.analyze(text);
    }

    @Benchmark
    public List<Sentence> sentencesAndTokens() {
        return new SentenceTokenizer(nlp).split(text, layout.paragraphs());
    }

    @Benchmark
    public List<Mention> names() {
        return names.find(text, analyzed);
    }

    @Benchmark
    public List<Entity> entities() {
        return grouper.group(text, mentions);
    }

    @Benchmark
    public Object quotes() {
        return quotes.find(text, layout.paragraphs(), analyzed, entities);
    }

    @Benchmark
    public Analysis wholeAnalysis() {
        return analyzer.analyze(new Article(sample, text));
    }

    @Benchmark
    public String json() {
        return json.format(analysis);
    }
}
