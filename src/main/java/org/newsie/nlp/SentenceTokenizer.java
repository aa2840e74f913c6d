package org.newsie.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

import org.newsie.model.Paragraph;
import org.newsie.model.Sentence;
import org.newsie.model.Token;

/**
 * Splits paragraphs into sentences and sentences into tokens with OpenNLP, on the
 * {@linkplain TextNormalizer same-length normalized} text, so that every offset is an offset into the
 * original text. Sentences never cross a paragraph boundary. The detector's false breaks after title
 * abbreviations and initials ("Rep. | G.K. | Butterfield") are undone by {@link SentenceJoiner}. Tokens are split the way the name
 * finder's training data is: {@code Trump's} → {@code Trump 's}, {@code didn't} → {@code did n't}.
 *
 * <p>Not thread-safe (it holds OpenNLP decoders): make one per thread. It may be reused for any
 * number of articles: what it remembers (the tokenizer's split of each whitespace chunk) depends on
 * nothing but the models.
 */
public final class SentenceTokenizer {
    /** Chunks without whitespace longer than this are not given to the statistical tokenizer. */
    static final int MAX_CHUNK = 64;
    /** A "sentence" longer than this many tokens (text without sentence punctuation) is cut into pieces. */
    public static final int MAX_SENTENCE_TOKENS = 1000;

    /** At most this many chunk splits are remembered (a huge input must not grow the cache without bound). */
    private static final int MAX_CACHED_CHUNKS = 10_000;

    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final Map<String, Span[]> chunkSplits = new HashMap<>();
    private final SentenceJoiner joiner = SentenceJoiner.load();

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
            int openStart = -1;
            int openEnd = -1;
            for (Span s : sentenceDetector.sentPosDetect(breakLongChunks(norm))) {
                int start = s.getStart();
                int end = s.getEnd();
                // OpenNLP trims, but be safe about surrounding whitespace.
                while (start < end && Character.isWhitespace(text.charAt(para.start() + start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(para.start() + end - 1))) {
                    end--;
                }
                if (start >= end) {
                    continue;
                }
                if (openStart >= 0 && joiner.joinRule(norm, openStart, openEnd, start) != null) {
                    openEnd = end;
                    continue;
                }
                if (openStart >= 0) {
                    add(out, text, norm, para.start(), p, openStart, openEnd);
                }
                openStart = start;
                openEnd = end;
            }
            if (openStart >= 0) {
                add(out, text, norm, para.start(), p, openStart, openEnd);
            }
        }
        return out;
    }

    /** Adds the sentence {@code [start, end)} of the paragraph's normalized text {@code norm}. */
    private void add(List<Sentence> out, String text, String norm, int paraStart, int paragraph, int start, int end) {
        addCapped(out, paragraph, tokens(text, norm, paraStart, paraStart + start, paraStart + end),
                paraStart + start, paraStart + end);
    }

    /** Adds the sentence, cut into pieces of at most {@link #MAX_SENTENCE_TOKENS} tokens. */
    private static void addCapped(List<Sentence> out, int paragraph, List<Token> tokens, int start, int end) {
        if (tokens.size() <= MAX_SENTENCE_TOKENS) {
            out.add(new Sentence(start, end, paragraph, tokens));
            return;
        }
        for (int i = 0; i < tokens.size(); i += MAX_SENTENCE_TOKENS) {
            List<Token> piece = tokens.subList(i, Math.min(tokens.size(), i + MAX_SENTENCE_TOKENS));
            out.add(new Sentence(piece.get(0).start(), piece.get(piece.size() - 1).end(), paragraph, piece));
        }
    }

    private List<Token> tokens(String text, String paraNorm, int paraStart, int start, int end) {
        String norm = paraNorm.substring(start - paraStart, end - paraStart);
        List<Token> out = new ArrayList<>(norm.length() / 5 + 4);
        if (!hasLongChunk(norm)) {
            for (Span s : tokenizePos(norm)) {
                Tokens.addSplit(text, norm, start, start + s.getStart(), start + s.getEnd(), out);
            }
            return out;
        }
        // The statistical tokenizer is quadratic in the length of a chunk without spaces (it tries every
        // split point with features over the whole chunk): long chunks are split by character class.
        int i = 0;
        int n = norm.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(norm.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && !Character.isWhitespace(norm.charAt(j))) {
                j++;
            }
            if (j - i > MAX_CHUNK) {
                Tokens.splitByClass(text, start + i, start + j, out);
            } else if (j > i) {
                String chunk = norm.substring(i, j);
                for (Span s : tokenizer.tokenizePos(chunk)) {
                    Tokens.addSplit(text, norm, start, start + i + s.getStart(), start + i + s.getEnd(), out);
                }
            }
            i = j;
        }
        return out;
    }

    /**
     * {@code tokenizer.tokenizePos(s)}, chunk by chunk: OpenNLP's tokenizer splits the text at whitespace
     * (as its {@code WhitespaceTokenizer} sees it) and decides each chunk by the chunk alone, so the
     * split of a chunk seen before is taken from {@link #chunkSplits} instead of asking
     * the model again for every character (an article repeats most of its words, and articles share most).
     */
    List<Span> tokenizePos(String s) {
        List<Span> out = new ArrayList<>(s.length() / 5 + 4);
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && StringUtil.isWhitespace(s.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && !StringUtil.isWhitespace(s.charAt(j))) {
                j++;
            }
            if (j > i) {
                String chunk = s.substring(i, j);
                Span[] split = chunkSplits.get(chunk);
                if (split == null) {
                    split = tokenizer.tokenizePos(chunk);
                    if (chunkSplits.size() < MAX_CACHED_CHUNKS) {
                        chunkSplits.put(chunk, split);
                    }
                }
                for (Span t : split) {
                    out.add(new Span(i + t.getStart(), i + t.getEnd()));
                }
            }
            i = j;
        }
        return out;
    }

    /**
     * The sentence detector looks at the whole space-free chunk around every candidate end of sentence,
     * which is quadratic on long chunks: for it alone, every {@link #MAX_CHUNK}-th character of a long
     * chunk becomes a space (same length, so its offsets stay valid).
     */
    static String breakLongChunks(String norm) {
        if (!hasLongChunk(norm)) {
            return norm;
        }
        char[] c = norm.toCharArray();
        int run = 0;
        for (int i = 0; i < c.length; i++) {
            if (Character.isWhitespace(c[i])) {
                run = 0;
            } else if (++run > MAX_CHUNK) {
                c[i] = ' ';
                run = 0;
            }
        }
        return new String(c);
    }

    private static boolean hasLongChunk(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                run = 0;
            } else if (++run > MAX_CHUNK) {
                return true;
            }
        }
        return false;
    }
}
