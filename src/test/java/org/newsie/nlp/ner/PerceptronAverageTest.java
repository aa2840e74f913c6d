package org.newsie.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderModel;

import org.junit.jupiter.api.Test;

/** {@link PerceptronAverage}: weights averaged feature by feature, outcomes matched by name. */
class PerceptronAverageTest {
    private static TokenNameFinderModel model(String[] outcomes, String[] labels, Context... params) {
        return new TokenNameFinderModel("en", new PerceptronModel(params, labels, outcomes), 3, null, Map.of(),
                new HashMap<>(), new BioCodec(), new NewsieNameFinderFactory());
    }

    private static Map<String, Context> weights(TokenNameFinderModel m) {
        PerceptronModel pm = m.getArtifact("nameFinder.model");
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) pm.getDataStructures()[1];
        return pmap;
    }

    @Test
    void meanOfTheWeightsWithOutcomesMatchedByName() {
        TokenNameFinderModel a = model(new String[] {"other", "person-start"}, new String[] {"w=smith", "w=the"},
                new Context(new int[] {0, 1}, new double[] {1, 4}), new Context(new int[] {0}, new double[] {2}));
        // the same outcomes in the other order, a feature the first lacks, and one it has, for one outcome only
        TokenNameFinderModel b = model(new String[] {"person-start", "other"}, new String[] {"w=smith", "w=jones"},
                new Context(new int[] {0}, new double[] {2}), new Context(new int[] {0}, new double[] {6}));
        Map<String, Context> avg = weights(PerceptronAverage.of(List.of(a, b)));
        assertEquals(3, avg.size());
        assertArrayEquals(new int[] {0, 1}, avg.get("w=smith").getOutcomes());
        assertArrayEquals(new double[] {0.5, 3}, avg.get("w=smith").getParameters()); // (1 + 0) / 2, (4 + 2) / 2
        assertArrayEquals(new double[] {1}, avg.get("w=the").getParameters());
        assertArrayEquals(new int[] {1}, avg.get("w=jones").getOutcomes());
        assertArrayEquals(new double[] {3}, avg.get("w=jones").getParameters());
    }

    @Test
    void theAverageOfOneModelIsItself() {
        TokenNameFinderModel a = model(new String[] {"other", "person-start"}, new String[] {"w=smith"},
                new Context(new int[] {0, 1}, new double[] {1.5, -4}));
        Map<String, Context> avg = weights(PerceptronAverage.of(List.of(a, a)));
        assertArrayEquals(new double[] {1.5, -4}, avg.get("w=smith").getParameters());
    }

    @Test
    void modelsWithOtherOutcomesAreRefused() {
        TokenNameFinderModel a = model(new String[] {"other", "person-start"}, new String[] {"w=x"}, new Context(new int[] {0}, new double[] {1}));
        TokenNameFinderModel b = model(new String[] {"other", "location-start"}, new String[] {"w=x"}, new Context(new int[] {0}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> PerceptronAverage.of(List.of(a, b)));
    }
}
