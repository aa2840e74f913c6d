package org.newsie.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.newsie.model.EntityType.LOCATION;
import static org.newsie.model.EntityType.ORGANIZATION;
import static org.newsie.model.EntityType.PERSON;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsie.model.Entity;
import org.newsie.model.EntityType;
import org.newsie.model.Gender;
import org.newsie.model.Mention;

/** Whole stories with the kind of mentions a statistical name finder gives, errors included. */
class NewsStoryTest {
    private final EntityGrouper grouper = new EntityGrouper();

    /** A story written for this test (invented people), news style. */
    private static final String STORY = String.join("\n",
            "Austrian Chancellor Greta Holm said on Wednesday that the European Union would keep its sanctions on "
                    + "Belarus in place. Holm’s comments followed talks in Vienna with French President Emmanuel "
                    + "Marchand and Sen. Dana Whitfield of Ohio.",
            "“We are united on this,” Holm told reporters. Marchand said the EU would decide “within weeks.”",
            "Whitfield, who leads a Senate panel on Europe, said the U.S. backed the move. Her husband, former "
                    + "ambassador Tom Whitfield, joined the talks. Mrs. Whitfield later met the Belarusian opposition "
                    + "leader Sviatlana Orlova, and Orlova’s office called the meeting useful.",
            "Still, the Kremlin condemned the decision. Russia’s Foreign Ministry called it hostile, and the "
                    + "ministry’s spokeswoman Maria Zaitseva said Moscow would respond. Zaitseva gave no details.",
            "Read more: Why Holm Is Betting on Brussels",
            "The United States has not commented, Whitfield said.");

    @Test
    void inventedStory() {
        String t = STORY;
        List<Mention> ms = new ArrayList<>();
        ms.add(Texts.at(t, "Austrian Chancellor Greta Holm", PERSON));
        ms.add(Texts.at(t, "European Union", ORGANIZATION));
        ms.add(Texts.at(t, "Belarus", LOCATION));
        ms.add(Texts.at(t, "Holm’s", PERSON));
        ms.add(Texts.at(t, "Vienna", LOCATION));
        ms.add(Texts.at(t, "French President Emmanuel Marchand", PERSON));
        ms.add(Texts.at(t, "Sen. Dana Whitfield", PERSON));
        ms.add(Texts.at(t, "Ohio", LOCATION));
        ms.add(Texts.at(t, "Holm", 2, PERSON));
        ms.add(Texts.at(t, "Marchand", 1, ORGANIZATION)); // a type error of the name finder
        ms.add(Texts.at(t, "EU", ORGANIZATION));
        ms.add(Texts.at(t, "Whitfield,", PERSON));
        ms.add(Texts.at(t, "Senate", ORGANIZATION));
        ms.add(Texts.at(t, "Europe,", LOCATION));
        ms.add(Texts.at(t, "U.S.", LOCATION));
        ms.add(Texts.at(t, "Tom Whitfield", PERSON));
        ms.add(Texts.at(t, "Mrs. Whitfield", PERSON));
        ms.add(Texts.at(t, "Sviatlana Orlova", PERSON));
        ms.add(Texts.at(t, "Orlova’s", PERSON));
        ms.add(Texts.at(t, "Still", PERSON)); // noise
        ms.add(Texts.at(t, "the Kremlin", ORGANIZATION));
        ms.add(Texts.at(t, "Russia’s Foreign Ministry", ORGANIZATION));
        ms.add(Texts.at(t, "spokeswoman Maria Zaitseva", PERSON));
        ms.add(Texts.at(t, "Moscow", LOCATION));
        ms.add(Texts.at(t, "Zaitseva", 1, PERSON));
        ms.add(Texts.at(t, "Read", ORGANIZATION)); // noise
        ms.add(Texts.at(t, "Holm", 3, PERSON));
        ms.add(Texts.at(t, "Brussels", LOCATION));
        ms.add(Texts.at(t, "The United States", LOCATION));
        ms.add(Texts.at(t, "Whitfield", 4, PERSON));

        List<Entity> es = grouper.group(t, ms);
        Texts.assertOffsets(t, es);
        List<String> got = es.stream().map(e -> e.id() + " " + e.type() + " " + e.name() + " " + e.mentions().size())
                .toList();
        assertEquals(List.of(
                "e1 PERSON Greta Holm 4",
                "e2 ORGANIZATION European Union 2",
                "e3 LOCATION Belarus 1",
                "e4 LOCATION Vienna 1",
                "e5 PERSON Emmanuel Marchand 2",
                "e6 PERSON Dana Whitfield 4",
                "e7 LOCATION Ohio 1",
                "e8 ORGANIZATION Senate 1",
                "e9 LOCATION Europe 1",
                "e10 LOCATION United States 2",
                "e11 PERSON Tom Whitfield 1",
                "e12 PERSON Sviatlana Orlova 2",
                "e13 ORGANIZATION Kremlin 1",
                "e14 ORGANIZATION Russia’s Foreign Ministry 1",
                "e15 PERSON Maria Zaitseva 2",
                "e16 LOCATION Moscow 1",
                "e17 LOCATION Brussels 1"), got);
        Map<String, Gender> genders = es.stream().filter(e -> e.type() == PERSON)
                .collect(Collectors.toMap(Entity::name, Entity::gender));
        assertEquals(Gender.FEMALE, genders.get("Greta Holm"));
        assertEquals(Gender.MALE, genders.get("Emmanuel Marchand"));
        assertEquals(Gender.FEMALE, genders.get("Dana Whitfield"));
        assertEquals(Gender.MALE, genders.get("Tom Whitfield"));
        assertEquals(Gender.FEMALE, genders.get("Maria Zaitseva"));
        // the last "Whitfield said" is the senator, mentioned last as "Mrs. Whitfield"
        Entity dana = Texts.named(es, "Dana Whitfield");
        assertEquals(t.lastIndexOf("Whitfield"), dana.mentions().get(3).start());
        // speaker look-ups the quote stage will make
        assertEquals("Maria Zaitseva", grouper.resolveName(es, "spokeswoman Maria Zaitseva").orElseThrow().name());
        assertEquals("Dana Whitfield",
                grouper.resolveName(es, "Whitfield", t.lastIndexOf("Whitfield")).orElseThrow().name());
    }

    /**
     * The bundled sample article with the mentions a name finder plausibly returns (phrases tagged
     * wherever they occur, longest first, and some of its typical mistakes). Skips without ../shared.
     */
    @Test
    void sampleArticlePeople() throws IOException {
        Path sample = Path.of("../shared/data/samples/time-ukraine.txt");
        assumeTrue(Files.exists(sample), "sample article not available");
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        Map<String, EntityType> phrases = new LinkedHashMap<>();
        for (String p : List.of("President Donald Trump", "Ukrainian President Volodymyr Zelensky",
                "White House press secretary Karoline Leavitt", "British Prime Minister Sir Keir Starmer",
                "Keir Starmer", "Russian Foreign Minister Sergei Lavrov", "Russian President Vladimir Putin",
                "President Vladimir Putin", "Yuri Ushakov", "Nik Popli", "Trump", "Zelensky", "Leavitt", "Putin",
                "Lavrov", "Colman Domingo", "Michelle Zauner", "President", "Still", "Overnight")) {
            phrases.put(p, PERSON);
        }
        for (String p : List.of("Fox News", "White House", "Kremlin", "NATO", "Russia’s Foreign Ministry",
                "Trump Administration", "TIME", "Rossiya 24", "Read")) {
            phrases.put(p, ORGANIZATION);
        }
        for (String p : List.of("United States", "U.S.", "Ukraine", "Russia", "Washington", "Kyiv", "Moscow",
                "United Kingdom", "U.K.", "Britain", "Europe")) {
            phrases.put(p, LOCATION);
        }
        List<Mention> mentions = tagLongestFirst(text, phrases);
        // typical name-finder slips: a surname typed as a place, a country typed as an organization
        int z = text.indexOf("Zelensky left");
        mentions.replaceAll(m -> m.start() == z ? new Mention(m.start(), m.end(), m.text(), LOCATION, 0) : m);

        List<Entity> es = grouper.group(text, mentions);
        Texts.assertOffsets(text, es);
        List<String> people = es.stream().filter(e -> e.type() == PERSON).map(Entity::name).toList();
        assertEquals(List.of("Donald Trump", "Volodymyr Zelensky", "Karoline Leavitt", "Keir Starmer",
                "Vladimir Putin", "Yuri Ushakov", "Sergei Lavrov", "Colman Domingo", "Michelle Zauner", "Nik Popli"),
                people);
        Entity trump = Texts.named(es, "Donald Trump");
        assertEquals(Gender.MALE, trump.gender());
        assertTrue(trump.mentions().size() > 15, "all the Trump mentions: " + trump.mentions().size());
        assertEquals(Gender.MALE, Texts.named(es, "Keir Starmer").gender());
        assertEquals(Gender.FEMALE, Texts.named(es, "Karoline Leavitt").gender());
        Entity zelensky = Texts.named(es, "Volodymyr Zelensky");
        assertTrue(zelensky.mentions().stream().anyMatch(m -> m.start() == z), "mistyped Zelensky joined");
        List<String> places = es.stream().filter(e -> e.type() == LOCATION).map(Entity::name).toList();
        assertTrue(places.contains("United States") && places.contains("United Kingdom"), places.toString());
        assertTrue(!places.contains("U.S.") && !places.contains("U.K.") && !places.contains("Britain"), places.toString());
        List<String> orgs = es.stream().filter(e -> e.type() == ORGANIZATION).map(Entity::name).toList();
        assertTrue(orgs.contains("Trump Administration") && orgs.contains("Kremlin"), orgs.toString());
        assertTrue(!orgs.contains("Read"), orgs.toString());
    }

    /** Tags every whole-word occurrence of each phrase, longer phrases first, skipping overlaps. */
    static List<Mention> tagLongestFirst(String text, Map<String, EntityType> phrases) {
        List<Map.Entry<String, EntityType>> order = new ArrayList<>(phrases.entrySet());
        order.sort((a, b) -> b.getKey().length() - a.getKey().length());
        boolean[] taken = new boolean[text.length()];
        List<Mention> out = new ArrayList<>();
        for (Map.Entry<String, EntityType> e : order) {
            for (Mention m : Texts.all(text, e.getKey(), e.getValue())) {
                boolean free = true;
                for (int i = m.start(); i < m.end(); i++) {
                    free &= !taken[i];
                }
                if (free) {
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    out.add(m);
                }
            }
        }
        return out;
    }
}
