package org.newsie.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.newsie.text.ResourceLines;

/**
 * Repairs false sentence breaks of OpenNLP's English sentence model, which often ends a sentence
 * after a title abbreviation, an initial or an abbreviation before a number: "Rep. | G.K. |
 * Butterfield said ...", "Sen. | Jim Talent", "on Feb. | 12". A break between two sentences is
 * undone by one of three named rules. The first two apply only when the next sentence starts with a
 * capitalized word that is not a usual sentence opener ({@code sentence-openers.txt}: "The", "He",
 * "But", ...):
 * <ul>
 *   <li>{@code title-abbreviation}: the sentence before ends with an abbreviated title that stands
 *       before a name ({@code sentence-titles.txt}: "Mr.", "Sen.", "Gov.", "Lt.", "St.", ...); words
 *       that as often end a sentence ("Jr.", "Inc.", "U.S.") are not titles;</li>
 *   <li>{@code name-initial}: the sentence before ends with initials ("G.", "G.K.", "H.W.") that
 *       follow a capitalized word without punctuation, a title abbreviation or other initials
 *       ("Susan M. | Collins", "Rep. G.K. | Butterfield"), or open the sentence ("J. | Edgar Hoover");
 *       "in the U.S. | He said" and "vitamin C. | Researchers" stay split;</li>
 *   <li>{@code abbreviation-before-number}: the next sentence starts with a digit and the sentence
 *       before ends with an abbreviation that stands before numbers
 *       ({@code sentence-number-abbreviations.txt}: "Feb.", "No.", "Sec.", "H.R.", "S."); "in the
 *       U.S. | 2,000 people" stays split.</li>
 * </ul>
 * It works on the normalized paragraph text; offsets are those of the sentence detector. Immutable.
 */
final class SentenceJoiner {
    static final String TITLES = "sentence-titles.txt";
    static final String OPENERS = "sentence-openers.txt";
    static final String NUMBER_ABBREVIATIONS = "sentence-number-abbreviations.txt";

    private final Set<String> titles;
    private final Set<String> openers;
    private final Set<String> numberAbbreviations;

    SentenceJoiner(Set<String> titles, Set<String> openers, Set<String> numberAbbreviations) {
        this.titles = Set.copyOf(titles);
        this.openers = Set.copyOf(openers);
        this.numberAbbreviations = Set.copyOf(numberAbbreviations);
    }

    /** The joiner with the lexicons on the class path. */
    static SentenceJoiner load() {
        return Holder.DEFAULT;
    }

    private static final class Holder {
        static final SentenceJoiner DEFAULT = new SentenceJoiner(
                lowerCase(lines(TITLES)), Set.copyOf(lines(OPENERS)), lowerCase(lines(NUMBER_ABBREVIATIONS)));

        private static Set<String> lowerCase(List<String> words) {
            return words.stream().map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        }
    }

    /** The name of the rule that joins the sentence {@code [prevStart, prevEnd)} of {@code s} to the one starting at {@code nextStart}, or null. */
    String joinRule(String s, int prevStart, int prevEnd, int nextStart) {
        boolean number = nextStart < s.length() && Character.isDigit(s.charAt(nextStart));
        if (!number && !startsWithNameLikeWord(s, nextStart)) {
            return null;
        }
        int b = chunkStart(s, prevStart, prevEnd);
        // Opening brackets and quotes before the word: "(Sen." is "Sen.".
        while (b < prevEnd && !Character.isLetterOrDigit(s.charAt(b))) {
            b++;
        }
        if (b >= prevEnd || s.charAt(prevEnd - 1) != '.') {
            return null;
        }
        if (number) {
            return isNumberAbbreviation(s, b, prevEnd) ? "abbreviation-before-number" : null;
        }
        if (isTitle(s, b, prevEnd)) {
            return "title-abbreviation";
        }
        if (isInitials(s, b, prevEnd)) {
            int pe = b;
            while (pe > prevStart && Character.isWhitespace(s.charAt(pe - 1))) {
                pe--;
            }
            if (pe == b || pe <= prevStart) {
                // The initials open the sentence: only a single one ("J. Edgar Hoover").
                return prevEnd - b == 2 && pe <= prevStart ? "name-initial" : null;
            }
            int pb = chunkStart(s, prevStart, pe);
            if (isCapitalizedWord(s, pb, pe) || isTitle(s, pb, pe) || isInitials(s, pb, pe)) {
                return "name-initial";
            }
        }
        return null;
    }

    /** Start of the whitespace-free chunk ending at {@code end}, not before {@code from}. */
    private static int chunkStart(String s, int from, int end) {
        int b = end;
        while (b > from && !Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    /** {@code [b, e)} is a title of the lexicon with its period, written with a capital: "Sen.", "SEN.". */
    private boolean isTitle(String s, int b, int e) {
        if (e - b < 2 || s.charAt(e - 1) != '.' || !Character.isUpperCase(s.charAt(b))) {
            return false;
        }
        for (int i = b; i < e - 1; i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return titles.contains(s.substring(b, e - 1).toLowerCase(Locale.ROOT));
    }

    /** {@code [b, e)} is an abbreviation of the number lexicon with its period, written with a capital: "Feb.", "H.R.". */
    private boolean isNumberAbbreviation(String s, int b, int e) {
        if (e - b < 2 || !Character.isUpperCase(s.charAt(b))) {
            return false;
        }
        for (int i = b; i < e; i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) && c != '.') {
                return false;
            }
        }
        return numberAbbreviations.contains(s.substring(b, e - 1).toLowerCase(Locale.ROOT));
    }

    /** {@code [b, e)} is one or more capital initials, each with its period: "G.", "G.K.". */
    private static boolean isInitials(String s, int b, int e) {
        if (e - b < 2 || (e - b) % 2 != 0) {
            return false;
        }
        for (int i = b; i < e; i += 2) {
            if (!Character.isUpperCase(s.charAt(i)) || s.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /** {@code [b, e)} is a capitalized word of letters, hyphens and apostrophes: "Susan", "O'Neill". */
    private static boolean isCapitalizedWord(String s, int b, int e) {
        if (e <= b || !Character.isUpperCase(s.charAt(b))) {
            return false;
        }
        for (int i = b; i < e; i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'') {
                return false;
            }
        }
        return true;
    }

    /** The word at {@code start} starts with a capital letter and is not a usual sentence opener. */
    private boolean startsWithNameLikeWord(String s, int start) {
        if (start >= s.length() || !Character.isUpperCase(s.charAt(start))) {
            return false;
        }
        int e = start;
        while (e < s.length() && Character.isLetter(s.charAt(e))) {
            e++;
        }
        return !openers.contains(s.substring(start, e));
    }

    private static List<String> lines(String file) {
        return ResourceLines.read(SentenceJoiner.class, file);
    }
}
