package org.newsie.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsie.text.ResourceLines;

/**
 * The lexical resources the name finder's features use, read from the class path
 * ({@code /org/newsie/nlp/ner/}): word clusters built from unlabeled text and gazetteers. Immutable and
 * shared; see the README beside the files for their sources and licences.
 *
 * <p>A trained model depends on these files: a model must be used with the resources it was trained
 * with (they are versioned together in the repository).
 */
public final class NerResources {
    static final String DIR = "/org/newsie/nlp/ner/";

    /** A word's clusters at three granularities (fine, mid, coarse). */
    record Clusters(String fine, String mid, String coarse) {
    }

    /** {@link #gazetteerKey}'s bit for a key that begins a longer entry of some gazetteer. */
    static final int LONGER = 1 << 30;

    private final ClusterTable clusters;
    private final List<String> gazetteers; // their names
    // every gazetteer's entries (lower-cased tokens joined by a space) and their beginnings, for matching
    // all gazetteers in one pass: bit g for an entry of gazetteer g, LONGER for the beginning of a longer entry
    private final Map<String, Integer> gazetteerKeys;
    private final Set<String> firstNames;
    private final Set<String> orgWords;
    private final Set<String> locWords;
    private final Set<String> titles;
    private final PhraseList storms;
    private final PhraseList vessels;
    private final Set<String> lawWords;

    private NerResources(ClusterTable clusters, List<String> gazetteers, Map<String, Integer> gazetteerKeys,
            Set<String> firstNames, Set<String> orgWords, Set<String> locWords, Set<String> titles,
            PhraseList storms, PhraseList vessels, Set<String> lawWords) {
        this.clusters = clusters;
        this.gazetteers = List.copyOf(gazetteers);
        this.gazetteerKeys = Map.copyOf(gazetteerKeys);
        this.firstNames = Set.copyOf(firstNames);
        this.orgWords = Set.copyOf(orgWords);
        this.locWords = Set.copyOf(locWords);
        this.titles = Set.copyOf(titles);
        this.storms = storms;
        this.vessels = vessels;
        this.lawWords = Set.copyOf(lawWords);
    }

    /** The resources on the class path, read once (lazy holder; the result is immutable). */
    public static NerResources get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final NerResources INSTANCE = load();
    }

    static NerResources load() {
        try {
            ClusterTable clusters = ClusterTable.read(bytes("clusters.tsv"));
            List<String> names = List.of("country", "region", "wn-per", "wn-loc", "wn-org");
            List<String> files = List.of("countries.txt", "regions.txt", "wordnet-persons.txt", "wordnet-locations.txt",
                    "wordnet-organizations.txt");
            Map<String, Integer> keys = new HashMap<>();
            for (int g = 0; g < files.size(); g++) {
                gazetteer(files.get(g), 1 << g, keys);
            }
            return new NerResources(clusters, names, keys, set("first-names.txt", false), set("org-words.txt", true),
                    set("loc-words.txt", true), set("person-titles.txt", true),
                    new PhraseList(set("storm-words.txt", true)), new PhraseList(set("vessel-words.txt", true)),
                    set("law-words.txt", false));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the name finder's resources " + DIR + ": " + e.getMessage(), e);
        }
    }

    /** Adds a gazetteer's entries of up to 6 tokens to keys with its bit, and their beginnings with LONGER. */
    private static void gazetteer(String file, int bit, Map<String, Integer> keys) {
        for (String line : lines(file)) {
            String[] toks = splitWhitespace(line.trim());
            if (toks.length > 6) {
                continue;
            }
            String entry = String.join(" ", toks).toLowerCase(Locale.ROOT);
            keys.merge(entry, bit, (a, b) -> a | b);
            for (int sp = entry.indexOf(' '); sp >= 0; sp = entry.indexOf(' ', sp + 1)) {
                keys.merge(entry.substring(0, sp), LONGER, (a, b) -> a | b);
            }
        }
    }

    private static Set<String> set(String file, boolean lower) {
        Set<String> out = new HashSet<>();
        for (String line : lines(file)) {
            out.add(lower ? line.trim().toLowerCase(Locale.ROOT) : line.trim());
        }
        return out;
    }

    /** {@code s.split("\\s+")} for a trimmed, non-empty {@code s}, without compiling a regex per line. */
    static String[] splitWhitespace(String s) {
        List<String> out = new ArrayList<>(4);
        int i = 0;
        int n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !isRegexSpace(s.charAt(j))) {
                j++;
            }
            out.add(s.substring(i, j));
            while (j < n && isRegexSpace(s.charAt(j))) {
                j++;
            }
            i = j;
        }
        return out.toArray(new String[0]);
    }

    private static boolean isRegexSpace(char c) { // the regex class \s: [ \t\n\x0B\f\r]
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }

    private static byte[] bytes(String file) throws IOException {
        try (InputStream in = NerResources.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IOException(file + " is not on the class path");
            }
            return in.readAllBytes();
        }
    }

    private static List<String> lines(String file) {
        return ResourceLines.read(NerResources.class, DIR + file);
    }

    /** Clusters of a token: the exact form, else lower case, else capitalized. */
    Clusters clusters(String token) {
        Clusters c = clusters.get(token);
        if (c == null) {
            String lower = token.toLowerCase(Locale.ROOT);
            c = clusters.get(lower);
            if (c == null && !lower.isEmpty()) {
                c = clusters.get(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
            }
        }
        return c;
    }

    /**
     * Frequency rank of the exact word form in the unlabeled text the clusters were built from
     * (0 = most frequent); {@link Integer#MAX_VALUE} when it is not among the clustered words.
     */
    public int rank(String word) {
        int r = clusters.rank(word);
        return r < 0 ? Integer.MAX_VALUE : r;
    }

    /** The gazetteers' names; gazetteer g is bit g of {@link #gazetteerKey}. */
    List<String> gazetteers() {
        return gazetteers;
    }

    /**
     * The gazetteers that hold this key (lower-cased tokens joined by a space) as an entry, bit g for
     * gazetteer g, and {@link #LONGER} when it begins a longer entry of some gazetteer; 0 for neither.
     */
    int gazetteerKey(String lowerKey) {
        Integer bits = gazetteerKeys.get(lowerKey);
        return bits == null ? 0 : bits;
    }

    boolean isFirstName(String token) {
        return firstNames.contains(token);
    }

    boolean isOrgWord(String token) {
        return orgWords.contains(token.toLowerCase(Locale.ROOT));
    }

    boolean isLocWord(String token) {
        return locWords.contains(token.toLowerCase(Locale.ROOT));
    }

    /** Phrases before a storm's name ({@code Hurricane}, {@code Tropical Storm}; {@code storm-words.txt}). */
    PhraseList storms() {
        return storms;
    }

    /** Phrases before a vessel's name ({@code USS}, {@code HMS}, {@code Space Shuttle}; {@code vessel-words.txt}). */
    PhraseList vessels() {
        return vessels;
    }

    /** A capitalized word that ends the name of a law, treaty, doctrine or award ({@code law-words.txt}). */
    boolean isLawWord(String token) {
        return lawWords.contains(token);
    }

    boolean isTitle(String token) {
        return titles.contains(token.toLowerCase(Locale.ROOT));
    }

    /** Phrases of one or more words, lower case, matched on tokens whatever their case. */
    static final class PhraseList {
        private final Set<String> phrases;
        private final int maxWords;

        PhraseList(Set<String> lowerCasePhrases) {
            this.phrases = Set.copyOf(lowerCasePhrases);
            this.maxWords = phrases.stream().mapToInt(w -> splitWhitespace(w).length).max().orElse(0);
        }

        /** The length in tokens of the longest phrase starting at token {@code start}, or 0. */
        int lengthAt(String[] tokens, int start) {
            StringBuilder phrase = new StringBuilder();
            int found = 0;
            for (int i = start; i < tokens.length && i - start < maxWords; i++) {
                if (i > start) {
                    phrase.append(' ');
                }
                phrase.append(tokens[i].toLowerCase(Locale.ROOT));
                if (phrases.contains(phrase.toString())) {
                    found = i - start + 1;
                }
            }
            return found;
        }

        /** Whether a phrase ends at token {@code last} and, when {@code capitalized}, starts with a capital. */
        boolean endsAt(String[] tokens, int last, boolean capitalized) {
            for (int k = 1; k <= last + 1 && k <= maxWords; k++) {
                int start = last - k + 1;
                if (lengthAt(tokens, start) == k && (!capitalized || Character.isUpperCase(tokens[start].charAt(0)))) {
                    return true;
                }
            }
            return false;
        }
    }
}
