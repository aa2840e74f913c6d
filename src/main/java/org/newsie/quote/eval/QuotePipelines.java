package org.newsie.quote.eval;

import java.util.List;
import java.util.function.Function;

import org.newsie.entity.EntityGrouper;
import org.newsie.model.Entity;
import org.newsie.model.Paragraph;
import org.newsie.model.Quote;
import org.newsie.model.Sentence;
import org.newsie.nlp.NameFinderStage;
import org.newsie.nlp.NlpModels;
import org.newsie.nlp.SentenceTokenizer;
import org.newsie.quote.QuoteStage;

/** Ready-made text-to-quotes pipelines for the evaluator. */
public final class QuotePipelines {
    private QuotePipelines() {
    }

    /**
     * What exists without the name finder: one BODY paragraph per line, OpenNLP sentences and
     * tokens, {@link QuoteStage} with no entities. Thread-safe (a tokenizer per call).
     */
    public static Function<String, List<Quote>> withoutEntities(NlpModels models, QuoteStage stage) {
        return text -> {
            List<Paragraph> paragraphs = LineParagraphs.split(text);
            List<Sentence> sentences = new SentenceTokenizer(models).split(text, paragraphs);
            return stage.find(text, paragraphs, sentences, List.of()).quotes();
        };
    }

    /**
     * As {@link #withoutEntities}, plus the name finder and the entity grouper: speakers link to entities
     * and pronouns use their genders. Thread-safe.
     */
    public static Function<String, List<Quote>> withEntities(NlpModels models, NameFinderStage names,
                                                             EntityGrouper grouper, QuoteStage stage) {
        return text -> {
            List<Paragraph> paragraphs = LineParagraphs.split(text);
            List<Sentence> sentences = new SentenceTokenizer(models).split(text, paragraphs);
            List<Entity> entities = grouper.group(text, names.find(text, sentences));
            return stage.find(text, paragraphs, sentences, entities).quotes();
        };
    }
}
