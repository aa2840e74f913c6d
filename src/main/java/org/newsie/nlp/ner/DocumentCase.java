package org.newsie.nlp.ner;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Document memory of how words were written in the earlier sentences of the document: capitalized away from
 * the start of a sentence (a name, or part of one) or in lower case (a common word). A capitalized token whose
 * capital says little, at the start of a sentence or in a headline or all-caps sentence, gets a feature telling
 * which of the two the document showed ({@code dcase=C}, {@code dcase=L}, {@code dcase=CL}). Unlike the
 * outcome memory, it depends only on the tokens of earlier sentences, never on outcomes.
 *
 * <p>Not thread-safe: per-document state, one instance per feature generator.
 */
final class DocumentCase {
    private final Set<String> capitalized = new HashSet<>();
    private final Set<String> lower = new HashSet<>();

    /** The feature of token {@code index}, or null; {@code weakCase}: the sentence is headline-case or all caps. */
    String feature(String[] tokens, int index, boolean weakCase) {
        String t = tokens[index];
        if (!Character.isUpperCase(t.charAt(0)) || !(weakCase || index == firstWord(tokens))) {
            return null;
        }
        String key = t.toLowerCase(Locale.ROOT);
        boolean c = capitalized.contains(key);
        boolean l = lower.contains(key);
        return c || l ? "dcase=" + (c ? "C" : "") + (l ? "L" : "") : null;
    }

    /** Remembers the forms of a sentence's words. */
    void update(String[] tokens) {
        boolean weakCase = weakCase(tokens);
        int first = firstWord(tokens);
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            char c = t.charAt(0);
            if (Character.isLowerCase(c)) {
                lower.add(t);
            } else if (Character.isUpperCase(c) && !weakCase && i != first) {
                capitalized.add(t.toLowerCase(Locale.ROOT));
            }
        }
    }

    void clear() {
        capitalized.clear();
        lower.clear();
    }

    /** A headline-case ({@link MentionRules#isHeadlineCase}) or all-caps sentence: capitals say little there. */
    static boolean weakCase(String[] tokens) {
        return MentionRules.isAllCaps(tokens, 2) || MentionRules.isHeadlineCase(tokens);
    }

    private static int firstWord(String[] tokens) {
        int i = 0;
        while (i < tokens.length && MentionRules.isPunctuation(tokens[i])) {
            i++;
        }
        return i;
    }
}
