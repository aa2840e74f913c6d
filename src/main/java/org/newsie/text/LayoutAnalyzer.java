package org.newsie.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsie.model.Layout;
import org.newsie.model.Metadata;
import org.newsie.model.Paragraph;
import org.newsie.model.ParagraphRole;
import org.newsie.model.TextSpan;
import org.newsie.text.LayoutPatterns.Rule;
import org.newsie.text.LayoutPatterns.Scope;

/**
 * Finds an article's paragraphs, headline, authors and dateline, and flags boilerplate (page
 * furniture) without deleting it. Both paragraph conventions work: one paragraph per line, and
 * paragraphs separated by blank lines (where lines wrapped inside a paragraph are joined). Line ends may
 * be LF, CRLF or CR. Thread-safe and linear in the length of the text.
 */
public final class LayoutAnalyzer {
    /** Patterns are only tried on paragraphs up to this length: page furniture is short. */
    static final int MAX_PATTERN_LENGTH = 300;
    static final int MAX_HEADLINE_LENGTH = 200;
    static final int MAX_LIST_ITEM_LENGTH = 150;
    /** Datelines are looked for in this many body paragraphs at the top. */
    static final int DATELINE_WINDOW = 3;

    private static final Set<String> NAME_PARTICLES = Set.of(
            "de", "da", "del", "della", "der", "di", "du", "la", "le", "van", "von", "bin", "al", "el", "ibn", "dos", "das");

    private final LayoutPatterns patterns;
    private final List<Rule> datelineRules;

    public LayoutAnalyzer(LayoutPatterns patterns) {
        this.patterns = patterns;
        this.datelineRules = patterns.rules(Scope.DATELINE);
    }

    public LayoutAnalyzer() {
        this(LayoutPatterns.load());
    }

    public Layout analyze(String text) {
        List<int[]> spans = paragraphSpans(text);
        int n = spans.size();
        ParagraphRole[] roles = new ParagraphRole[n];
        String[] rules = new String[n];
        List<TextSpan> authors = new ArrayList<>();
        TextSpan headline = null;
        TextSpan dateline = null;

        boolean inList = false;
        for (int i = 0; i < n; i++) {
            int s = spans.get(i)[0];
            int e = spans.get(i)[1];
            String para = text.substring(s, e);
            roles[i] = ParagraphRole.BODY;
            if (inList && isListItem(para)) {
                roles[i] = ParagraphRole.BOILERPLATE;
                rules[i] = rules[i - 1];
                continue;
            }
            inList = false;
            if (para.length() <= MAX_PATTERN_LENGTH) {
                for (Rule rule : patterns.rules()) {
                    if (rule.scope() == Scope.DATELINE) {
                        continue;
                    }
                    Matcher m = rule.pattern().matcher(para);
                    if (!m.matches()) {
                        continue;
                    }
                    switch (rule.scope()) {
                        case BYLINE -> {
                            List<TextSpan> names = names(text, s + m.start("names"), s + m.end("names"));
                            if (names.isEmpty()) {
                                continue;
                            }
                            authors.addAll(names);
                            roles[i] = ParagraphRole.BYLINE;
                        }
                        case AUTHOR -> {
                            authors.addAll(names(text, s + m.start("names"), s + m.end("names")));
                            roles[i] = ParagraphRole.BOILERPLATE;
                        }
                        case LIST -> {
                            roles[i] = ParagraphRole.BOILERPLATE;
                            inList = true;
                        }
                        default -> roles[i] = ParagraphRole.BOILERPLATE;
                    }
                    rules[i] = rule.name();
                    break;
                }
            }
        }

        if (n >= 2 && roles[0] == ParagraphRole.BODY && looksLikeHeadline(text, spans.get(0))) {
            roles[0] = ParagraphRole.HEADLINE;
            headline = TextSpan.of(text, spans.get(0)[0], spans.get(0)[1]);
        }

        int bodySeen = 0;
        for (int i = 0; i < n && bodySeen < DATELINE_WINDOW && dateline == null; i++) {
            if (roles[i] != ParagraphRole.BODY) {
                continue;
            }
            bodySeen++;
            int s = spans.get(i)[0];
            int e = spans.get(i)[1];
            CharSequence para = text.subSequence(s, Math.min(e, s + MAX_PATTERN_LENGTH));
            for (Rule rule : datelineRules) {
                Matcher m = rule.pattern().matcher(para);
                if (m.lookingAt()) {
                    dateline = TextSpan.of(text, s + m.start("dateline"), s + m.end("dateline"));
                    if (m.end() == e - s) {
                        roles[i] = ParagraphRole.DATELINE;
                    }
                    break;
                }
            }
        }

        List<Paragraph> paragraphs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            paragraphs.add(new Paragraph(spans.get(i)[0], spans.get(i)[1], roles[i], Optional.ofNullable(rules[i])));
        }
        return new Layout(paragraphs, new Metadata(Optional.ofNullable(headline), authors, Optional.ofNullable(dateline)));
    }

    /** Paragraph spans, trimmed, in text order; blank lines separate, wrapped lines are joined. */
    static List<int[]> paragraphSpans(String text) {
        List<int[]> lines = new ArrayList<>();
        int len = text.length();
        int i = 0;
        boolean blankSeparated = false;
        boolean pendingBlank = false;
        List<Boolean> afterBlank = new ArrayList<>();
        while (i < len) {
            int start = i;
            while (i < len && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                i++;
            }
            int end = i;
            if (i < len) {
                i += text.charAt(i) == '\r' && i + 1 < len && text.charAt(i + 1) == '\n' ? 2 : 1;
            }
            int s = start;
            int e = end;
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (s == e) {
                pendingBlank = !lines.isEmpty();
                continue;
            }
            if (pendingBlank) {
                blankSeparated = true;
            }
            lines.add(new int[] {s, e});
            afterBlank.add(pendingBlank || lines.size() == 1);
            pendingBlank = false;
        }
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            int[] line = lines.get(k);
            if (blankSeparated && !afterBlank.get(k) && !out.isEmpty() && continuesLine(text, out.get(out.size() - 1), line)) {
                out.get(out.size() - 1)[1] = line[1];
            } else {
                out.add(line.clone());
            }
        }
        return out;
    }

    /** A line inside a blank-line-separated block continues the previous one when it was wrapped mid-sentence. */
    private static boolean continuesLine(String text, int[] prev, int[] line) {
        char last = text.charAt(prev[1] - 1);
        char first = text.charAt(line[0]);
        return Character.isLowerCase(first) && ".!?:;\"”’)".indexOf(last) < 0;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
    }

    private static boolean looksLikeHeadline(String text, int[] span) {
        int s = span[0];
        int e = span[1];
        if (e - s > MAX_HEADLINE_LENGTH) {
            return false;
        }
        int k = e;
        while (k > s && "\"”’')]".indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        if (k == s) {
            return false;
        }
        char last = text.charAt(k - 1);
        return ".!,;:".indexOf(last) < 0;
    }

    private static boolean isListItem(String para) {
        if (para.length() > MAX_LIST_ITEM_LENGTH) {
            return false;
        }
        char c = para.charAt(0);
        if ("-•*–—·▪►>".indexOf(c) >= 0) {
            return true;
        }
        char last = para.charAt(para.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') {
            return false;
        }
        int words = 0;
        int capital = 0;
        for (String w : para.split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
                capital++;
            }
        }
        return words > 0 && capital * 10 >= words * 6;
    }

    /** Separators between author names: commas, "and", "&", "|". */
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,(?:\\s*and\\b)?|&|\\||\\s+and\\b)\\s*");

    /** Author names in {@code [from, to)}: separated by commas, "and" or "&"; stops at the first non-name. */
    static List<TextSpan> names(String text, int from, int to) {
        List<TextSpan> out = new ArrayList<>();
        Matcher m = NAME_SEPARATOR.matcher(text).region(from, to);
        int i = from;
        while (i < to) {
            int end = to;
            int next = to;
            if (m.find()) {
                end = m.start();
                next = m.end();
            }
            int s = i;
            int e = end;
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            // a sentence-final period after a surname ("Nik Popli.") is not part of the name; "Jr." keeps its own
            if (e - s > 3 && text.charAt(e - 1) == '.' && Character.isLowerCase(text.charAt(e - 2))
                    && Character.isLowerCase(text.charAt(e - 3))) {
                e--;
            }
            if (!isPersonName(text.substring(s, e))) {
                break;
            }
            out.add(TextSpan.of(text, s, e));
            i = next;
        }
        return out;
    }

    /** Two to five words, each capitalized (name particles such as "de" or "van" allowed). */
    static boolean isPersonName(String s) {
        String[] words = s.trim().split("\\s+");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty()) {
                return false;
            }
            if (NAME_PARTICLES.contains(w)) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’') {
                    return false;
                }
            }
        }
        return true;
    }
}
