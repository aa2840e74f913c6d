package org.newsie.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splitting names into tokens with offsets and normalizing them for comparison. */
final class NameText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameText() {
    }

    /** A whitespace-separated piece of a name: {@code [start, end)} in the article text. */
    record Tok(int start, int end, String raw) {
        String norm() {
            return normalize(raw);
        }
    }

    /** The whitespace-separated tokens of {@code text[start, end)}, offsets into {@code text}. */
    static List<Tok> tokens(String text, int start, int end) {
        List<Tok> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && isSpace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                out.add(new Tok(s, i, text.substring(s, i)));
            }
        }
        return out;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Lower case, accents removed, curly apostrophes straightened, dots removed:
     * {@code "U.S."} → {@code "us"}, {@code "Zelenskyy’s"} → {@code "zelenskyy's"}.
     */
    static String normalize(String token) {
        if (isAscii(token)) { // NFKD changes no ASCII character and leaves no marks to remove
            return token.replace(".", "").toLowerCase(Locale.ROOT);
        }
        String s = Normalizer.normalize(token, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'');
        s = s.replace(".", "");
        return s.toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The normalized tokens of a free-standing name string, empty tokens dropped. */
    static List<String> normTokens(String name) {
        List<String> out = new ArrayList<>();
        for (Tok t : tokens(name, 0, name.length())) {
            String n = t.norm();
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    /** The normalized key of a whole name: normalized tokens joined by one space. */
    static String key(String name) {
        return String.join(" ", normTokens(name));
    }

    static boolean hasUpperOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c) || Character.isTitleCase(c)) {
                return true;
            }
        }
        return false;
    }

    /** True when the token starts with an upper-case letter or a digit. */
    static boolean startsUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c);
            }
        }
        return false;
    }

    /** True for a token of two or more letters, all upper case ({@code NATO}, {@code U.S.}). */
    static boolean isAllCaps(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
