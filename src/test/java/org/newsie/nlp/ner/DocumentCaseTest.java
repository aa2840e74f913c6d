package org.newsie.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentCaseTest {
    private static String[] t(String s) {
        return s.split(" ");
    }

    @Test
    void remembersHowEarlierSentencesWroteAWord() {
        DocumentCase dc = new DocumentCase();
        String[] first = t("Still , talks went on .");
        assertNull(dc.feature(first, 0, false), "nothing seen yet");
        dc.update(t("He met Baker and was still waiting for Sterling ."));
        dc.update(t("Prices rose , sterling fell ."));
        assertEquals("dcase=L", dc.feature(first, 0, false));
        assertEquals("dcase=C", dc.feature(t("Baker said so ."), 0, false));
        assertEquals("dcase=CL", dc.feature(t("Sterling fell ."), 0, false));
        // away from the sentence start, in ordinary text, the capital speaks for itself
        assertNull(dc.feature(t("He saw Baker ."), 2, false));
        // in a headline it does not
        assertEquals("dcase=C", dc.feature(t("Baker Wins Big Prize"), 0, true));
        dc.clear();
        assertNull(dc.feature(first, 0, false));
    }

    @Test
    void headlinesAndCapitalsTeachNothingAboutNames() {
        DocumentCase dc = new DocumentCase();
        dc.update(t("Putin Brushed Off Trump Peace Plan"));
        dc.update(t("TALKS WENT ON IN KYIV"));
        assertNull(dc.feature(t("Peace came ."), 0, false));
        assertNull(dc.feature(t("Talks resumed ."), 0, false));
        assertTrue(DocumentCase.weakCase(t("TALKS WENT ON IN KYIV")));
        assertFalse(DocumentCase.weakCase(t("Talks went on in Kyiv .")));
    }
}
