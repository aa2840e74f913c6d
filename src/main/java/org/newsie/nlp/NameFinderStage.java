package org.newsie.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

import org.newsie.model.EntityType;
import org.newsie.model.Mention;
import org.newsie.model.Sentence;
import org.newsie.model.Token;
import org.newsie.nlp.ner.MentionRules;
import org.newsie.nlp.ner.NameDecoder;
import org.newsie.nlp.ner.NameModel;
import org.newsie.nlp.ner.NerResources;

/**
 * Finds person, location and organization names in an article's sentences with newsie's OpenNLP
 * name-finder model, then applies {@link MentionRules}. The model sees {@link Tokens#forModel}
 * forms of the tokens; the mentions it returns are character spans of the original text.
 *
 * <p>Thread-safe: it holds the shared model and one decoder per thread; a call is one document (the
 * decoder's adaptive data is cleared first), and what the decoder remembers between documents (the
 * feature strings of token forms, recent feature lookups) depends on nothing but the model, so the
 * result of a call does not depend on what the thread analyzed before.
 */
public final class NameFinderStage {
    private final ThreadLocal<NameDecoder> decoders;
    private final MentionRules rules;

    public NameFinderStage(NameModel model) {
        this.decoders = ThreadLocal.withInitial(model::newDecoder);
        this.rules = new MentionRules(NerResources.get());
    }

    public NameFinderStage(TokenNameFinderModel model) {
        this(NameModel.of(model));
    }

    /**
     * The mentions of the given sentences, in text order.
     *
     * @param text      the article's original text
     * @param sentences the sentences to search, in text order (one article = one document)
     * @return mentions whose {@code sentence} is the index into {@code sentences}
     */
    public List<Mention> find(String text, List<Sentence> sentences) {
        List<String[]> allForms = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            String[] forms = new String[tokens.size()];
            for (int i = 0; i < forms.length; i++) {
                forms[i] = Tokens.forModel(tokens.get(i));
            }
            allForms.add(forms);
        }
        List<Span[]> allSpans = decoders.get().findDocument(allForms);
        Set<String> confirmed = MentionRules.confirmedNames(allForms, allSpans);
        Set<String> storms = rules.stormNames(allForms);
        List<Mention> out = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> tokens = sentences.get(si).tokens();
            for (Span s : rules.apply(allForms.get(si), allSpans.get(si), confirmed, storms)) {
                int start = tokens.get(s.getStart()).start();
                int end = tokens.get(s.getEnd() - 1).end();
                out.add(new Mention(start, end, text.substring(start, end), EntityType.fromSampleName(s.getType()), si));
            }
        }
        return List.copyOf(out);
    }
}
