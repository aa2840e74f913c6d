package org.newsie.analysis;

import java.util.ArrayList;
import java.util.List;

import org.newsie.model.Analysis;
import org.newsie.model.Article;
import org.newsie.model.Diagnostic;
import org.newsie.model.Layout;
import org.newsie.model.Paragraph;
import org.newsie.model.Sentence;
import org.newsie.nlp.NlpModels;
import org.newsie.nlp.SentenceTokenizer;
import org.newsie.text.LayoutAnalyzer;
import org.newsie.text.MarkupDetector;

/**
 * Runs the stages over one article: layout, sentences and tokens, names, entities, quotes.
 * Thread-safe and reusable: it holds only shared, immutable models; the per-article decoders are
 * made in {@link #analyze}.
 */
public final class ArticleAnalyzer {
    private final LayoutAnalyzer layoutAnalyzer;
    private final NlpModels nlpModels;

    public ArticleAnalyzer(LayoutAnalyzer layoutAnalyzer, NlpModels nlpModels) {
        this.layoutAnalyzer = layoutAnalyzer;
        this.nlpModels = nlpModels;
    }

    /** An analyzer with the models shipped with newsie. */
    public static ArticleAnalyzer withDefaultModels() {
        return new ArticleAnalyzer(new LayoutAnalyzer(), NlpModels.load());
    }

    public Analysis analyze(Article article) {
        String text = article.text();
        Layout layout = layoutAnalyzer.analyze(text);
        List<Sentence> sentences = new SentenceTokenizer(nlpModels).split(text, layout.paragraphs());
        List<Diagnostic> diagnostics = new ArrayList<>(article.diagnostics());
        MarkupDetector.check(text).ifPresent(diagnostics::add);
        return new Analysis(article, layout, sentences, List.of(), List.of(), List.of(), diagnostics);
    }

    /** The sentences of paragraphs whose role is analyzed for names and quotes (not boilerplate, bylines …). */
    static List<Sentence> analyzedSentences(List<Sentence> sentences, List<Paragraph> paragraphs) {
        return sentences.stream().filter(s -> paragraphs.get(s.paragraph()).role().analyzed()).toList();
    }
}
