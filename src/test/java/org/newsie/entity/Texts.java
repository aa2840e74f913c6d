package org.newsie.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.newsie.model.Entity;
import org.newsie.model.EntityType;
import org.newsie.model.Mention;

/** Builds hand-made mentions for tests: phrases located in a text by search. */
final class Texts {
    private Texts() {
    }

    /** The {@code occurrence}-th (0-based) occurrence of {@code phrase} in {@code text} as a mention. */
    static Mention at(String text, String phrase, int occurrence, EntityType type) {
        int from = 0;
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = text.indexOf(phrase, from);
            if (start < 0) {
                throw new IllegalArgumentException("no occurrence " + occurrence + " of " + phrase);
            }
            from = start + 1;
        }
        return new Mention(start, start + phrase.length(), phrase, type, 0);
    }

    static Mention at(String text, String phrase, EntityType type) {
        return at(text, phrase, 0, type);
    }

    /**
     * Every occurrence of {@code phrase} that is not inside a longer word; where part of the
     * phrase is in [brackets] ("[Russia] has"), the mention is only that part.
     */
    static List<Mention> all(String text, String phrase, EntityType type) {
        int open = phrase.indexOf('[');
        if (open >= 0) {
            int close = phrase.indexOf(']');
            String plain = phrase.replace("[", "").replace("]", "");
            int len = close - open - 1;
            List<Mention> out = new ArrayList<>();
            for (Mention m : all(text, plain, type)) {
                int s = m.start() + open;
                out.add(new Mention(s, s + len, text.substring(s, s + len), type, 0));
            }
            return out;
        }
        List<Mention> out = new ArrayList<>();
        int i = text.indexOf(phrase);
        while (i >= 0) {
            int end = i + phrase.length();
            boolean leftOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean rightOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (leftOk && rightOk) {
                out.add(new Mention(i, end, phrase, type, 0));
            }
            i = text.indexOf(phrase, i + 1);
        }
        return out;
    }

    /** The house rule: every mention's text is exactly the text at its offsets; mentions in text order. */
    static void assertOffsets(String text, List<Entity> entities) {
        for (int k = 0; k < entities.size(); k++) {
            Entity e = entities.get(k);
            assertEquals("e" + (k + 1), e.id());
            int previous = -1;
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets of " + m);
                assertEquals(e.type(), m.type(), "mention type follows the entity type");
                assertTrue(m.start() >= previous, "mentions in text order");
                previous = m.start();
            }
            if (k > 0) {
                assertTrue(entities.get(k - 1).mentions().get(0).start() < e.mentions().get(0).start(),
                        "entities ordered by first mention");
            }
        }
    }

    static List<String> texts(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity named " + name + " in " + entities));
    }
}
