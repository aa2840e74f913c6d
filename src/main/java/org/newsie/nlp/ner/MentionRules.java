package org.newsie.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.util.Span;

/**
 * Named rules applied to the statistical name finder's output for one sentence, where statistics are
 * weak. They work on token-index spans over the model's tokens (normalized, PTB-split), so the same
 * rules run in analysis and in evaluation.
 *
 * <ul>
 * <li>{@code trim-edges}: a mention never starts or ends with a punctuation-only token, and never
 * ends in a possessive {@code 's} or {@code '};</li>
 * <li>{@code split-possessive}: a possessive {@code 's} never sits inside a mention ({@code Russia 's
 * Foreign Ministry}): the capitalized part after it is kept, else the part before;</li>
 * <li>{@code common-word-start}: a one-token mention at the start of a sentence that is a common
 * lower-case word capitalized only by its position ({@code Still}, {@code Overnight}, {@code Read})
 * is dropped;</li>
 * <li>{@code headline-case}: in a headline-case or all-caps sentence, a mention is cut at its common
 * words ({@code Putin Brushed Off Trump} → {@code Putin}, {@code Trump}; {@code Says}, {@code Deal} at
 * the edges are trimmed);</li>
 * <li>{@code no-capital}: a mention none of whose tokens starts with a capital letter or digit is
 * dropped (web-text training data teaches the model lower-case names; news writes names capitalized).</li>
 * </ul>
 * A word is "common" when its lower-case form is among the {@value #COMMON_RANK} most frequent forms of
 * the unlabeled corpus behind the word clusters and at least {@value #CASE_RATIO} times more frequent
 * (by rank) than its capitalized form.
 */
public final class MentionRules {
    static final int COMMON_RANK = 10000;
    static final int CASE_RATIO = 10;

    private final NerResources res;

    public MentionRules(NerResources res) {
        this.res = res;
    }

    /** The rules applied to the spans of one sentence; the result is sorted and free of empty spans. */
    public List<Span> apply(String[] tokens, Span[] spans) {
        boolean headline = isHeadlineCase(tokens);
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            Span r = trimEdges(tokens, splitPossessive(tokens, s));
            if (r == null) {
                continue;
            }
            List<Span> parts = headline ? splitAtCommonWords(tokens, r) : List.of(r);
            for (Span p : parts) {
                if (!isCommonWordAtStart(tokens, p) && hasCapital(tokens, p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static boolean hasCapital(String[] tokens, Span s) {
        for (int i = s.getStart(); i < s.getEnd(); i++) {
            char c = tokens[i].charAt(0);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    static Span splitPossessive(String[] tokens, Span s) {
        for (int i = s.getStart(); i < s.getEnd(); i++) {
            if (tokens[i].equalsIgnoreCase("'s") && i > s.getStart() && i < s.getEnd() - 1) {
                if (Character.isUpperCase(tokens[i + 1].charAt(0))) {
                    return new Span(i + 1, s.getEnd(), s.getType(), s.getProb());
                }
                return new Span(s.getStart(), i, s.getType(), s.getProb());
            }
        }
        return s;
    }

    static Span trimEdges(String[] tokens, Span s) {
        if (s == null) {
            return null;
        }
        int start = s.getStart();
        int end = s.getEnd();
        while (start < end && isPunctuation(tokens[start])) {
            start++;
        }
        while (end > start && (isPunctuation(tokens[end - 1]) || isPossessive(tokens[end - 1]))) {
            end--;
        }
        return start < end ? new Span(start, end, s.getType(), s.getProb()) : null;
    }

    private List<Span> splitAtCommonWords(String[] tokens, Span s) {
        List<Span> parts = new ArrayList<>(1);
        int from = s.getStart();
        for (int i = s.getStart(); i <= s.getEnd(); i++) {
            if (i == s.getEnd() || isCommonWord(tokens[i])) {
                if (i > from) {
                    Span p = trimEdges(tokens, new Span(from, i, s.getType(), s.getProb()));
                    if (p != null) {
                        parts.add(p);
                    }
                }
                from = i + 1;
            }
        }
        return parts;
    }

    private boolean isCommonWordAtStart(String[] tokens, Span s) {
        if (s.length() != 1) {
            return false;
        }
        for (int i = 0; i < s.getStart(); i++) {
            if (!isPunctuation(tokens[i])) {
                return false;
            }
        }
        return isCommonWord(tokens[s.getStart()]);
    }

    /** A capitalized (or all-caps) word whose lower-case form is a common word; see the class comment. */
    boolean isCommonWord(String token) {
        if (token.isEmpty() || !Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.equals(token)) {
            return false;
        }
        String cap = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        int lowerRank = res.rank(lower);
        if (lowerRank >= COMMON_RANK) {
            return false;
        }
        int capRank = Math.min(res.rank(cap), res.rank(token));
        return capRank == Integer.MAX_VALUE || (long) capRank >= (long) lowerRank * CASE_RATIO;
    }

    /**
     * Headline case: at least 4 words, at least 80% of them start with a capital letter, no digits, at
     * most one comma and no final period (lists of names and sports tables are not headlines).
     */
    static boolean isHeadlineCase(String[] tokens) {
        int words = 0;
        int caps = 0;
        int commas = 0;
        for (String t : tokens) {
            if (t.equals(",")) {
                commas++;
            }
            if (t.chars().anyMatch(Character::isDigit) || commas > 1) {
                return false;
            }
            if (Character.isLetter(t.charAt(0))) {
                words++;
                if (Character.isUpperCase(t.charAt(0))) {
                    caps++;
                }
            }
        }
        return words >= 4 && caps * 10 >= words * 8 && !tokens[tokens.length - 1].equals(".");
    }

    static boolean isPossessive(String token) {
        return token.equalsIgnoreCase("'s") || token.equals("'");
    }

    static boolean isPunctuation(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
