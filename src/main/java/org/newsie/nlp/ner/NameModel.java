package org.newsie.nlp.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A name-finder model ready for decoding, shared and immutable; {@link #newDecoder()} makes the
 * per-document decoders. newsie's own models (an OpenNLP perceptron with the BIO codec and
 * {@link NewsieNameFinderFactory}'s features) are decoded by {@link NameDecoder}'s fast decoder
 * from {@link PerceptronWeights}; any other model by OpenNLP's {@code NameFinderME}. Both give the
 * same names and probabilities.
 */
public final class NameModel {
    private static final String MODEL_ENTRY = "nameFinder.model";
    private static final String MANIFEST_ENTRY = "manifest.properties";

    private final PerceptronWeights weights; // null: decoded by OpenNLP
    private final int beamSize;
    private final TokenNameFinderModel opennlp; // null when weights != null

    private NameModel(PerceptronWeights weights, int beamSize, TokenNameFinderModel opennlp) {
        this.weights = weights;
        this.beamSize = beamSize;
        this.opennlp = opennlp;
    }

    /** A loaded OpenNLP model. */
    public static NameModel of(TokenNameFinderModel model) {
        if (model.getFactory() instanceof NewsieNameFinderFactory
                && model.getFactory().createSequenceCodec().getClass() == BioCodec.class
                && model.getNameFinderSequenceModel() instanceof BeamSearch
                && model.getArtifact(MODEL_ENTRY) instanceof PerceptronModel pm && pm.getClass() == PerceptronModel.class) {
            Object[] data = pm.getDataStructures();
            @SuppressWarnings("unchecked")
            Map<String, Context> predicates = (Map<String, Context>) data[1];
            String[] outcomes = (String[]) data[2];
            if (java.util.Arrays.asList(outcomes).contains(NameFinderME.OTHER)) {
                return new NameModel(PerceptronWeights.of(predicates, outcomes), beamSize(model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER)), null);
            }
        }
        return new NameModel(null, 0, model);
    }

    /**
     * Reads a model file (OpenNLP's zip format). A perceptron model of newsie's factory and the BIO
     * codec is read straight into {@link PerceptronWeights}; anything else through OpenNLP.
     */
    public static NameModel read(InputStream in) throws IOException {
        byte[] file = in.readAllBytes();
        byte[] manifest = null;
        byte[] model = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(MANIFEST_ENTRY)) {
                    manifest = zip.readAllBytes();
                } else if (e.getName().equals(MODEL_ENTRY)) {
                    model = zip.readAllBytes();
                } else {
                    return of(new TokenNameFinderModel(new ByteArrayInputStream(file))); // resources newsie does not know
                }
            }
        }
        if (manifest != null && model != null) {
            Properties p = new Properties();
            p.load(new StringReader(new String(manifest, java.nio.charset.StandardCharsets.ISO_8859_1)));
            if (NewsieNameFinderFactory.class.getName().equals(p.getProperty("factory"))
                    && BioCodec.class.getName().equals(p.getProperty("sequenceCodecImplName"))
                    && (p.getProperty("OpenNLP-Version", "").startsWith("2."))) {
                PerceptronWeights w = PerceptronWeights.read(model);
                if (w != null && java.util.Arrays.asList(w.outcomes()).contains(NameFinderME.OTHER)) {
                    return new NameModel(w, beamSize(p.getProperty(BeamSearch.BEAM_SIZE_PARAMETER)), null);
                }
            }
        }
        return of(new TokenNameFinderModel(new ByteArrayInputStream(file)));
    }

    private static int beamSize(String property) {
        return property == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(property);
    }

    /** Whether the fast decoder decodes this model. */
    boolean isFast() {
        return weights != null;
    }

    /** A decoder for one document at a time (not thread-safe). */
    public NameDecoder newDecoder() {
        return weights != null ? new NameDecoder.Fast(weights, beamSize, NewsieNameFinderFactory.features())
                : new NameDecoder.Standard(opennlp);
    }
}
