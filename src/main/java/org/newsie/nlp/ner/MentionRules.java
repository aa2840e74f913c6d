package org.newsie.nlp.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Named rules applied to the statistical name finder's output for one sentence, where statistics are
 * weak. They work on token-index spans over the model's tokens (normalized, PTB-split), so the same
 * rules run in analysis and in evaluation.
 *
 * <ul>
 * <li>{@code trim-edges}: a mention never starts or ends with a punctuation-only token, never
 * starts or ends with a possessive {@code 's} or {@code '}, never starts with a number and never ends with a
 * number of two or more digits ({@code Somerset 83}; {@code Channel 4} stays);</li>
 * <li>{@code split-possessive}: a possessive {@code 's} never sits inside a mention ({@code Russia 's
 * Foreign Ministry}): the capitalized part after it is kept, else the part before; unless its owner is a
 * common word ({@code Korean People 's Army}, {@code Boston Children 's Hospital});</li>
 * <li>{@code common-word-start}: a one-token mention at the start of a sentence that is a common
 * lower-case word capitalized only by its position ({@code Still}, {@code Overnight}, {@code Read})
 * is dropped;</li>
 * <li>{@code headline-case}: in a headline-case or all-caps sentence, a mention is cut at its common
 * words ({@code Putin Brushed Off Trump} → {@code Putin}, {@code Trump}; {@code Says}, {@code Deal} at
 * the edges are trimmed);</li>
 * <li>{@code no-capital}: a mention none of whose tokens starts with a capital letter or digit is
 * dropped (web-text training data teaches the model lower-case names; news writes names capitalized);</li>
 * <li>{@code lower-case-end}: lower-case words never end a mention ({@code US army}, {@code Doda district});</li>
 * <li>{@code strip-title}: a person's titles ({@code person-titles.txt}) are not part of the name
 * ({@code Senator Baker}, {@code Dr Joseph}), nor is the verb of an inverted attribution ({@code Said
 * Hastings ,});</li>
 * <li>{@code person-last-word}: a person of two or more words ending in an organization or place word
 * ({@code org-words.txt}, {@code loc-words.txt}) is an organization or place ({@code Trump University},
 * {@code Trump Tower}, {@code Henry Ford Hospital}); not a first name and one word ({@code Michael Bay}),
 * nor a name with {@code of} in it;</li>
 * <li>{@code file-name}: a mention holding a file name or web address ({@code CrudeStocks.pdf},
 * {@code www.adobe.com}) is dropped;</li>
 * <li>{@code storm-name}: a storm is no person, place or organization: a mention after or starting with a
 * storm phrase ({@code Hurricane Rita}, {@code Tropical Storm Allison}, {@code storm-words.txt}) is dropped,
 * and so is one made only of such names later in the document ({@code Rita}; {@link #stormNames});</li>
 * <li>{@code vessel-name}: a ship or spacecraft is no person, place or organization either: a mention after
 * or starting with a vessel prefix ({@code USS Cole}, {@code HMS Victory}, {@code Space Shuttle Columbia},
 * {@code vessel-words.txt}) is dropped;</li>
 * <li>{@code law-name}: a law, treaty, doctrine or award is no person, place or organization: a mention
 * ending in or standing right before one of the words of {@code law-words.txt} ({@code Adam Walsh Act},
 * {@code Akaka Amendment}, {@code Nobel Peace Prize}) is dropped, except in headline case ({@code Pentagon
 * Awards Contract});</li>
 * <li>{@code era}: an era after a year ({@code 3000 BC}, {@code 776 BCE}, {@code 394 AD}) or {@code AD} before
 * one ({@code AD 79}) is no organization: dropped.</li>
 * </ul>
 * A word is "common" when its lower-case form is among the {@value #COMMON_RANK} most frequent forms of
 * the unlabeled corpus behind the word clusters and at least {@value #CASE_RATIO} times more frequent
 * (by rank) than its capitalized form. In headlines, a capitalized word never seen capitalized whose
 * lower-case form is known and ends in {@code -ed}, {@code -ing} or {@code -ly} counts as common too.
 * The {@code common-word-start} rule spares a word the model also tagged inside a name elsewhere in
 * the document, away from a sentence start ({@link #confirmedNames}).
 */
public final class MentionRules {
    static final int COMMON_RANK = 20000;
    static final int CASE_RATIO = 4;

    private final NerResources res;

    public MentionRules(NerResources res) {
        this.res = res;
    }

    /** The rules applied to the spans of one sentence, without document context. */
    public List<Span> apply(String[] tokens, Span[] spans) {
        return apply(tokens, spans, Set.of());
    }

    /**
     * Tokens the model put inside a name somewhere in the document other than at a sentence start: such a
     * word is a name in this document even where it starts a sentence.
     */
    public static Set<String> confirmedNames(List<String[]> sentences, List<Span[]> spans) {
        Set<String> out = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            int first = 0;
            while (first < tokens.length && isPunctuation(tokens[first])) {
                first++;
            }
            for (Span sp : spans.get(s)) {
                for (int i = Math.max(sp.getStart(), first + 1); i < sp.getEnd(); i++) {
                    out.add(tokens[i].toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /**
     * The rules applied to the spans of one sentence; the result is sorted and free of empty spans.
     *
     * @param confirmed see {@link #confirmedNames}
     */
    public List<Span> apply(String[] tokens, Span[] spans, Set<String> confirmed) {
        return apply(tokens, spans, confirmed, Set.of());
    }

    /**
     * Names of storms in a document: the capitalized word after a storm phrase ({@code Hurricane Rita},
     * {@code Cyclone Phailin}, {@code Tropical Storm Allison}; {@code storm-words.txt}). A storm is no person,
     * place or organization, and its name alone later in the document ({@code Rita}) is not one either.
     * Headline-case sentences are not read: there the next capitalized word may be a verb or a place
     * ({@code Hurricane Ian Slams Florida}).
     */
    public Set<String> stormNames(List<String[]> sentences) {
        Set<String> out = new HashSet<>();
        for (String[] tokens : sentences) {
            if (isHeadlineCase(tokens)) {
                continue;
            }
            for (int i = 0; i + 1 < tokens.length; i++) {
                int n = stormPhrase(tokens, i);
                if (n > 0 && i + n < tokens.length) {
                    String name = tokens[i + n];
                    if (isCapitalizedWord(name) && stormPhrase(tokens, i + n) == 0
                            && !res.isOrgWord(name)) { // not the Hurricane Center
                        out.add(name);
                    }
                }
            }
        }
        return out;
    }

    /** The length of a capitalized storm phrase starting at token {@code i}, or 0. */
    private int stormPhrase(String[] tokens, int i) {
        return Character.isUpperCase(tokens[i].charAt(0)) ? res.storms().lengthAt(tokens, i) : 0;
    }

    private static boolean isCapitalizedWord(String t) {
        return Character.isUpperCase(t.charAt(0)) && t.chars().allMatch(Character::isLetter);
    }

    /**
     * The rules applied to the spans of one sentence; the result is sorted and free of empty spans.
     *
     * @param confirmed see {@link #confirmedNames}
     * @param storms see {@link #stormNames}
     */
    public List<Span> apply(String[] tokens, Span[] spans, Set<String> confirmed, Set<String> storms) {
        boolean headline = isHeadlineCase(tokens);
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            Span r = trimEdges(tokens, splitPossessive(tokens, s));
            if (r == null) {
                continue;
            }
            r = retypePersonByLastWord(tokens, stripTitle(tokens, trimLowerCaseEnd(tokens, r)));
            if (isFileName(tokens, r) || isStorm(tokens, r, storms) || isVessel(tokens, r) || isEra(tokens, r)
                    || !headline && isLaw(tokens, r)) {
                continue;
            }
            List<Span> parts = headline ? splitAtCommonWords(tokens, r) : List.of(r);
            for (Span part : parts) {
                Span p = trimLowerCaseEnd(tokens, part); // a headline cut can leave "for" at an end
                if (p != null && !(isCommonWordAtStart(tokens, p) && !confirmed.contains(tokens[p.getStart()].toLowerCase(Locale.ROOT)))
                        && hasCapital(tokens, p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static boolean hasCapital(String[] tokens, Span s) {
        for (int i = s.getStart(); i < s.getEnd(); i++) {
            String t = tokens[i];
            if (Character.isDigit(t.charAt(0)) || t.chars().anyMatch(Character::isUpperCase)) {
                return true;
            }
        }
        return false;
    }

    /** Trailing lower-case words are not part of a name ({@code US army}, {@code Doda district}). */
    static Span trimLowerCaseEnd(String[] tokens, Span s) {
        int end = s.getEnd();
        while (end > s.getStart() + 1 && isLowerCaseWord(tokens[end - 1])) {
            end--;
        }
        if (end == s.getEnd()) {
            return s;
        }
        return trimEdges(tokens, new Span(s.getStart(), end, s.getType(), s.getProb()));
    }

    private static boolean isLowerCaseWord(String t) {
        return t.chars().allMatch(Character::isLowerCase) && t.length() > 1;
    }

    /**
     * A "person" of two or more words whose last word is an organization or place word is none
     * ({@code Trump University}, {@code Trump Tower}, {@code Emanuel Church}): retyped by that word.
     * Not a first name and one more word ({@code Michael Bay}), nor a name with {@code of} in it
     * ({@code DeSantis of Ponte Vedra Beach}: a person and where he is from).
     */
    Span retypePersonByLastWord(String[] tokens, Span s) {
        if (!s.getType().equals("person") || s.length() < 2
                || s.length() == 2 && res.isFirstName(tokens[s.getStart()])) {
            return s;
        }
        for (int i = s.getStart(); i < s.getEnd(); i++) {
            if (tokens[i].equals("of")) {
                return s;
            }
        }
        String last = tokens[s.getEnd() - 1];
        if (res.isOrgWord(last)) {
            return new Span(s.getStart(), s.getEnd(), "organization", s.getProb());
        }
        if (res.isLocWord(last)) {
            return new Span(s.getStart(), s.getEnd(), "location", s.getProb());
        }
        return s;
    }

    private static final Set<String> INVERTED_CUES = Set.of("Said", "Says", "Added", "Asked");
    // model tokens hold straight quotes only (TextNormalizer); the annotated sets write '' and ``
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "''", "``", "'");

    /**
     * A person's title is not part of the name ({@code Senator Baker}, {@code Dr Joseph}), nor is the
     * capitalized speech verb of an inverted attribution at the start of a sentence or after a quote, when
     * a comma or period follows the name ({@code Said Hastings ,}; {@code ," Said Johnson .}; not
     * {@code Said Tayeb Jawad said}).
     */
    Span stripTitle(String[] tokens, Span s) {
        if (!s.getType().equals("person")) {
            return s;
        }
        int start = s.getStart();
        if (s.length() >= 2 && INVERTED_CUES.contains(tokens[start])
                && (start == 0 || QUOTE_MARKS.contains(tokens[start - 1]))
                && s.getEnd() < tokens.length && (tokens[s.getEnd()].equals(",") || tokens[s.getEnd()].equals("."))) {
            start++;
        }
        while (start < s.getEnd() - 1 && res.isTitle(tokens[start]) && Character.isUpperCase(tokens[start + 1].charAt(0))) {
            start++;
        }
        return start == s.getStart() ? s : new Span(start, s.getEnd(), s.getType(), s.getProb());
    }

    /** A mention that starts with or follows a storm phrase, or is made only of storm names. */
    private boolean isStorm(String[] tokens, Span s, Set<String> storms) {
        int n = stormPhrase(tokens, s.getStart());
        if (s.getStart() > 0 && res.storms().endsAt(tokens, s.getStart() - 1, true)
                || n > 0 && (s.length() <= n || !res.isOrgWord(tokens[s.getStart() + n]))) {
            return true;
        }
        for (int i = s.getStart(); i < s.getEnd(); i++) {
            if (!storms.contains(tokens[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A mention that starts with or follows a vessel prefix ({@code USS Cole}, {@code HMS Victory},
     * {@code Space Shuttle Columbia}; {@code vessel-words.txt}, any case), unless it ends in an organization or
     * place word ({@code Space Shuttle Program Office}, {@code USS Midway Museum Park}). Unlike a storm's, a
     * vessel's name alone is left to the model: ships are named after people and places ({@code Cole},
     * {@code Abraham Lincoln}).
     */
    private boolean isVessel(String[] tokens, Span s) {
        String last = tokens[s.getEnd() - 1];
        return (s.getStart() > 0 && res.vessels().endsAt(tokens, s.getStart() - 1, false)
                || res.vessels().lengthAt(tokens, s.getStart()) > 0)
                && !res.isOrgWord(last) && !res.isLocWord(last);
    }

    /**
     * A mention that ends in, or stands right before, a word ending the name of a law, treaty, doctrine or
     * award ({@code law-words.txt}: the {@code Adam Walsh Act}, the {@code Akaka Amendment}, the {@code
     * Nobel Peace Prize}). Not asked in headline case, where the word may be a verb ({@code Pentagon Awards
     * Contract}).
     */
    private boolean isLaw(String[] tokens, Span s) {
        return res.isLawWord(tokens[s.getEnd() - 1]) || s.getEnd() < tokens.length && res.isLawWord(tokens[s.getEnd()]);
    }

    private static final Set<String> ERAS = Set.of("BC", "BCE", "AD", "CE", "B.C.", "A.D.", "B.C", "A.D");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*");

    /** A one-token era after a year ({@code 3000 BC}, {@code 394 AD}) or {@code AD} before one ({@code AD 79}). */
    private static boolean isEra(String[] tokens, Span s) {
        if (s.length() != 1 || !ERAS.contains(tokens[s.getStart()])) {
            return false;
        }
        return s.getStart() > 0 && NUMBER.matcher(tokens[s.getStart() - 1]).matches()
                || tokens[s.getStart()].startsWith("A") && s.getEnd() < tokens.length
                        && NUMBER.matcher(tokens[s.getEnd()]).matches();
    }

    private static final Pattern FILE_NAME = Pattern.compile(".+\\.(pdf|docx?|xlsx?|pptx?|txt|jpe?g|png|gif|zip|html?)");

    private static boolean isFileName(String[] tokens, Span s) {
        for (int i = s.getStart(); i < s.getEnd(); i++) {
            String t = tokens[i].toLowerCase(Locale.ROOT);
            if (t.startsWith("http") || t.startsWith("www.") || FILE_NAME.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    Span splitPossessive(String[] tokens, Span s) {
        for (int i = s.getStart(); i < s.getEnd(); i++) {
            if (tokens[i].equalsIgnoreCase("'s") && i > s.getStart() && i < s.getEnd() - 1
                    && !isCommonWord(tokens[i - 1])) {
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
        while (start < end && (isPunctuation(tokens[start]) || isNumber(tokens[start]) || isPossessive(tokens[start]))) {
            start++;
        }
        while (end > start && (isPunctuation(tokens[end - 1]) || isPossessive(tokens[end - 1]))
                && !closesBracket(tokens, start, end - 1)
                || end > start && isNumber(tokens[end - 1]) && tokens[end - 1].length() >= 2) {
            end--;
        }
        return start < end ? new Span(start, end, s.getType(), s.getProb()) : null;
    }

    private List<Span> splitAtCommonWords(String[] tokens, Span s) {
        List<Span> parts = new ArrayList<>(1);
        int from = s.getStart();
        for (int i = s.getStart(); i <= s.getEnd(); i++) {
            if (i == s.getEnd() || isCommonWord(tokens[i]) || isHeadlineWord(tokens[i])) {
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
        String t = tokens[s.getStart()];
        // in an all-caps token the capital says nothing: leave it to the model
        return !t.equals(t.toUpperCase(Locale.ROOT)) && isCommonWord(t);
    }

    private boolean isHeadlineWord(String token) {
        if (token.isEmpty() || !Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        String cap = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        return res.rank(cap) == Integer.MAX_VALUE && res.rank(lower) != Integer.MAX_VALUE
                && (lower.endsWith("ed") || lower.endsWith("ing") || lower.endsWith("ly"));
    }

    /** A capitalized (or all-caps) word whose lower-case form is a common word; see the class comment. */
    boolean isCommonWord(String token) {
        if (token.length() < 3 || !Character.isUpperCase(token.charAt(0))) {
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
     * Whether at least {@code minLetters} tokens start with a letter and 80% or more of those are upper-case
     * words of two or more characters: an all-caps sentence ("SENATE PASSES BILL"), where capitals say little.
     */
    static boolean isAllCaps(String[] tokens, int minLetters) {
        int letters = 0;
        int upper = 0;
        for (String t : tokens) {
            if (Character.isLetter(t.charAt(0))) {
                letters++;
                if (t.length() > 1 && t.equals(t.toUpperCase(Locale.ROOT))) {
                    upper++;
                }
            }
        }
        return letters >= minLetters && upper * 10 >= letters * 8;
    }

    /**
     * Headline case: at least 3 words of 4 or more letters, at least 80% of them capitalized (short
     * function words are lower case in headlines), no digits, at most one comma and no final period
     * (lists of names and sports tables are not headlines).
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
            if (t.length() >= 4 && Character.isLetter(t.charAt(0))) {
                words++;
                if (Character.isUpperCase(t.charAt(0))) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps * 10 >= words * 8 && !tokens[tokens.length - 1].equals(".");
    }

    /** {@code tokens[i]} is a closing bracket whose opening bracket lies in {@code [start, i)}. */
    private static boolean closesBracket(String[] tokens, int start, int i) {
        String open = switch (tokens[i]) {
            case ")", "-RRB-" -> "(";
            case "]" -> "[";
            default -> null;
        };
        if (open == null) {
            return false;
        }
        for (int j = start + 1; j < i; j++) {
            if (tokens[j].equals(open)) {
                return true;
            }
        }
        return false;
    }

    /** Digits, possibly with separators: {@code 83}, {@code 1,000}, {@code 9.5}. */
    static boolean isNumber(String token) {
        return Character.isDigit(token.charAt(0)) && token.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.');
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
