package org.newsie.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.newsie.model.EntityType;
import org.newsie.model.Mention;
import org.newsie.model.Sentence;
import org.newsie.model.Token;

/**
 * A rule where the statistical name finder is weak: a well-known place (a country, U.S. state,
 * national capital or large city of {@code places.txt}) standing alone in a sentence, capitalized and
 * not part of a longer capitalized name, is a LOCATION mention even when the model missed it
 * ("… security guarantees to Kyiv once the war ends"). Words that are also first names ("Jordan",
 * "Georgia") are left to the model. Thread-safe.
 */
public final class KnownPlaces {
    /** Longest place name looked for, in tokens ("United Arab Emirates"). */
    static final int MAX_TOKENS = 3;

    private final EntityLexicon lexicon;

    public KnownPlaces(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public KnownPlaces() {
        this(EntityLexicon.defaults());
    }

    /**
     * The given mentions plus the known places they missed, in text order.
     *
     * @param sentences the sentences the mentions were found in ({@link Mention#sentence} indexes them)
     */
    public List<Mention> complete(String text, List<Sentence> sentences, List<Mention> mentions) {
        List<Mention> added = new ArrayList<>();
        int next = 0; // index into mentions, which are in text order
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> toks = sentences.get(si).tokens();
            for (int i = 0; i < toks.size(); i++) {
                if (!capitalized(toks.get(i).text())
                        || (i > 0 && capitalized(toks.get(i - 1).text()) && !toks.get(i - 1).text().equals("The"))) {
                    continue;
                }
                for (int n = Math.min(MAX_TOKENS, toks.size() - i); n >= 1; n--) {
                    int end = i + n;
                    if (end < toks.size() && capitalized(toks.get(end).text())) {
                        continue; // part of a longer name: "Paris Hilton", "Washington Post"
                    }
                    int s = toks.get(i).start();
                    int e = toks.get(end - 1).end();
                    String name = text.substring(s, e);
                    if (!lexicon.isKnownPlace(NameText.key(name)) || (n == 1 && lexicon.isFirstName(name))) {
                        continue;
                    }
                    while (next < mentions.size() && mentions.get(next).end() <= s) {
                        next++;
                    }
                    if (next >= mentions.size() || mentions.get(next).start() >= e) {
                        added.add(new Mention(s, e, name, EntityType.LOCATION, si));
                    }
                    i = end - 1;
                    break;
                }
            }
        }
        if (added.isEmpty()) {
            return mentions;
        }
        List<Mention> all = new ArrayList<>(mentions);
        all.addAll(added);
        all.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return List.copyOf(all);
    }

    private static boolean capitalized(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
    }
}
