package org.newsie.nlp;

import java.io.IOException;
import java.io.InputStream;

import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English sentence and tokenizer models of Apache OpenNLP, loaded from the
 * {@code opennlp-models-sentdetect-en} and {@code opennlp-models-tokenizer-en} jars on the class
 * path. Model objects are thread-safe and shared; the decoders made from them are not.
 */
public final class NlpModels {
    /** Resource names inside the model jars (version 1.3.0 of the jars). */
    static final String SENTENCE_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENIZER_RESOURCE = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;

    public NlpModels(SentenceModel sentenceModel, TokenizerModel tokenizerModel) {
        this.sentenceModel = sentenceModel;
        this.tokenizerModel = tokenizerModel;
    }

    /** Loads both models from the class path; throws {@link ModelException} when one is missing or unreadable. */
    public static NlpModels load() {
        return new NlpModels(loadSentence(), loadTokenizer());
    }

    private static SentenceModel loadSentence() {
        try (InputStream in = open(SENTENCE_RESOURCE)) {
            return new SentenceModel(in);
        } catch (IOException | RuntimeException e) {
            throw new ModelException("cannot read the sentence model " + SENTENCE_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static TokenizerModel loadTokenizer() {
        try (InputStream in = open(TOKENIZER_RESOURCE)) {
            return new TokenizerModel(in);
        } catch (IOException | RuntimeException e) {
            throw new ModelException("cannot read the tokenizer model " + TOKENIZER_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("not on the class path");
        }
        return in;
    }

    public SentenceModel sentenceModel() {
        return sentenceModel;
    }

    public TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }

    /** A model that is missing or cannot be read; the command line turns it into exit code 3. */
    public static final class ModelException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ModelException(String message, Throwable cause) {
            super(message, cause);
        }

        public ModelException(String message) {
            super(message);
        }
    }
}
