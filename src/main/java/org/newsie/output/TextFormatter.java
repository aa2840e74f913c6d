package org.newsie.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsie.model.Analysis;
import org.newsie.model.Diagnostic;
import org.newsie.model.Entity;
import org.newsie.model.EntityType;
import org.newsie.model.Metadata;
import org.newsie.model.Quote;
import org.newsie.model.QuoteKind;
import org.newsie.model.Stats;

/**
 * A plain-text summary for people, readable at 80 columns: a header line naming the input, the
 * headline, authors and counts; the people, places and organizations ranked by mentions; the quotes
 * grouped by speaker; diagnostics. Thread-safe.
 */
public final class TextFormatter {
    static final int WIDTH = 80;
    private static final String NO_SPEAKER = "(no speaker)";

    /** The summary, ending with a line end. */
    public String format(Analysis a) {
        StringBuilder b = new StringBuilder(2048);
        b.append("=== ").append(a.article().source()).append(" ===\n");
        Metadata m = a.layout().metadata();
        m.headline().ifPresent(h -> field(b, "Headline", h.text()));
        if (!m.authors().isEmpty()) {
            field(b, "Authors", String.join(", ", m.authorNames()));
        }
        m.dateline().ifPresent(d -> field(b, "Dateline", d.text()));
        Stats s = a.stats();
        field(b, "Counts", String.format(Locale.ROOT,
                "%,d characters, %,d paragraphs (%,d boilerplate), %,d sentences, %,d tokens",
                s.characters(), s.paragraphs(), s.boilerplateParagraphs(), s.sentences(), s.tokens()));

        entities(b, a, EntityType.PERSON, "People");
        entities(b, a, EntityType.LOCATION, "Places");
        entities(b, a, EntityType.ORGANIZATION, "Organizations");
        quotes(b, a);

        if (!a.diagnostics().isEmpty()) {
            b.append("\nDiagnostics\n");
            for (Diagnostic d : a.diagnostics()) {
                wrap(b, d.code().name() + ": " + d.message(), "  ", "    ");
            }
        }
        return b.toString();
    }

    private static void field(StringBuilder b, String name, String value) {
        String label = String.format(Locale.ROOT, "%-10s", name);
        wrap(b, label + oneLine(value), "", " ".repeat(label.length()));
    }

    private static void entities(StringBuilder b, Analysis a, EntityType type, String title) {
        List<Entity> list = new ArrayList<>();
        for (Entity e : a.entities()) {
            if (e.type() == type) {
                list.add(e);
            }
        }
        if (list.isEmpty()) {
            return;
        }
        // most mentioned first; ties keep the order of first mention
        list.sort(Comparator.comparingInt((Entity e) -> -e.mentions().size()));
        b.append('\n').append(title).append(" (").append(list.size()).append(")\n");
        for (Entity e : list) {
            int n = e.mentions().size();
            String count = n + (n == 1 ? " mention" : " mentions");
            String name = truncate(oneLine(e.name()), WIDTH - 4 - count.length() - 2);
            int pad = WIDTH - 2 - name.length() - count.length();
            b.append("  ").append(name).append(" ".repeat(Math.max(2, pad))).append(count).append('\n');
        }
    }

    private static void quotes(StringBuilder b, Analysis a) {
        if (a.quotes().isEmpty()) {
            return;
        }
        Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
        for (Quote q : a.quotes()) {
            String key = q.speaker().map(sp -> sp.name()).orElse(NO_SPEAKER);
            bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
        }
        // the unattributed group goes last
        List<Quote> none = bySpeaker.remove(NO_SPEAKER);
        if (none != null) {
            bySpeaker.put(NO_SPEAKER, none);
        }
        int attributed = a.stats().attributedQuotes();
        b.append("\nQuotes (").append(a.quotes().size()).append(", ").append(attributed).append(" attributed)\n");
        for (Map.Entry<String, List<Quote>> e : bySpeaker.entrySet()) {
            b.append("  ").append(oneLine(e.getKey())).append(" (").append(e.getValue().size()).append(")\n");
            for (Quote q : e.getValue()) {
                String kind = q.kind() == QuoteKind.FULL ? "" : " [" + q.kind().jsonName() + "]";
                wrap(b, oneLine(q.text()) + kind, "    ", "      ");
            }
        }
    }

    /** Appends {@code text} wrapped at {@link #WIDTH} columns: the first line indented, the rest hanging. */
    static void wrap(StringBuilder b, String text, String first, String rest) {
        String indent = first;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int room = WIDTH - indent.length();
            if (n - i <= room) {
                b.append(indent).append(text, i, n).append('\n');
                return;
            }
            int cut = text.lastIndexOf(' ', i + room);
            if (cut <= i) {
                cut = i + room;
                if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                    cut--;
                }
            }
            b.append(indent).append(text, i, cut).append('\n');
            i = cut;
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            indent = rest;
        }
        if (n == 0) {
            b.append(indent).append('\n');
        }
    }

    /** Line ends and tabs inside a value become spaces, so every value stays on its own lines. */
    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                if (!space) {
                    b.append(' ');
                }
                space = true;
            } else {
                b.append(c);
                space = false;
            }
        }
        return b.toString().strip();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)) + "…";
    }
}
