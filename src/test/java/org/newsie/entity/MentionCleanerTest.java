package org.newsie.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsie.model.EntityType;
import org.newsie.model.Gender;
import org.newsie.model.Mention;

class MentionCleanerTest {
    private final MentionCleaner cleaner = new MentionCleaner();

    /** The mention is the whole of a short text with a little context around it. */
    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            President Donald Trump                   | PERSON       | Donald Trump
            Trump’s                                  | PERSON       | Trump
            Trump's                                  | PERSON       | Trump
            Democrats’                               | ORGANIZATION | Democrats
            the Kremlin                              | ORGANIZATION | Kremlin
            The Kremlin                              | ORGANIZATION | Kremlin
            Britain’s prime minister Keir Starmer    | PERSON       | Keir Starmer
            British Prime Minister Sir Keir Starmer  | PERSON       | Keir Starmer
            White House press secretary Karoline Leavitt | PERSON   | Karoline Leavitt
            Ukrainian President Volodymyr Zelensky   | PERSON       | Volodymyr Zelensky
            Russian Foreign Minister Sergei Lavrov   | PERSON       | Sergei Lavrov
            former President Barack Obama’s          | PERSON       | Barack Obama
            Sen. Chris Murphy                        | PERSON       | Chris Murphy
            Secretary of State Marco Rubio           | PERSON       | Marco Rubio
            Mrs. Clinton                             | PERSON       | Clinton
            Dr. Anne Kim                             | PERSON       | Anne Kim
            Putin’s foreign policy aide Yuri Ushakov | PERSON       | Yuri Ushakov
            Lopez administration                     | PERSON       | Lopez
            the Foreign Ministry                     | ORGANIZATION | Foreign Ministry
            Russia’s Foreign Ministry                | ORGANIZATION | Russia’s Foreign Ministry
            U.S.                                     | LOCATION     | U.S.
            the U.S.                                 | LOCATION     | U.S.
            Washington.                              | LOCATION     | Washington
            “Zelensky                                | PERSON       | Zelensky
            Kyiv,                                    | LOCATION     | Kyiv
            Martin Luther King Jr.                   | PERSON       | Martin Luther King Jr.
            George W. Bush                           | PERSON       | George W. Bush
            General Motors                           | ORGANIZATION | General Motors
            Justice Department                       | ORGANIZATION | Justice Department
            Prince Edward Island                     | LOCATION     | Prince Edward Island
            Apple Inc.                               | ORGANIZATION | Apple Inc.
            President Trump                          | ORGANIZATION | Trump
            Ukrainian President Volodymyr Zelensky   | ORGANIZATION | Volodymyr Zelensky
            Sen. Claire McCaskill (D-Mo.)            | PERSON       | Claire McCaskill
            conservative talk radio host Rush Limbaugh | PERSON     | Rush Limbaugh
            his wife and presidential nominee Hillary Clinton | PERSON | Hillary Clinton
            the Democratic presidential nominee Sen. Ana Ruiz | PERSON | Ana Ruiz
            President Vladimir Putin of Russia       | PERSON       | Vladimir Putin
            Crown Prince Mohammed bin Salman         | PERSON       | Mohammed bin Salman
            Charles de Gaulle                        | PERSON       | Charles de Gaulle
            Bank of America                          | ORGANIZATION | Bank of America
            """)
    void cleansNames(String mention, EntityType type, String expected) {
        String text = "Yesterday " + mention + " and others.";
        Mention m = Texts.at(text, mention, type);
        Optional<Mention> c = cleaner.clean(text, m);
        assertTrue(c.isPresent(), "kept");
        assertEquals(expected, c.get().text());
        assertEquals(expected, text.substring(c.get().start(), c.get().end()));
        assertEquals(type, c.get().type());
        assertEquals(m.sentence(), c.get().sentence());
    }

    @ParameterizedTest(name = "{0} ({1}) dropped")
    @CsvSource(delimiter = '|', textBlock = """
            President           | PERSON
            the President       | PERSON
            President’s         | PERSON
            Prime Minister      | PERSON
            prime minister      | PERSON
            press secretary     | PERSON
            officials           | ORGANIZATION
            ’s                  | PERSON
            “                   | PERSON
            a narrator in the Clinton ad | PERSON
            """)
    void dropsNonNames(String mention, EntityType type) {
        String text = "Yesterday " + mention + " spoke.";
        assertTrue(cleaner.clean(text, Texts.at(text, mention, type)).isEmpty());
    }

    @Test
    void dropsStopWordsUnlessPartOfALongerName() {
        String text = "Still, the talks went on. Overnight, May said. Read more. The May talks. WHO said it. "
                + "Theresa May agreed.";
        List<Mention> in = List.of(
                Texts.at(text, "Still", EntityType.PERSON),
                Texts.at(text, "Overnight", EntityType.LOCATION),
                Texts.at(text, "May", 0, EntityType.PERSON),
                Texts.at(text, "Read", EntityType.ORGANIZATION),
                Texts.at(text, "The", EntityType.ORGANIZATION),
                Texts.at(text, "WHO", EntityType.ORGANIZATION),
                Texts.at(text, "Theresa May", EntityType.PERSON));
        List<String> kept = cleaner.cleanAll(text, in).stream().map(Mention::text).toList();
        assertEquals(List.of("May", "WHO", "Theresa May"), kept);
    }

    @Test
    void stopWordAloneIsDropped() {
        String text = "Read more: the story. It was May.";
        List<Mention> in = List.of(Texts.at(text, "Read", EntityType.PERSON), Texts.at(text, "May", EntityType.PERSON));
        assertTrue(cleaner.cleanAll(text, in).isEmpty());
    }

    @Test
    void cleanAllSortsAndDeduplicates() {
        String text = "Trump met Putin. President Trump left.";
        Mention a = Texts.at(text, "Putin", EntityType.PERSON);
        Mention b = Texts.at(text, "Trump", 0, EntityType.PERSON);
        Mention c = Texts.at(text, "President Trump", EntityType.PERSON);
        Mention d = Texts.at(text, "Trump", 1, EntityType.PERSON);
        List<Mention> out = cleaner.cleanAll(text, List.of(c, a, d, b));
        assertEquals(List.of(0, 10, 27), out.stream().map(Mention::start).toList());
    }

    @Test
    void rejectsMentionsWhoseTextDoesNotMatchTheOffsets() {
        String text = "Trump met Putin.";
        Mention wrong = new Mention(0, 5, "Putin", EntityType.PERSON, 0);
        assertThrows(IllegalArgumentException.class, () -> cleaner.clean(text, wrong));
        Mention outside = new Mention(10, 40, "Putin.", EntityType.PERSON, 0);
        assertThrows(IllegalArgumentException.class, () -> cleaner.clean(text, outside));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mrs. Clinton              | Clinton  | FEMALE
            Mr. Clinton               | Clinton  | MALE
            Ms. Lopez                 | Lopez    | FEMALE
            Sir Keir Starmer          | Keir     | MALE
            Prime Minister Sir Keir   | Keir     | MALE
            Queen Camilla             | Camilla  | FEMALE
            a spokeswoman Ana Ruiz    | Ana      | FEMALE
            met the Queen. Lopez      | Lopez    | UNKNOWN
            Lt. Gov. Ana Lopez        | Ana      | UNKNOWN
            Mrs Lopez                 | Lopez    | FEMALE
            Senator Lopez             | Lopez    | UNKNOWN
            Lopez                     | Lopez    | UNKNOWN
            """)
    void titleCuesBeforeAPosition(String phrase, String name, Gender expected) {
        String text = "Then " + phrase + " spoke.";
        int at = text.indexOf(name);
        assertEquals(expected, GenderCue.decide(cleaner.precedingTitleCues(text, at)));
        for (GenderCue cue : cleaner.precedingTitleCues(text, at)) {
            assertEquals(cue.evidence().text(), text.substring(cue.evidence().start(), cue.evidence().end()));
        }
    }
}
