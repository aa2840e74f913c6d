package org.newsie.nlp.ner;

import java.util.Map;

import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The name-finder factory of newsie's models: its feature generator is {@link NerFeatureGenerator}
 * over the class-path {@link NerResources}. OpenNLP records this class's name in the model and
 * instantiates it again (no-argument constructor) when the model is loaded, so the class and its
 * resources must be on the class path wherever the model is used.
 */
public class NewsieNameFinderFactory extends TokenNameFinderFactory {
    public NewsieNameFinderFactory() {
        super(null, Map.of(), new BioCodec());
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        return features();
    }

    /**
     * OpenNLP's context generator over newsie's features, the same as {@code TokenNameFinderFactory}'s, but
     * one that hands out its feature generator (for {@link NerFeatureGenerator#setDocument}).
     */
    @Override
    public NameContextGenerator createContextGenerator() {
        return new ContextGenerator(features());
    }

    /** A {@link DefaultNameContextGenerator} over one {@link NerFeatureGenerator}. */
    static final class ContextGenerator extends DefaultNameContextGenerator {
        private final NerFeatureGenerator features;

        ContextGenerator(NerFeatureGenerator features) {
            super(features);
            this.features = features;
        }

        NerFeatureGenerator features() {
            return features;
        }
    }

    /** A new generator of newsie's features, as {@link NameDecoder}'s fast decoder takes it. */
    static NerFeatureGenerator features() {
        return new NerFeatureGenerator(NerResources.get());
    }
}
