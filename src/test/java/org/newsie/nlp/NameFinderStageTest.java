package org.newsie.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsie.model.EntityType;
import org.newsie.model.Mention;
import org.newsie.model.Paragraph;
import org.newsie.model.ParagraphRole;
import org.newsie.model.Sentence;
import org.newsie.nlp.ner.NerModel;

/** The shipped model through the analysis stage: types, character offsets, rules. */
class NameFinderStageTest {
    private static NlpModels models;
    private static NameFinderStage stage;

    @BeforeAll
    static void load() {
        models = NlpModels.load();
        stage = new NameFinderStage(NerModel.loadDefault());
    }

    private static List<Mention> find(String text) {
        List<Sentence> sentences = new SentenceTokenizer(models).split(text,
                List.of(new Paragraph(0, text.length(), ParagraphRole.BODY)));
        List<Mention> mentions = stage.find(text, sentences);
        for (Mention m : mentions) {
            assertEquals(text.substring(m.start(), m.end()), m.text(), "offsets of " + m);
            assertTrue(m.sentence() >= 0 && m.sentence() < sentences.size());
            assertTrue(sentences.get(m.sentence()).covers(m), m + " outside its sentence");
        }
        return mentions;
    }

    private static boolean has(List<Mention> ms, EntityType type, String text) {
        return ms.stream().anyMatch(m -> m.type() == type && m.text().equals(text));
    }

    @Test
    void personAndOrganizationWithOffsets() {
        String text = "President Donald Trump told Fox News on Tuesday.";
        List<Mention> ms = find(text);
        assertTrue(has(ms, EntityType.PERSON, "Donald Trump"), ms.toString());
        assertTrue(has(ms, EntityType.ORGANIZATION, "Fox News"), ms.toString());
        Mention trump = ms.stream().filter(m -> m.text().equals("Donald Trump")).findFirst().orElseThrow();
        assertEquals(10, trump.start());
        assertEquals(22, trump.end());
        assertEquals(0, trump.sentence());
    }

    @Test
    void curlyPossessiveIsNotPartOfTheName() {
        String text = "Ukraine\u2019s president met Vladimir Putin\u2019s envoy in Moscow on Friday.";
        List<Mention> ms = find(text);
        assertTrue(has(ms, EntityType.LOCATION, "Ukraine"), ms.toString());
        assertTrue(has(ms, EntityType.PERSON, "Vladimir Putin"), ms.toString());
        assertTrue(has(ms, EntityType.LOCATION, "Moscow"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.text().endsWith("s")  && m.text().contains("\u2019")), ms.toString());
    }

    @Test
    void sentenceIndicesFollowTheGivenList() {
        String text = "Overnight, the rain stopped. Angela Merkel flew to Paris. Still, NATO officials said nothing.";
        List<Mention> ms = find(text);
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("Angela Merkel") && m.sentence() == 1), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("Paris") && m.sentence() == 1), ms.toString());
        assertTrue(has(ms, EntityType.ORGANIZATION, "NATO"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.text().equals("Overnight") || m.text().equals("Still")), ms.toString());
    }

    @Test
    void emptyInputGivesNoMentions() {
        assertTrue(stage.find("", List.of()).isEmpty());
    }
}
