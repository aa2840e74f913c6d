package org.newsie.quote;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsie.model.Gender;
import org.newsie.text.ResourceLines;

/**
 * The word lists of the quote attributor, read once from the resource files beside this class
 * ({@code src/main/resources/org/newsie/quote/}). Immutable and thread-safe.
 */
public final class QuoteLexicon {
    private final Set<String> verbs;
    private final Set<String> nouns;
    private final Map<String, Gender> titles;
    private final Map<String, String> nominals;
    private final Set<String> orgHeads;
    private final Map<String, Gender> firstNames;
    private final Set<String> functionWords;
    private final Set<String> skippable;
    private final Set<String> termMarkers;
    private final Set<String> verbHints;

    private QuoteLexicon(Set<String> verbs, Set<String> nouns, Map<String, Gender> titles, Map<String, String> nominals,
                         Set<String> orgHeads, Map<String, Gender> firstNames, Set<String> functionWords,
                         Set<String> skippable, Set<String> termMarkers, Set<String> verbHints) {
        this.verbs = Set.copyOf(verbs);
        this.nouns = Set.copyOf(nouns);
        this.titles = Map.copyOf(titles);
        this.nominals = Map.copyOf(nominals);
        this.orgHeads = Set.copyOf(orgHeads);
        this.firstNames = Map.copyOf(firstNames);
        this.functionWords = Set.copyOf(functionWords);
        this.skippable = Set.copyOf(skippable);
        this.termMarkers = Set.copyOf(termMarkers);
        this.verbHints = Set.copyOf(verbHints);
    }

    /** Reads all lists from the class path. */
    public static QuoteLexicon load() {
        Map<String, String> verbs = read("reporting-verbs.txt");
        Map<String, String> nouns = read("reporting-nouns.txt");
        Map<String, String> titles = read("titles.txt");
        Map<String, String> nominals = read("nominal-speakers.txt");
        Map<String, String> orgs = read("organization-heads.txt");
        Map<String, String> names = read("first-names.txt");
        Map<String, String> fw = read("function-words.txt");
        Map<String, Gender> titleGender = new HashMap<>();
        titles.forEach((k, v) -> titleGender.put(k, gender(v)));
        Map<String, Gender> nameGender = new HashMap<>();
        names.forEach((k, v) -> nameGender.put(k, gender(v)));
        return new QuoteLexicon(verbs.keySet(), nouns.keySet(), titleGender, nominals, orgs.keySet(), nameGender,
                fw.keySet(), read("skippable.txt").keySet(), read("term-markers.txt").keySet(),
                read("verb-hints.txt").keySet());
    }

    private static Gender gender(String tag) {
        return switch (tag) {
            case "F" -> Gender.FEMALE;
            case "M" -> Gender.MALE;
            default -> Gender.UNKNOWN;
        };
    }

    private static Map<String, String> read(String name) {
        Map<String, String> out = new HashMap<>();
        for (String line : ResourceLines.read(QuoteLexicon.class, name)) {
            String[] parts = line.split("\\s+");
            String tag = parts.length > 1 && parts[parts.length - 1].length() == 1 ? parts[parts.length - 1] : "";
            String key = tag.isEmpty() ? line : line.substring(0, line.length() - 1).strip();
            out.put(key.toLowerCase(Locale.ROOT), tag);
        }
        return out;
    }

    static String norm(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith(".") && w.length() > 1) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** A reporting verb form (said, told, adding …). */
    public boolean isVerb(String word) {
        return verbs.contains(norm(word));
    }

    /** A reporting noun (statement, interview …). */
    public boolean isNoun(String word) {
        return nouns.contains(norm(word));
    }

    public boolean isTitle(String word) {
        return titles.containsKey(norm(word));
    }

    public Gender titleGender(String word) {
        return titles.getOrDefault(norm(word), Gender.UNKNOWN);
    }

    /** The tag of a nominal speaker head ("P" plural, "F"/"M" gender, "" none), if it is one. */
    public Optional<String> nominal(String word) {
        return Optional.ofNullable(nominals.get(norm(word)));
    }

    public boolean isOrgHead(String word) {
        return orgHeads.contains(norm(word));
    }

    public Gender firstNameGender(String word) {
        return firstNames.getOrDefault(norm(word), Gender.UNKNOWN);
    }

    public boolean isFirstName(String word) {
        return firstNames.containsKey(norm(word));
    }

    /** Adverbs, auxiliaries and time words allowed between a speaker and its verb; also any -ly word. */
    public boolean isSkippable(String word) {
        String w = norm(word);
        return skippable.contains(w) || (w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(word.charAt(0)));
    }

    /** An auxiliary or a common irregular verb form. */
    public boolean isVerbHint(String word) {
        return verbHints.contains(norm(word));
    }

    public boolean isTermMarker(String word) {
        return termMarkers.contains(norm(word));
    }

    public boolean isFunctionWord(String word) {
        return functionWords.contains(norm(word));
    }
}
