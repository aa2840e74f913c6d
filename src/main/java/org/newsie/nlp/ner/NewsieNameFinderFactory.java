package org.newsie.nlp.ner;

import java.util.Map;

import opennlp.tools.namefind.BioCodec;
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

    /** A new generator of newsie's features, as {@link NameDecoder}'s fast decoder takes it. */
    static NerFeatureGenerator features() {
        return new NerFeatureGenerator(NerResources.get());
    }
}
