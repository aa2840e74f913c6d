package org.newsie.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsie.model.Gender;
import org.newsie.text.ResourceLines;

/**
 * The word lists the entity stage uses, loaded from resource files under
 * {@code org/newsie/entity/} (each file names its source and licence in its header). Immutable and
 * thread-safe; {@link #defaults()} loads the bundled lists once.
 */
public final class EntityLexicon {

    /** A title ("prime minister", "Sen."), with the gender it reveals, if any. */
    record Title(List<String> words, Gender gender, boolean personOnly) {
        Title {
            words = List.copyOf(words);
        }
    }

    private final Map<List<String>, Title> titles;
    private final int longestTitle;
    private final Set<String> stopwords;
    private final Set<String> orgSuffixes;
    private final Set<String> invertedHeads;
    private final Map<String, String> aliases;
    private final Map<String, String> aliasNames;
    private final Set<String> places;
    private final Set<String> particles;
    private final Map<String, String> demonyms;
    private final Map<String, Gender> firstNames;

    private EntityLexicon(Map<List<String>, Title> titles, Set<String> stopwords, Set<String> orgSuffixes,
            Set<String> invertedHeads, Map<String, String> aliases, Map<String, String> aliasNames, Set<String> places, Set<String> particles,
            Map<String, String> demonyms, Map<String, Gender> firstNames) {
        this.titles = Map.copyOf(titles);
        this.longestTitle = titles.keySet().stream().mapToInt(List::size).max().orElse(0);
        this.stopwords = Set.copyOf(stopwords);
        this.orgSuffixes = Set.copyOf(orgSuffixes);
        this.invertedHeads = Set.copyOf(invertedHeads);
        this.aliases = Map.copyOf(aliases);
        this.aliasNames = Map.copyOf(aliasNames);
        this.places = Set.copyOf(places);
        this.particles = Set.copyOf(particles);
        this.demonyms = Map.copyOf(demonyms);
        this.firstNames = Collections.unmodifiableMap(firstNames); // 63,000 names: no second copy at start-up
    }

    private static final class Holder {
        static final EntityLexicon DEFAULTS = load();
    }

    /** The bundled lexicons, loaded on first use and shared. */
    public static EntityLexicon defaults() {
        return Holder.DEFAULTS;
    }

    private static EntityLexicon load() {
        Map<List<String>, Title> titles = new HashMap<>();
        for (String line : lines("titles.tsv")) {
            String[] f = line.split("\t");
            if (f.length < 3) {
                throw new IllegalStateException("titles.tsv: bad line: " + line);
            }
            List<String> words = NameText.normTokens(f[0]);
            titles.put(words, new Title(words, gender(f[1]), f[2].equals("p")));
        }
        Set<String> stop = new HashSet<>();
        for (String line : lines("stopwords.txt")) {
            stop.add(NameText.key(line));
        }
        Set<String> suffixes = new HashSet<>();
        for (String line : lines("org-suffixes.txt")) {
            suffixes.add(NameText.key(line));
        }
        Set<String> heads = new HashSet<>();
        for (String line : lines("inverted-heads.txt")) {
            heads.add(NameText.key(line));
        }
        Map<String, String> aliases = new HashMap<>();
        Map<String, String> aliasNames = new HashMap<>();
        for (String line : lines("aliases.txt")) {
            String[] f = line.split("\\|");
            String canonical = keyWithoutThe(f[0]);
            aliasNames.put(canonical, f[0].trim());
            for (String alias : f) {
                String k = keyWithoutThe(alias);
                String previous = aliases.putIfAbsent(k, canonical);
                if (previous != null && !previous.equals(canonical)) {
                    throw new IllegalStateException("aliases.txt: " + alias + " in two groups");
                }
            }
        }
        Set<String> places = new HashSet<>();
        for (String line : lines("places.txt")) {
            places.add(NameText.key(line));
        }
        Set<String> particles = new HashSet<>();
        for (String line : lines("name-particles.txt")) {
            particles.add(line.strip());
        }
        Map<String, String> demonyms = new HashMap<>();
        for (String line : lines("demonyms.txt")) {
            String[] f = line.split("\\|");
            String place = NameText.key(f[1]);
            demonyms.put(NameText.key(f[0]), aliases.getOrDefault(place, place));
        }
        Map<String, Gender> first = new HashMap<>(1 << 17);
        for (String line : lines("first-names.tsv")) {
            int tab = line.indexOf('\t');
            int tab2 = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
            if (tab < 0) {
                throw new IllegalStateException("first-names.tsv: bad line: " + line);
            }
            first.put(line.substring(0, tab), gender(line.substring(tab + 1, tab2 < 0 ? line.length() : tab2)));
        }
        return new EntityLexicon(titles, stop, suffixes, heads, aliases, aliasNames, places, particles, demonyms, first);
    }

    private static String keyWithoutThe(String name) {
        List<String> toks = new ArrayList<>(NameText.normTokens(name));
        if (toks.size() > 1 && toks.get(0).equals("the")) {
            toks.remove(0);
        }
        return String.join(" ", toks);
    }

    private static Gender gender(String code) {
        return switch (code.trim()) {
            case "M" -> Gender.MALE;
            case "F" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }

    private static List<String> lines(String resource) {
        return ResourceLines.read(EntityLexicon.class, resource);
    }

    /** The title made of exactly these normalized words, if it is one. */
    Optional<Title> title(List<String> normWords) {
        return Optional.ofNullable(titles.get(normWords));
    }

    int longestTitle() {
        return longestTitle;
    }

    /** True when the normalized word is on the stop list of words that are never a name alone. */
    boolean isStopword(String normWord) {
        return stopwords.contains(normWord);
    }

    /**
     * The place a normalized nationality adjective belongs to ({@code "russian"} → {@code "russia"},
     * {@code "british"} → {@code "united kingdom"}), as a canonical key.
     */
    Optional<String> demonymPlace(String normWords) {
        return Optional.ofNullable(demonyms.get(normWords));
    }

    /** True for a lower-case word that may stand inside a person's name (van, de, bin). */
    boolean isNameParticle(String word) {
        return particles.contains(word);
    }

    /** A head word of organization names written both ways round ("department", "ministry"; {@code inverted-heads.txt}). */
    boolean isInvertedHead(String normWord) {
        return invertedHeads.contains(normWord);
    }

    boolean isOrgSuffix(String normWord) {
        return orgSuffixes.contains(normWord);
    }

    /** The canonical key of an alias group ({@code "us"} → {@code "united states"}), or the key itself. */
    String canonicalKey(String key) {
        return aliases.getOrDefault(key, key);
    }

    boolean isAlias(String key) {
        return aliases.containsKey(key);
    }

    /** The preferred spelling of an alias group's canonical key ({@code "United States"}). */
    Optional<String> aliasName(String canonicalKey) {
        return Optional.ofNullable(aliasNames.get(canonicalKey));
    }

    /** True when the key (or its alias group) names a well-known place. */
    boolean isKnownPlace(String key) {
        return places.contains(key) || places.contains(canonicalKey(key));
    }

    /** The gender the lexicon gives a first name (any case), {@link Gender#UNKNOWN} when absent or ambiguous. */
    public Gender firstNameGender(String firstName) {
        return firstNames.getOrDefault(NameText.normalize(firstName), Gender.UNKNOWN);
    }

    /** True when the first-name lexicon knows the word as a first name of either gender. */
    boolean isFirstName(String word) {
        return firstNames.containsKey(NameText.normalize(word));
    }
}
