package org.newsie.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.newsie.model.EntityType;
import org.newsie.model.Mention;
import org.newsie.model.Paragraph;
import org.newsie.model.ParagraphRole;
import org.newsie.model.Sentence;
import org.newsie.nlp.NlpModels;
import org.newsie.nlp.SentenceTokenizer;

class KnownPlacesTest {
    private static NlpModels nlp;
    private static final KnownPlaces PLACES = new KnownPlaces();

    @BeforeAll
    static void load() {
        nlp = NlpModels.load();
    }

    private static List<String> added(String text, List<Mention> found) {
        List<Sentence> sentences = new SentenceTokenizer(nlp).split(text,
                List.of(new Paragraph(0, text.length(), ParagraphRole.BODY)));
        List<Mention> all = PLACES.complete(text, sentences, found);
        for (Mention m : all) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
        return all.stream().filter(m -> !found.contains(m))
                .map(m -> m.text() + "/" + m.type()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He promised guarantees to Kyiv once the war ends.        | Kyiv/LOCATION
            Talks in Kabul and Tehran went on.                       | Kabul/LOCATION;Tehran/LOCATION
            Aid reached South Sudan on Monday.                       | South Sudan/LOCATION
            Paris Hilton arrived late.                               |
            She reads the Washington Post daily.                     |
            Michael Jordan played well.                              |
            Jordan said it would help.                               |
            the kyiv office was closed.                              |
            """)
    void addsStandaloneKnownPlaces(String text, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(";"));
        assertEquals(want, added(text, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Officials in Moscow said so. | 13 | 19
            """)
    void keepsWhatTheModelFound(String text, int start, int end) {
        Mention m = new Mention(start, end, text.substring(start, end), EntityType.ORGANIZATION, 0);
        assertEquals(List.of(), added(text, List.of(m)));
    }
}
