package org.newsie.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /** A gazetteer: lower-cased multi-token names, longest entry length in tokens. */
    record Gazetteer(String name, Set<String> entries, int maxTokens) {
        boolean contains(String lowerKey) {
            return entries.contains(lowerKey);
        }
    }

    private final ClusterTable clusters;
    private final List<Gazetteer> gazetteers;
    private final Set<String> firstNames;
    private final Set<String> orgWords;
    private final Set<String> locWords;
    private final Set<String> titles;
    private final Set<String> stormWords;
    private final int stormPhraseWords;

    private NerResources(ClusterTable clusters, List<Gazetteer> gazetteers, Set<String> firstNames,
            Set<String> orgWords, Set<String> locWords, Set<String> titles, Set<String> stormWords) {
        this.clusters = clusters;
        this.gazetteers = List.copyOf(gazetteers);
        this.firstNames = Set.copyOf(firstNames);
        this.orgWords = Set.copyOf(orgWords);
        this.locWords = Set.copyOf(locWords);
        this.titles = Set.copyOf(titles);
        this.stormWords = Set.copyOf(stormWords);
        this.stormPhraseWords = stormWords.stream().mapToInt(w -> splitWhitespace(w).length).max().orElse(0);
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
            List<Gazetteer> gaz = List.of(gazetteer("country", "countries.txt"), gazetteer("region", "regions.txt"),
                    gazetteer("wn-per", "wordnet-persons.txt"), gazetteer("wn-loc", "wordnet-locations.txt"),
                    gazetteer("wn-org", "wordnet-organizations.txt"));
            return new NerResources(clusters, gaz, set("first-names.txt", false), set("org-words.txt", true),
                    set("loc-words.txt", true), set("person-titles.txt", true), set("storm-words.txt", true));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the name finder's resources " + DIR + ": " + e.getMessage(), e);
        }
    }

    private static Gazetteer gazetteer(String name, String file) throws IOException {
        Set<String> entries = new HashSet<>();
        int max = 1;
        for (String line : lines(file)) {
            String[] toks = splitWhitespace(line.trim());
            if (toks.length > 6) {
                continue;
            }
            entries.add(String.join(" ", toks).toLowerCase(Locale.ROOT));
            max = Math.max(max, toks.length);
        }
        return new Gazetteer(name, Set.copyOf(entries), max);
    }

    private static Set<String> set(String file, boolean lower) throws IOException {
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

    private static List<String> lines(String file) throws IOException {
        InputStream in = NerResources.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IOException(file + " is not on the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
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

    List<Gazetteer> gazetteers() {
        return gazetteers;
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

    /**
     * The length in tokens of the longest storm phrase ({@code Hurricane}, {@code Tropical Storm};
     * {@code storm-words.txt}, case-insensitive) starting at token {@code start}, or 0.
     */
    int stormPhraseAt(String[] tokens, int start) {
        StringBuilder phrase = new StringBuilder();
        int found = 0;
        for (int i = start; i < tokens.length && i - start < stormPhraseWords; i++) {
            if (i > start) {
                phrase.append(' ');
            }
            phrase.append(tokens[i].toLowerCase(Locale.ROOT));
            if (stormWords.contains(phrase.toString())) {
                found = i - start + 1;
            }
        }
        return found;
    }

    /** The number of words of the longest storm phrase. */
    int stormPhraseWords() {
        return stormPhraseWords;
    }

    boolean isTitle(String token) {
        return titles.contains(token.toLowerCase(Locale.ROOT));
    }
}
