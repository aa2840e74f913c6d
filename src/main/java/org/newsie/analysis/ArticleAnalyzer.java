package org.newsie.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.newsie.entity.EntityGrouper;
import org.newsie.entity.KnownPlaces;
import org.newsie.model.Analysis;
import org.newsie.model.Article;
import org.newsie.model.Diagnostic;
import org.newsie.model.Entity;
import org.newsie.model.Layout;
import org.newsie.model.Mention;
import org.newsie.model.Paragraph;
import org.newsie.model.Sentence;
import org.newsie.model.TextSpan;
import org.newsie.model.Token;
import org.newsie.nlp.NameFinderStage;
import org.newsie.nlp.NlpModels;
import org.newsie.nlp.SentenceTokenizer;
import org.newsie.nlp.ner.NameModel;
import org.newsie.nlp.ner.NerModel;
import org.newsie.nlp.ner.NerResources;
import org.newsie.quote.QuoteResult;
import org.newsie.quote.QuoteStage;
import org.newsie.text.LayoutAnalyzer;
import org.newsie.text.MarkupDetector;

/**
 * Runs the stages over one article: layout, sentences and tokens, names, entities, quotes.
 * Thread-safe and reusable: it holds shared, immutable models and lexicons, and one set of OpenNLP
 * decoders per thread (reused from article to article; an article's result never depends on the
 * articles analyzed before it).
 */
public final class ArticleAnalyzer {
    private final LayoutAnalyzer layoutAnalyzer;
    private final NlpModels nlpModels;
    private final NameFinderStage nameFinder;
    private final EntityGrouper entityGrouper;
    private final KnownPlaces knownPlaces;
    private final QuoteStage quoteStage;
    // OpenNLP's decoders are not thread-safe: one per thread, reused from article to article (the
    // result of an article does not depend on what the thread analyzed before)
    private final ThreadLocal<SentenceTokenizer> sentenceTokenizers;

    public ArticleAnalyzer(LayoutAnalyzer layoutAnalyzer, NlpModels nlpModels, NameFinderStage nameFinder,
                           EntityGrouper entityGrouper, QuoteStage quoteStage) {
        this.layoutAnalyzer = layoutAnalyzer;
        this.nlpModels = nlpModels;
        this.nameFinder = nameFinder;
        this.entityGrouper = entityGrouper;
        this.knownPlaces = new KnownPlaces();
        this.quoteStage = quoteStage;
        this.sentenceTokenizers = ThreadLocal.withInitial(() -> new SentenceTokenizer(nlpModels));
    }

    /**
     * An analyzer with the models shipped with newsie; throws {@link NlpModels.ModelException} when one is
     * unusable. The models and lexicons are read in parallel, each on its own thread (the common
     * fork-join pool has a single worker on a 2-core machine): start-up is most of a single article's time.
     */
    public static ArticleAnalyzer withDefaultModels() {
        ExecutorService loaders = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "newsie-loader");
            t.setDaemon(true);
            return t;
        });
        try {
            // longest first
            CompletableFuture<NameModel> names = CompletableFuture.supplyAsync(NerModel::readDefault, loaders);
            CompletableFuture<EntityGrouper> grouper = CompletableFuture.supplyAsync(EntityGrouper::new, loaders);
            CompletableFuture<NerResources> nerResources = CompletableFuture.supplyAsync(NerResources::get, loaders);
            CompletableFuture<QuoteStage> quotes = CompletableFuture.supplyAsync(QuoteStage::new, loaders);
            NlpModels nlp = NlpModels.load();
            LayoutAnalyzer layout = new LayoutAnalyzer();
            join(nerResources);
            return new ArticleAnalyzer(layout, nlp, new NameFinderStage(join(names)), join(grouper), join(quotes));
        } finally {
            loaders.shutdown();
        }
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    public Analysis analyze(Article article) {
        String text = article.text();
        Layout layout = layoutAnalyzer.analyze(text);
        List<Sentence> sentences = sentenceTokenizers.get().split(text, layout.paragraphs());
        // names and quotes are looked for only outside boilerplate, bylines and datelines;
        // Mention.sentence indexes this list
        List<Sentence> analyzed = analyzedSentences(sentences, layout.paragraphs());
        List<Mention> found = outsideDateline(knownPlaces.complete(text, analyzed, nameFinder.find(text, analyzed)), layout);
        List<Entity> entities = entityGrouper.group(text, found);
        List<Mention> mentions = entities.stream().flatMap(e -> e.mentions().stream())
                .sorted((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()))
                .toList();
        QuoteResult quotes = quoteStage.find(text, layout.paragraphs(), withoutDateline(analyzed, layout), entities);
        List<Diagnostic> diagnostics = new ArrayList<>(article.diagnostics());
        MarkupDetector.check(text).ifPresent(diagnostics::add);
        diagnostics.addAll(quotes.diagnostics());
        return new Analysis(article, layout, sentences, mentions, entities, quotes.quotes(), diagnostics);
    }

    /**
     * The mentions that do not overlap the article's dateline ("WASHINGTON (AP) —" opening the first body
     * paragraph): a dateline is metadata, like a byline; its place is where the story was filed, not a
     * mention in the story, and no quote's speaker. (The name finder still reads the sentence whole, as
     * it was trained: cutting the dateline off changes its decisions on the rest of the article.)
     */
    static List<Mention> outsideDateline(List<Mention> mentions, Layout layout) {
        if (layout.metadata().dateline().isEmpty()) {
            return mentions;
        }
        TextSpan dateline = layout.metadata().dateline().get();
        return mentions.stream().filter(m -> m.end() <= dateline.start() || m.start() >= dateline.end()).toList();
    }

    /**
     * The sentences with the dateline and the dashes after it cut off the sentence that starts with it, so
     * that no quote is given to its words; a sentence that is all dateline stays whole (the list keeps its
     * size and order: {@link Mention#sentence()} indexes it).
     */
    static List<Sentence> withoutDateline(List<Sentence> sentences, Layout layout) {
        if (layout.metadata().dateline().isEmpty()) {
            return sentences;
        }
        int end = layout.metadata().dateline().get().end();
        List<Sentence> out = new ArrayList<>(sentences);
        for (int k = 0; k < out.size(); k++) {
            Sentence s = out.get(k);
            if (s.start() >= end) {
                break;
            }
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size() && tokens.get(i).start() < end) {
                i++;
            }
            while (i < tokens.size() && isDash(tokens.get(i).text())) {
                i++;
            }
            if (i > 0 && i < tokens.size()) {
                out.set(k, new Sentence(tokens.get(i).start(), s.end(), s.paragraph(), tokens.subList(i, tokens.size())));
            }
        }
        return out;
    }

    private static boolean isDash(String token) {
        return token.chars().allMatch(c -> c == '-' || c == '\u2013' || c == '\u2014' || c == '_' || c == ':');
    }

    /** The sentences of paragraphs whose role is analyzed for names and quotes (not boilerplate, bylines …). */
    static List<Sentence> analyzedSentences(List<Sentence> sentences, List<Paragraph> paragraphs) {
        return sentences.stream().filter(s -> paragraphs.get(s.paragraph()).role().analyzed()).toList();
    }
}
