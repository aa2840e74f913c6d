package org.newsie.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import org.newsie.model.Paragraph;
import org.newsie.model.Sentence;
import org.newsie.model.Token;

/**
 * Splits paragraphs into sentences and sentences into tokens with OpenNLP, on the
 * {@linkplain TextNormalizer same-length normalized} text, so that every offset is an offset into the
 * original text. Sentences never cross a paragraph boundary. Tokens are split the way the name
 * finder's training data is: {@code Trump's} → {@code Trump 's}, {@code didn't} → {@code did n't}.
 *
 * <p>Not thread-safe (it holds OpenNLP decoders): make one per article or per thread.
 */
public final class SentenceTokenizer {
    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;

    public SentenceTokenizer(NlpModels models) {
        this.sentenceDetector = new SentenceDetectorME(models.sentenceModel());
        this.tokenizer = new TokenizerME(models.tokenizerModel());
    }

    /**
     * Sentences of the given paragraphs, in text order.
     *
     * @param text       the article's original text
     * @param paragraphs the paragraphs to split (others are left out); their indices are kept
     */
    public List<Sentence> split(String text, List<Paragraph> paragraphs) {
        List<Sentence> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph para = paragraphs.get(p);
            if (para.length() == 0) {
                continue;
            }
            String norm = TextNormalizer.normalize(text, para.start(), para.end());
            for (Span s : sentenceDetector.sentPosDetect(norm)) {
                int start = para.start() + s.getStart();
                int end = para.start() + s.getEnd();
                // OpenNLP trims, but be safe about surrounding whitespace.
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (start < end) {
                    out.add(new Sentence(start, end, p, tokens(text, norm, para.start(), start, end)));
                }
            }
        }
        return out;
    }

    private List<Token> tokens(String text, String paraNorm, int paraStart, int start, int end) {
        String norm = paraNorm.substring(start - paraStart, end - paraStart);
        Span[] spans = tokenizer.tokenizePos(norm);
        List<Token> out = new ArrayList<>(spans.length + 4);
        for (Span s : spans) {
            int ts = start + s.getStart();
            int te = start + s.getEnd();
            Tokens.addSplit(text, norm, start, ts, te, out);
        }
        return out;
    }
}
