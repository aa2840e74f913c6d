package org.newsie.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsie.model.EntityType.LOCATION;
import static org.newsie.model.EntityType.ORGANIZATION;
import static org.newsie.model.EntityType.PERSON;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsie.model.Entity;
import org.newsie.model.EntityType;
import org.newsie.model.Gender;
import org.newsie.model.Mention;

class EntityGrouperTest {
    private final EntityGrouper grouper = new EntityGrouper();

    /** A text, the phrases tagged (every occurrence, with a type), and the expected entities. */
    record Case(String name, String text, List<Tag> tags, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every occurrence of the phrase is tagged; where a part is in [brackets], only that part. */
    record Tag(String phrase, EntityType type) {
    }

    static Tag p(String phrase) {
        return new Tag(phrase, PERSON);
    }

    static Tag l(String phrase) {
        return new Tag(phrase, LOCATION);
    }

    static Tag o(String phrase) {
        return new Tag(phrase, ORGANIZATION);
    }

    /**
     * Expected entities written as {@code TYPE name: mention | mention | …} in order of first
     * mention.
     */
    static Stream<Case> cases() {
        return Stream.of(
                new Case("titles and possessives",
                        "President Donald Trump spoke on Tuesday. Trump’s remarks followed a call. Donald Trump then left. "
                                + "Trump's aides said so.",
                        List.of(p("President Donald Trump"), p("Trump’s"), p("[Donald Trump] then"), p("Trump's")),
                        List.of("PERSON Donald Trump: Donald Trump | Trump | Donald Trump | Trump")),
                new Case("surname before the full name",
                        "Zelensky arrived first. Later, Volodymyr Zelensky met reporters.",
                        List.of(p("[Zelensky] arrived"), p("Volodymyr Zelensky")),
                        List.of("PERSON Volodymyr Zelensky: Zelensky | Volodymyr Zelensky")),
                new Case("organization head",
                        "Russia’s Foreign Ministry said on Monday it objected. Later the Foreign Ministry added more. "
                                + "Russia has not commented.",
                        List.of(o("Russia’s Foreign Ministry"), o("the Foreign Ministry"), l("[Russia] has")),
                        List.of("ORGANIZATION Russia’s Foreign Ministry: Russia’s Foreign Ministry | Foreign Ministry",
                                "LOCATION Russia: Russia")),
                new Case("organization name written the other way round",
                        "The U.S. Department of Energy said no. The Energy Department later agreed. The ENERGY "
                                + "DEPARTMENT wrote. The Treasury Department and the Department of the Treasury are one. "
                                + "The Police Department is not the Department of Energy.",
                        List.of(o("The U.S. Department of Energy"), o("The Energy Department"), o("The ENERGY DEPARTMENT"),
                                o("The Treasury Department"), o("the Department of the Treasury"), o("The Police Department"),
                                o("the Department of Energy")),
                        List.of("ORGANIZATION U.S. Department of Energy: U.S. Department of Energy | Energy Department"
                                        + " | ENERGY DEPARTMENT | Department of Energy",
                                "ORGANIZATION Department of the Treasury: Treasury Department | Department of the Treasury",
                                "ORGANIZATION Police Department: Police Department")),
                new Case("nationality adjective and country possessive",
                        "The Russian Foreign Ministry said no. Russia’s Foreign Ministry later said yes. "
                                + "The U.S. Army and the United States Army are one. The British Foreign Office agreed.",
                        List.of(o("The Russian Foreign Ministry"), o("Russia’s Foreign Ministry"), o("The U.S. Army"),
                                o("the United States Army"), o("The British Foreign Office")),
                        List.of("ORGANIZATION Russian Foreign Ministry: Russian Foreign Ministry | Russia’s Foreign Ministry",
                                "ORGANIZATION United States Army: U.S. Army | United States Army",
                                "ORGANIZATION British Foreign Office: British Foreign Office")),
                new Case("United States aliases",
                        "The U.S. will help. The United States said US troops and U.S.A. planes would stay home.",
                        List.of(l("[U.S.] will"), l("The United States"), l("[US] troops"), l("U.S.A.")),
                        List.of("LOCATION United States: U.S. | United States | US | U.S.A.")),
                new Case("United Kingdom and Britain",
                        "The U.K. agreed. Britain sent aid, the United Kingdom said, and the UK will do more.",
                        List.of(l("U.K."), l("Britain"), l("the United Kingdom"), l("the UK")),
                        List.of("LOCATION United Kingdom: U.K. | Britain | United Kingdom | UK")),
                new Case("acronym and full name",
                        "NATO met in Brussels. The North Atlantic Treaty Organization said NATO would meet again.",
                        List.of(o("NATO"), l("Brussels"), o("The North Atlantic Treaty Organization")),
                        List.of("ORGANIZATION North Atlantic Treaty Organization: NATO | North Atlantic Treaty Organization | NATO",
                                "LOCATION Brussels: Brussels")),
                new Case("initials of content words",
                        "The Federal Emergency Management Agency arrived. FEMA said it would stay.",
                        List.of(o("The Federal Emergency Management Agency"), o("FEMA")),
                        List.of("ORGANIZATION Federal Emergency Management Agency: Federal Emergency Management Agency | FEMA")),
                new Case("legal suffix dropped",
                        "Apple Inc. reported results. Apple said sales rose.",
                        List.of(o("Apple Inc."), o("[Apple] said")),
                        List.of("ORGANIZATION Apple Inc.: Apple Inc. | Apple")),
                new Case("two Clintons: the most recent one",
                        "Hillary Clinton spoke first. Bill Clinton spoke next. Clinton then left the stage.",
                        List.of(p("Hillary Clinton"), p("Bill Clinton"), p("[Clinton] then")),
                        List.of("PERSON Hillary Clinton: Hillary Clinton",
                                "PERSON Bill Clinton: Bill Clinton | Clinton")),
                new Case("two Clintons: a gendered title decides",
                        "Hillary Clinton spoke first. Bill Clinton spoke next. Mrs. Clinton then left the stage.",
                        List.of(p("Hillary Clinton"), p("Bill Clinton"), p("Mrs. Clinton")),
                        List.of("PERSON Hillary Clinton: Hillary Clinton | Clinton",
                                "PERSON Bill Clinton: Bill Clinton")),
                new Case("two Clintons: surname first goes to the next one",
                        "Clinton opened the event. Bill Clinton spoke. Hillary Clinton closed it.",
                        List.of(p("[Clinton] opened"), p("Bill Clinton"), p("Hillary Clinton")),
                        List.of("PERSON Bill Clinton: Clinton | Bill Clinton",
                                "PERSON Hillary Clinton: Hillary Clinton")),
                new Case("first name alone joins when unambiguous",
                        "Karoline Leavitt briefed reporters. Karoline said the meeting went well.",
                        List.of(p("Karoline Leavitt"), p("[Karoline] said")),
                        List.of("PERSON Karoline Leavitt: Karoline Leavitt | Karoline")),
                new Case("first name alone stays apart when ambiguous",
                        "Chris Murphy and Chris Coons met. Chris said nothing.",
                        List.of(p("Chris Murphy"), p("Chris Coons"), p("[Chris] said")),
                        List.of("PERSON Chris Murphy: Chris Murphy", "PERSON Chris Coons: Chris Coons",
                                "PERSON Chris: Chris")),
                new Case("family name first: the short form is the first word",
                        "Kim Jong Un fired a missile. Kim said more would come. Xi Jinping called. Xi urged calm. Kim left.",
                        List.of(p("Kim Jong Un"), p("[Kim] said"), p("Xi Jinping"), p("[Xi] urged"), p("[Kim] left")),
                        List.of("PERSON Kim Jong Un: Kim Jong Un | Kim | Kim", "PERSON Xi Jinping: Xi Jinping | Xi")),
                new Case("a long mis-tagged phrase does not swallow a name",
                        "Obama Says Museum Will Tell Story. Obama spoke. Obama left. Obama smiled.",
                        List.of(p("Obama Says Museum Will Tell Story"), p("[Obama] spoke"), p("[Obama] left"),
                                p("[Obama] smiled")),
                        List.of("PERSON Obama Says Museum Will Tell Story: Obama Says Museum Will Tell Story",
                                "PERSON Obama: Obama | Obama | Obama")),
                new Case("place Washington apart from George Washington",
                        "George Washington crossed the river. Officials in Washington said so. Washington agreed.",
                        List.of(p("George Washington"), l("[Washington] said"), l("[Washington] agreed")),
                        List.of("PERSON George Washington: George Washington",
                                "LOCATION Washington: Washington | Washington")),
                new Case("a single well-known place stays apart",
                        "George Washington crossed the river. Officials in Washington said so.",
                        List.of(p("George Washington"), l("[Washington] said")),
                        List.of("PERSON George Washington: George Washington", "LOCATION Washington: Washington")),
                new Case("surname typed as person joins",
                        "George Washington crossed the river. Washington then rested.",
                        List.of(p("George Washington"), p("[Washington] then")),
                        List.of("PERSON George Washington: George Washington | Washington")),
                new Case("a single mistyped surname joins its person",
                        "Volodymyr Zelensky arrived. Zelensky said the talks went well. Volodymyr Zelensky left.",
                        List.of(p("Volodymyr Zelensky"), l("[Zelensky] said")),
                        List.of("PERSON Volodymyr Zelensky: Volodymyr Zelensky | Zelensky | Volodymyr Zelensky")),
                new Case("majority type wins",
                        "Acme opened a plant. Acme hired workers. Acme was busy.",
                        List.of(new Tag("[Acme] opened", ORGANIZATION), new Tag("[Acme] hired", ORGANIZATION),
                                new Tag("[Acme] was", LOCATION)),
                        List.of("ORGANIZATION Acme: Acme | Acme | Acme")),
                new Case("type tie goes to PERSON",
                        "Jordan Reyes arrived. Jordan Reyes left.",
                        List.of(new Tag("[Jordan Reyes] arrived", ORGANIZATION), new Tag("[Jordan Reyes] left", PERSON)),
                        List.of("PERSON Jordan Reyes: Jordan Reyes | Jordan Reyes")),
                new Case("generation suffix keeps father and son apart",
                        "Donald Trump Jr. spoke. Donald Trump listened.",
                        List.of(p("Donald Trump Jr."), p("[Donald Trump] listened")),
                        List.of("PERSON Donald Trump Jr.: Donald Trump Jr.", "PERSON Donald Trump: Donald Trump")),
                new Case("middle initial",
                        "George W. Bush spoke. George Bush then left. Bush waved.",
                        List.of(p("George W. Bush"), p("George Bush"), p("[Bush] waved")),
                        List.of("PERSON George W. Bush: George W. Bush | George Bush | Bush")),
                new Case("person and organization sharing a word stay apart",
                        "Donald Trump spoke. The Trump Organization said it agreed. Trump left.",
                        List.of(p("[Donald Trump] spoke"), o("The Trump Organization"), p("[Trump] left")),
                        List.of("PERSON Donald Trump: Donald Trump | Trump",
                                "ORGANIZATION Trump Organization: Trump Organization")),
                new Case("fullest mention is the name",
                        "Putin said no. Vladimir Putin left. Putin was tired. Vladimir Vladimirovich Putin slept.",
                        List.of(p("[Putin] said"), p("Vladimir Putin left"), p("[Putin] was"),
                                p("Vladimir Vladimirovich Putin")),
                        List.of("PERSON Vladimir Vladimirovich Putin: Putin | Vladimir Putin | Putin | "
                                + "Vladimir Vladimirovich Putin")),
                new Case("a first name and a person's surname make a person, whatever the model typed",
                        "Donald Trump spoke. Trump left. Trump came back. Chelsea Clinton and Clinton met. "
                                + "Later Clinton said so. Justice Scalia wrote. Scalia dissented. Scalia retired.",
                        List.of(o("[Donald Trump] spoke"), p("[Trump] left"), p("[Trump] came"), l("Chelsea Clinton"),
                                p("[Clinton] met"), p("[Clinton] said"), o("Justice Scalia"), p("[Scalia] dissented"),
                                p("[Scalia] retired")),
                        List.of("PERSON Donald Trump: Donald Trump | Trump | Trump",
                                "PERSON Chelsea Clinton: Chelsea Clinton | Clinton | Clinton",
                                "PERSON Scalia: Scalia | Scalia | Scalia")),
                new Case("not for a well-known place",
                        "North Korea fired. North Korea slept. Korea answered. Korea waited.",
                        List.of(o("North Korea"), p("[Korea] answered"), p("[Korea] waited")),
                        List.of("ORGANIZATION North Korea: North Korea | North Korea", "PERSON Korea: Korea | Korea")),
                new Case("a person is named by a mention starting with a first name",
                        "He wrote to Senate Armed Services Committee Carl Levin. Carl Levin said no. Carl Levin left.",
                        List.of(o("Senate Armed Services Committee Carl Levin"), p("[Carl Levin] said"),
                                p("[Carl Levin] left")),
                        List.of("PERSON Carl Levin: Senate Armed Services Committee Carl Levin | Carl Levin | Carl Levin")),
                new Case("a person is not named by a joined mention of another type ending in a word of its own",
                        "President Bush spoke. The Bush Administration said no. Bush left.",
                        List.of(p("[Bush] spoke"), o("The Bush Administration"), p("[Bush] left")),
                        List.of("PERSON Bush: Bush | Bush Administration | Bush")),
                new Case("ties go to the first written form",
                        "The U.S. said no. US troops stayed. The U.S. agreed.",
                        List.of(l("U.S."), l("[US] troops")),
                        List.of("LOCATION U.S.: U.S. | US | U.S.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void groups(Case c) {
        List<Mention> mentions = new ArrayList<>();
        for (Tag t : c.tags()) {
            mentions.addAll(Texts.all(c.text(), t.phrase(), t.type()));
        }
        List<Entity> entities = grouper.group(c.text(), mentions);
        Texts.assertOffsets(c.text(), entities);
        List<String> got = entities.stream()
                .map(e -> e.type() + " " + e.name() + ": " + String.join(" | ", Texts.texts(e))).toList();
        assertEquals(c.expected(), got);
    }

    @Test
    void inputOrderDoesNotMatter() {
        String text = "President Donald Trump met Ukrainian President Volodymyr Zelensky in Washington. "
                + "Trump said the U.S. would help. Zelensky thanked Trump. The United States agreed.";
        List<Mention> mentions = new ArrayList<>(List.of(
                Texts.at(text, "President Donald Trump", PERSON),
                Texts.at(text, "Ukrainian President Volodymyr Zelensky", PERSON),
                Texts.at(text, "Washington", LOCATION),
                Texts.at(text, "Trump", 1, PERSON),
                Texts.at(text, "U.S.", LOCATION),
                Texts.at(text, "Zelensky", 1, PERSON),
                Texts.at(text, "Trump", 2, PERSON),
                Texts.at(text, "The United States", LOCATION)));
        List<Entity> expected = grouper.group(text, mentions);
        assertEquals(List.of("Donald Trump", "Volodymyr Zelensky", "Washington", "United States"),
                expected.stream().map(Entity::name).toList());
        Random random = new Random(7);
        for (int i = 0; i < 5; i++) {
            Collections.shuffle(mentions, random);
            assertEquals(expected, grouper.group(text, mentions));
        }
    }

    @Test
    void gender() {
        String text = "Mrs. Ortega spoke. Sir Keir Starmer replied. Karoline Leavitt listened. Dana Quill left. "
                + "Acme Corp. said nothing. Ms. Ortega, Anna Ortega, nodded.";
        List<Mention> mentions = List.of(
                Texts.at(text, "Mrs. Ortega", PERSON),
                Texts.at(text, "Sir Keir Starmer", PERSON),
                Texts.at(text, "Karoline Leavitt", PERSON),
                Texts.at(text, "Dana Quill", PERSON),
                Texts.at(text, "Acme Corp.", ORGANIZATION),
                Texts.at(text, "Ms. Ortega", PERSON),
                Texts.at(text, "Anna Ortega", PERSON));
        List<Entity> entities = grouper.group(text, mentions);
        Texts.assertOffsets(text, entities);
        assertEquals(Gender.FEMALE, Texts.named(entities, "Anna Ortega").gender());
        assertEquals(Gender.MALE, Texts.named(entities, "Keir Starmer").gender());
        assertEquals(Gender.FEMALE, Texts.named(entities, "Karoline Leavitt").gender());
        assertEquals(Gender.UNKNOWN, Texts.named(entities, "Acme Corp.").gender());
        List<GenderCue> cues = grouper.genderCues(text, Texts.named(entities, "Anna Ortega"));
        assertEquals(List.of("Mrs.", "Ms.", "Anna"), cues.stream().map(c -> c.evidence().text()).toList());
        assertEquals(List.of(GenderCue.Source.TITLE, GenderCue.Source.TITLE, GenderCue.Source.FIRST_NAME),
                cues.stream().map(GenderCue::source).toList());
        for (GenderCue cue : cues) {
            assertEquals(cue.evidence().text(), text.substring(cue.evidence().start(), cue.evidence().end()));
        }
    }

    @Test
    void titleOutweighsFirstName() {
        // the lexicon's gender for a first name loses against an explicit title
        String text = "Mr. Kim Lee spoke. Kim Lee left.";
        List<Entity> entities = grouper.group(text,
                List.of(Texts.at(text, "Mr. Kim Lee", PERSON), Texts.at(text, "Kim Lee", 1, PERSON)));
        assertEquals(Gender.MALE, entities.get(0).gender());
    }

    @Test
    void entityAt() {
        String text = "Sergei Lavrov met Marco Rubio. Lavrov said little.";
        List<Entity> entities = grouper.group(text, List.of(
                Texts.at(text, "Sergei Lavrov", PERSON), Texts.at(text, "Marco Rubio", PERSON),
                Texts.at(text, "Lavrov", 1, PERSON)));
        assertEquals("Sergei Lavrov", EntityGrouper.entityAt(entities, 31, 37).orElseThrow().name());
        assertEquals("Sergei Lavrov", EntityGrouper.entityAt(entities, 0, 20).orElseThrow().name(),
                "largest overlap wins");
        assertEquals("Marco Rubio", EntityGrouper.entityAt(entities, 15, 30).orElseThrow().name());
        assertEquals("Marco Rubio", EntityGrouper.entityAt(entities, 20, 20).orElseThrow().name(), "a point");
        assertTrue(EntityGrouper.entityAt(entities, 13, 17).isEmpty(), "\"met\" is no entity");
    }

    @Test
    void resolveName() {
        String text = "Hillary Clinton spoke. Russian Foreign Minister Sergei Lavrov listened. Bill Clinton left. "
                + "NATO met. The U.S. agreed. Russia’s Foreign Ministry objected.";
        List<Entity> entities = grouper.group(text, List.of(
                Texts.at(text, "Hillary Clinton", PERSON),
                Texts.at(text, "Russian Foreign Minister Sergei Lavrov", PERSON),
                Texts.at(text, "Bill Clinton", PERSON),
                Texts.at(text, "NATO", ORGANIZATION),
                Texts.at(text, "The U.S.", LOCATION),
                Texts.at(text, "Russia’s Foreign Ministry", ORGANIZATION)));
        assertEquals("Sergei Lavrov", grouper.resolveName(entities, "Lavrov").orElseThrow().name());
        assertEquals("Sergei Lavrov", grouper.resolveName(entities, "Lavrov’s").orElseThrow().name());
        assertEquals("Sergei Lavrov",
                grouper.resolveName(entities, "Russian Foreign Minister Sergei Lavrov").orElseThrow().name());
        assertEquals("Sergei Lavrov", grouper.resolveName(entities, "Sergei V. Lavrov").orElseThrow().name());
        assertEquals("Hillary Clinton", grouper.resolveName(entities, "Hillary").orElseThrow().name());
        assertEquals("U.S.", grouper.resolveName(entities, "the United States").orElseThrow().name());
        assertEquals("Russia’s Foreign Ministry",
                grouper.resolveName(entities, "the Foreign Ministry").orElseThrow().name());
        assertTrue(grouper.resolveName(entities, "Clinton").isEmpty(), "ambiguous without a position");
        int afterBill = text.indexOf("NATO");
        assertEquals("Bill Clinton", grouper.resolveName(entities, "Clinton", afterBill).orElseThrow().name());
        int afterHillary = text.indexOf("Russian");
        assertEquals("Hillary Clinton", grouper.resolveName(entities, "Clinton", afterHillary).orElseThrow().name());
        assertEquals("Sergei Lavrov", grouper.resolveName(entities,
                "Sergei Lavrov, the veteran foreign minister of Russia,").orElseThrow().name());
        assertEquals("Bill Clinton", grouper.resolveName(entities, "Bill Clinton (D-Ark.)").orElseThrow().name());
        assertEquals("Sergei Lavrov", grouper.resolveName(entities, "His counterpart, Sergei Lavrov").orElseThrow().name());
        assertTrue(grouper.resolveName(entities, "Macron").isEmpty());
        assertTrue(grouper.resolveName(entities, "the President").isEmpty());
        assertTrue(grouper.resolveName(entities, "").isEmpty());
    }

    @Test
    void noMentionsNoEntities() {
        assertEquals(List.of(), grouper.group("Nothing here.", List.of()));
    }

    @Test
    void badOffsetsAreRejected() {
        String text = "Trump met Putin.";
        assertThrows(IllegalArgumentException.class,
                () -> grouper.group(text, List.of(new Mention(0, 5, "Putin", PERSON, 0))));
    }

    @Test
    void differentPeopleKeepDifferentIds() {
        String text = "Anna Ortega met Luis Ortega. Ortega said yes.";
        List<Entity> entities = grouper.group(text, List.of(
                Texts.at(text, "Anna Ortega", PERSON), Texts.at(text, "Luis Ortega", PERSON),
                Texts.at(text, "Ortega", 2, PERSON)));
        assertEquals(2, entities.size());
        assertNotEquals(entities.get(0).id(), entities.get(1).id());
        assertEquals(List.of("Luis Ortega", "Ortega"), Texts.texts(entities.get(1)));
    }

    @Test
    void oneGrouperServesSeveralThreads() throws Exception {
        String text = "Hillary Clinton spoke. Bill Clinton listened. Mrs. Clinton left. NATO met. "
                + "The North Atlantic Treaty Organization agreed.";
        List<Mention> mentions = List.of(
                Texts.at(text, "Hillary Clinton", PERSON), Texts.at(text, "Bill Clinton", PERSON),
                Texts.at(text, "Mrs. Clinton", PERSON), Texts.at(text, "NATO", ORGANIZATION),
                Texts.at(text, "The North Atlantic Treaty Organization", ORGANIZATION));
        List<Entity> expected = grouper.group(text, mentions);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<List<Entity>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> grouper.group(text, mentions)));
            }
            for (java.util.concurrent.Future<List<Entity>> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
