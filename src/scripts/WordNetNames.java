import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the name finder's WordNet gazetteers (src/main/resources/org/newsie/nlp/ner/wordnet-*.txt) from
 * WordNet 3.0's noun database ({@code data.noun} of Debian's {@code wordnet-base} package; see
 * src/scripts/build-wordnet-names.sh, which fetches it).
 *
 * <p>A name is a lemma that starts with a capital letter (for an instance: that has one), of a synset of one of the types below; for persons
 * only lemmas of <em>instance</em> synsets (with an instance-hypernym pointer {@code @i}: a particular
 * person, not a kind such as {@code Frenchman}) count. Its type comes from
 * the synset's ancestors over hypernym and instance-hypernym pointers:
 * <ul>
 * <li>person: {@code person.n.01} (00007846);</li>
 * <li>location: {@code location.n.01} (00027167), {@code body_of_water.n.01} (09225146) or
 * {@code geological_formation.n.01} (09287968) (seas, rivers, mountains);</li>
 * <li>organization: {@code organization.n.01} (08008335).</li>
 * </ul>
 * A lemma with senses of several types is listed under each. Underscores become spaces, and a final
 * possessive or punctuation is split off as the PTB tokenizer does ({@code St._Louis} → {@code St. Louis}).
 * Run: {@code java src/scripts/WordNetNames.java DATA_NOUN OUT_DIR}
 */
public final class WordNetNames {
    private static final String PERSON = "00007846";
    private static final String LOCATION = "00027167";
    private static final String WATER = "09225146";
    private static final String FORMATION = "09287968";
    private static final String ORGANIZATION = "08008335";

    public static void main(String[] args) throws IOException {
        Path dataNoun = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Map<String, List<String>> parents = new HashMap<>();
        Map<String, List<String>> lemmas = new HashMap<>();
        Set<String> instances = new HashSet<>();
        for (String line : Files.readAllLines(dataNoun, StandardCharsets.UTF_8)) {
            if (line.startsWith("  ")) {
                continue; // licence header
            }
            String[] f = line.substring(0, line.indexOf(" | ") < 0 ? line.length() : line.indexOf(" | ")).split(" ");
            String offset = f[0];
            int words = Integer.parseInt(f[3], 16);
            List<String> ls = new ArrayList<>();
            for (int w = 0; w < words; w++) {
                ls.add(f[4 + 2 * w]);
            }
            int p = 4 + 2 * words;
            int pointers = Integer.parseInt(f[p]);
            List<String> ps = new ArrayList<>();
            for (int k = 0; k < pointers; k++) {
                String symbol = f[p + 1 + 4 * k];
                if (symbol.equals("@") || symbol.equals("@i")) {
                    ps.add(f[p + 2 + 4 * k]);
                }
                if (symbol.equals("@i")) {
                    instances.add(offset);
                }
            }
            parents.put(offset, ps);
            lemmas.put(offset, ls);
        }
        TreeSet<String> persons = new TreeSet<>();
        TreeSet<String> locations = new TreeSet<>();
        TreeSet<String> organizations = new TreeSet<>();
        for (String synset : lemmas.keySet()) {
            Set<String> ancestors = ancestors(synset, parents);
            if (!instances.contains(synset) && ancestors.contains(PERSON)) {
                continue; // capitalized kinds of people are demonyms and adherents (Frenchman, Democrat), not names
            }
            TreeSet<String> target = ancestors.contains(PERSON) ? persons
                    : ancestors.contains(LOCATION) || ancestors.contains(WATER) || ancestors.contains(FORMATION) ? locations
                    : ancestors.contains(ORGANIZATION) ? organizations : null;
            if (target == null) {
                continue;
            }
            for (String lemma : lemmas.get(synset)) {
                String name = tokens(lemma);
                // an instance may start lower case (de Gaulle); a kind must be a proper name (Air Force, not air force)
                boolean proper = instances.contains(synset) ? !name.equals(name.toLowerCase(java.util.Locale.ROOT))
                        : Character.isUpperCase(name.charAt(0));
                if (proper) {
                    target.add(name);
                }
            }
        }
        String source = "WordNet 3.0 (Princeton University; Debian package wordnet-base 1:3.0-37, data.noun)";
        write(out.resolve("wordnet-persons.txt"), persons, source, "person");
        write(out.resolve("wordnet-locations.txt"), locations, source, "location (places, seas, rivers, mountains)");
        write(out.resolve("wordnet-organizations.txt"), organizations, source, "organization");
    }

    private static Set<String> ancestors(String synset, Map<String, List<String>> parents) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(parents.getOrDefault(synset, List.of()));
        while (!todo.isEmpty()) {
            String s = todo.pop();
            if (seen.add(s)) {
                todo.addAll(parents.getOrDefault(s, List.of()));
            }
        }
        return seen;
    }

    /** A WordNet lemma as PTB-style tokens: {@code St._Louis} → {@code St. Louis}, {@code Hell's_Kitchen} → {@code Hell 's Kitchen}. */
    static String tokens(String lemma) {
        String s = lemma.replace('_', ' ');
        int paren = s.indexOf('(');
        if (paren > 0) {
            s = s.substring(0, paren); // adjective markers such as "(a)" (not used for nouns, but harmless)
        }
        s = s.replaceAll("'s\\b", " 's").replaceAll(",", " ,");
        return String.join(" ", s.trim().split("\\s+"));
    }

    private static void write(Path file, TreeSet<String> names, String source, String type) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Source: " + source + ": lemmas of instance synsets of type " + type + ".");
        lines.add("# Built by src/scripts/build-wordnet-names.sh (src/scripts/WordNetNames.java); one name a line, PTB tokens.");
        lines.add("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence: the WordNet 3.0");
        lines.add("# licence (permission to use, copy, modify and distribute for any purpose without fee, with this notice;");
        lines.add("# provided AS IS, without warranties), see https://wordnet.princeton.edu/license-and-commercial-use");
        lines.addAll(names);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
