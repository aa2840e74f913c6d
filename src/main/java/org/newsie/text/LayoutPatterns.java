package org.newsie.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The boilerplate, byline and dateline patterns of {@code layout-patterns.tsv}; immutable. */
public final class LayoutPatterns {
    /** What a match of a pattern means; see the resource file's header. */
    public enum Scope {
        BOILERPLATE, LIST, AUTHOR, BYLINE, DATELINE
    }

    /** One named pattern. */
    public record Rule(String name, Scope scope, Pattern pattern) {
        public Rule {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(pattern, "pattern");
        }
    }

    static final String RESOURCE = "layout-patterns.tsv";

    private final List<Rule> rules;

    public LayoutPatterns(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The patterns shipped with newsie. */
    public static LayoutPatterns load() {
        try (InputStream in = LayoutPatterns.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the tab-separated format described in the resource file. */
    public static LayoutPatterns parse(String content, String name) {
        List<Rule> rules = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(content))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                if (f.length != 3) {
                    throw new IllegalArgumentException(name + ":" + no + ": expected NAME<TAB>SCOPE<TAB>REGEX");
                }
                Scope scope = Scope.valueOf(f[1].trim().toUpperCase(Locale.ROOT));
                try {
                    rules.add(new Rule(f[0].trim(), scope, Pattern.compile(f[2])));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(name + ":" + no + ": " + e.getDescription(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LayoutPatterns(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Rule> rules(Scope scope) {
        return rules.stream().filter(r -> r.scope() == scope).toList();
    }
}
