package org.newsie.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import opennlp.tools.namefind.TokenNameFinderModel;

import org.newsie.nlp.NlpModels;

/** Loads newsie's name-finder model: the shipped one from the class path, or one from a file. */
public final class NerModel {
    /** Class-path location of the shipped model (packed from {@code models/ner-en.bin}). */
    public static final String DEFAULT_RESOURCE = "/models/ner-en.bin";

    private NerModel() {
    }

    /** The shipped model; throws {@link NlpModels.ModelException} when it is missing or unreadable. */
    public static TokenNameFinderModel loadDefault() {
        try (InputStream in = NerModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new NlpModels.ModelException("the name-finder model " + DEFAULT_RESOURCE + " is not on the class path");
            }
            return new TokenNameFinderModel(in);
        } catch (IOException | RuntimeException e) {
            if (e instanceof NlpModels.ModelException me) {
                throw me;
            }
            throw new NlpModels.ModelException("cannot read the name-finder model " + DEFAULT_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * The shipped model for analysis: read straight into the fast decoder's tables (see
     * {@link NameModel}), several times faster than {@link #loadDefault()}; throws
     * {@link NlpModels.ModelException} when it is missing or unreadable.
     */
    public static NameModel readDefault() {
        try (InputStream in = NerModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new NlpModels.ModelException("the name-finder model " + DEFAULT_RESOURCE + " is not on the class path");
            }
            return NameModel.read(in);
        } catch (IOException | RuntimeException e) {
            if (e instanceof NlpModels.ModelException me) {
                throw me;
            }
            throw new NlpModels.ModelException("cannot read the name-finder model " + DEFAULT_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** A model file; throws {@link NlpModels.ModelException} when it is missing or unreadable. */
    public static TokenNameFinderModel load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new NlpModels.ModelException(file + ": no such model file");
        }
        try {
            return new TokenNameFinderModel(file);
        } catch (IOException | RuntimeException e) {
            throw new NlpModels.ModelException(file + ": cannot read the name-finder model: " + e.getMessage(), e);
        }
    }
}
