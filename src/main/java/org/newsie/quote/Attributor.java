package org.newsie.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsie.model.Entity;
import org.newsie.model.EntityType;
import org.newsie.model.Gender;
import org.newsie.model.Mention;
import org.newsie.model.Paragraph;
import org.newsie.model.QuoteKind;
import org.newsie.model.Sentence;
import org.newsie.model.TextSpan;
import org.newsie.model.Token;

/**
 * Kinds and speakers for the segments of one article: an ordered list of named sieves over the
 * tokens around each quote. One instance per article (not thread-safe; {@link QuoteStage} makes a
 * new one per call).
 */
final class Attributor {
    /** Rule names, in the order the sieves run. */
    static final String TRAILING_SPEAKER_CUE = "trailing-speaker-cue";
    static final String TRAILING_CUE_SPEAKER = "trailing-cue-speaker";
    static final String DASH_SOURCE = "dash-source";
    static final String COLON_CUE = "colon-cue";
    static final String CUE_BEFORE = "cue-before";
    static final String ACCORDING_TO = "according-to";
    static final String CUE_AFTER = "cue-after";
    static final String COLON_PARAGRAPH = "colon-previous-paragraph";
    static final String CONTINUATION = "continuation";
    static final String CONTINUATION_PARAGRAPH = "continuation-paragraph";
    static final String SAME_GROUP = "same-group";
    static final String SENTENCE_SUBJECT = "sentence-subject";
    static final String TRANSCRIPT_LABEL = "transcript-label";
    static final String PARAGRAPH_LABEL = "paragraph-label";
    static final String PREVIOUS_SENTENCE = "previous-sentence-cue";
    static final String PREVIOUS_SUBJECT = "previous-sentence-subject";
    static final String HEADLINE_SUBJECT = "headline-subject";
    static final String PRONOUN_SUFFIX = "+pronoun";

    /** A quote being worked on. */
    static final class Work {
        final QuoteScanner.Segment seg;
        QuoteKind kind = QuoteKind.PARTIAL;
        int group;
        Np speaker;
        String rule;
        TextSpan cue;
        boolean termMarked;
        Np pronounMention;

        Work(QuoteScanner.Segment seg) {
            this.seg = seg;
            this.group = seg.group();
        }
    }

    /** A speaker noun phrase: tokens [first, last], its head is the last token. */
    record Np(int first, int last, boolean pronoun) {
    }

    /** A possible antecedent of a pronoun. */
    private record Candidate(int first, int last, int paragraph, boolean subject, String key, boolean apposition,
                             boolean afterNonPreposition, boolean embedded) {
    }

    private final QuoteLexicon lex;
    private final String text;
    private final List<Paragraph> paragraphs;
    private final List<Entity> entities;
    private final Token[] toks;
    /** The first entity (in entity order) with a mention overlapping each token, or null. */
    private final Entity[] tokEntity;
    /** The first person entity whose name ends in each normalized surname. */
    private final java.util.Map<String, Entity> personBySurname = new java.util.HashMap<>();
    private final int[] tokPara;
    private final int[] tokQuote;
    private final boolean[] sentStart;
    /** For each token, the index of the first token of its paragraph. */
    private final int[] paraFirstTok;
    /** How far (in tokens) the windows around a quote reach: keeps the work per quote bounded. */
    private static final int WINDOW = 80;
    private final List<Work> quotes;
    /** Per surname key: gender learned so far, fullest name, whether known to be a person. */
    private final Map<String, Gender> genders = new HashMap<>();
    private final Map<String, String> fullNames = new HashMap<>();
    private final Map<String, Boolean> persons = new HashMap<>();
    /** Title word to the key of the last person named with it ("president" -> "trump"). */
    private final Map<String, java.util.Set<String>> titled = new HashMap<>();
    /** How often each name (by surname key) occurs outside quotes. */
    private final Map<String, Integer> mentionCount = new HashMap<>();
    private final List<Candidate> candidates = new ArrayList<>();
    /** Names seen after "in"/"at" (places, institutions): never antecedents of he/she. */
    private final java.util.Set<String> nonPersons = new java.util.HashSet<>();
    private final Map<Integer, Np> pronounMemo = new HashMap<>();

    Attributor(QuoteLexicon lex, String text, List<Paragraph> paragraphs, List<Sentence> sentences,
               List<Entity> entities, List<Work> quotes) {
        this.lex = lex;
        this.text = text;
        this.paragraphs = paragraphs;
        this.entities = entities;
        this.quotes = quotes;
        List<Token> all = new ArrayList<>();
        List<Integer> paras = new ArrayList<>();
        List<Boolean> starts = new ArrayList<>();
        for (Sentence s : sentences) {
            boolean first = true;
            for (Token t : s.tokens()) {
                all.add(t);
                paras.add(s.paragraph());
                starts.add(first);
                first = false;
            }
        }
        toks = all.toArray(new Token[0]);
        tokPara = new int[toks.length];
        tokQuote = new int[toks.length];
        sentStart = new boolean[toks.length];
        for (int i = 0; i < toks.length; i++) {
            tokPara[i] = paras.get(i);
            sentStart[i] = starts.get(i);
            tokQuote[i] = -1;
        }
        tokEntity = new Entity[toks.length];
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                for (int k = firstTokenEndingAfter(m.start()); k < toks.length && toks[k].start() < m.end(); k++) {
                    if (tokEntity[k] == null) {
                        tokEntity[k] = e;
                    }
                }
            }
            if (e.type() == EntityType.PERSON) {
                String[] parts = e.name().split("\\s+");
                if (parts.length > 0) {
                    personBySurname.putIfAbsent(QuoteLexicon.norm(parts[parts.length - 1]), e);
                }
            }
        }
        paraFirstTok = new int[toks.length];
        for (int i = 0; i < toks.length; i++) {
            paraFirstTok[i] = i > 0 && tokPara[i - 1] == tokPara[i] ? paraFirstTok[i - 1] : i;
        }
        int q = 0;
        for (int i = 0; i < toks.length; i++) {
            while (q < quotes.size() && quotes.get(q).seg.end() <= toks[i].start()) {
                q++;
            }
            if (q < quotes.size() && quotes.get(q).seg.start() < toks[i].end()) {
                tokQuote[i] = q;
            }
        }
    }

    void run() {
        collectCandidates();
        for (int qi = 0; qi < quotes.size(); qi++) {
            quotes.get(qi).kind = kind(qi);
        }
        for (int qi = 0; qi < quotes.size(); qi++) {
            attribute(qi);
        }
        // Groups: the parts of a quote interrupted by its attribution, and quotes over several paragraphs.
        for (int qi = 1; qi < quotes.size(); qi++) {
            Work w = quotes.get(qi);
            Work prev = quotes.get(qi - 1);
            boolean sameSpeaker = CONTINUATION.equals(w.rule)
                    || w.speaker != null && prev.speaker != null && w.speaker.equals(prev.speaker);
            if (sameSpeaker && w.kind == QuoteKind.FULL && prev.kind == QuoteKind.FULL
                    && prev.seg.paragraph() == w.seg.paragraph() && endsWith(prev, ',') && onlyAttributionBetween(prev, w)) {
                w.group = prev.group;
            }
        }
        Map<Integer, Work> byGroup = new HashMap<>();
        for (Work w : quotes) {
            if (w.speaker != null) {
                byGroup.putIfAbsent(w.group, w);
            }
        }
        for (Work w : quotes) {
            Work g = byGroup.get(w.group);
            if (w.speaker == null && g != null && w.kind != QuoteKind.TERM) {
                w.speaker = g.speaker;
                w.pronounMention = g.pronounMention;
                w.rule = SAME_GROUP;
            }
        }
    }

    /** No sentence ends between two quotes: “A,” he said, “B.” */
    private boolean onlyAttributionBetween(Work prev, Work w) {
        int last = lastTokenBefore(w);
        for (int i = firstTokenAfter(prev); i < toks.length && toks[i].end() <= w.seg.start(); i++) {
            if (isSentenceEnd(i) && !t(i).equals(";") && i != last) {
                return false; // “A,” he said. “B.” is one utterance; another sentence in between is not
            }
        }
        return true;
    }

    /** Whether the quote's content ends with this mark, trailing white space aside. */
    private boolean endsWith(Work w, char mark) {
        int i = w.seg.contentEnd() - 1;
        while (i > w.seg.contentStart() && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= w.seg.contentStart() && text.charAt(i) == mark;
    }

    // ---------------------------------------------------------------- tokens

    private String t(int i) {
        return toks[i].text();
    }

    private String lower(int i) {
        return QuoteLexicon.norm(toks[i].text());
    }

    private boolean isWordCap(int i) {
        String s = t(i);
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0)) && s.chars().anyMatch(Character::isLetter);
    }

    private boolean isPossessive(int i) {
        String l = lower(i);
        return l.equals("'s") || l.equals("'");
    }

    private boolean isPronoun(int i) {
        return switch (lower(i)) {
            case "he", "she", "they", "we", "i" -> true;
            default -> false;
        };
    }

    /** A period that belongs to an abbreviation or initial inside a name: "Rep. Jim", "Paul R. Pillar". */
    private boolean isAbbrevDot(int i) {
        if (!t(i).equals(".") || i == 0 || i + 1 >= toks.length || toks[i - 1].end() != toks[i].start()
                || tokPara[i + 1] != tokPara[i]) {
            return false;
        }
        String b = t(i - 1);
        return isWordCap(i - 1) && (b.length() == 1 || lex.isTitle(b) || INITIALS.matcher(b).matches())
                && isWordCap(i + 1);
    }

    /** Initials the tokenizer leaves without their last period: "G.K" in "Rep. G.K. Butterfield". */
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("\\p{Lu}(\\.\\p{Lu})+");

    /** A token glued to the one before it inside a compound ("Angeles-based", "Schmidt-Traub"). */
    private boolean glued(int i) {
        return i > 0 && toks[i - 1].end() == toks[i].start() && tokPara[i - 1] == tokPara[i]
                && (t(i).startsWith("-") || t(i - 1).endsWith("-"));
    }

    private boolean isSentenceEnd(int i) {
        if (isAbbrevDot(i)) {
            return false;
        }
        if (t(i).equals(".") && i + 1 < toks.length && tokPara[i + 1] == tokPara[i]) {
            String n = t(i + 1);
            if (n.equals(")") || n.equals(",") || isLowerWord(i + 1)) {
                return false; // "(D-N.Y.)", "U.S. troops"
            }
        }
        String s = t(i);
        return s.equals(".") || s.equals("?") || s.equals("!") || s.equals(";");
    }

    private boolean isCueVerb(int i) {
        if (tokQuote[i] >= 0) {
            return false;
        }
        String s = t(i);
        if (s.isEmpty() || (Character.isUpperCase(s.charAt(0)) && !sentStart[i]
                && !(i > 0 && (isWordCap(i - 1) || t(i - 1).equals(",")) && s.length() > 1
                && Character.isLowerCase(s.charAt(1))))) {
            return false;
        }
        if (!lex.isVerb(s)) {
            // "as Steven Rosenthal put it"
            String n = QuoteLexicon.norm(s);
            return i + 1 < toks.length && ((n.equals("put") || n.equals("puts")) && lower(i + 1).equals("it")
                    || (n.equals("went") || n.equals("goes") || n.equals("go")) && lower(i + 1).equals("on")
                    && (i + 2 >= toks.length || tokPara[i + 2] != tokPara[i] || tokQuote[i + 2] >= 0
                    || !Character.isLetterOrDigit(t(i + 2).charAt(0)) || lower(i + 2).equals("to"))
                    || (n.equals("shot") || n.equals("fired")) && lower(i + 1).equals("back"));
        }
        // "the statement" is a noun, "his claims" too: a determiner before the word makes it a noun
        if (i > 0 && tokPara[i - 1] == tokPara[i]) {
            String b = lower(i - 1);
            if (b.equals("the") || b.equals("a") || b.equals("an") || b.equals("his") || b.equals("her")
                    || b.equals("their") || b.equals("its") || b.equals("this") || b.equals("that") && s.endsWith("s")) {
                return false;
            }
        }
        return true;
    }

    /** Verbs whose object is the listener, not the speaker: told Reuters, asked him. */
    private boolean takesListener(int i) {
        return switch (lower(i)) {
            case "told", "tell", "tells", "telling" -> true;
            default -> false;
        };
    }

    private boolean isParticiple(int i) {
        return lower(i).endsWith("ing");
    }

    /** Words that may be part of a speaker noun phrase. */
    private boolean npWord(int i) {
        if (tokQuote[i] >= 0) {
            return false;
        }
        String s = t(i);
        if (NAME_PARTICLES.contains(s) && i > 0 && i + 1 < toks.length && isWordCap(i - 1) && isWordCap(i + 1)
                && tokPara[i + 1] == tokPara[i]) {
            return true; // Pierre de Vos, Ursula von der Leyen
        }
        if (isWordCap(i)) {
            return !lex.isFunctionWord(s) || isInitial(i);
        }
        if (lex.isTitle(s) || lex.nominal(s).isPresent()) {
            return !lex.isVerb(s) || lex.nominal(s).isPresent();
        }
        return false;
    }

    /** An initial inside a name: "A." as in "Jock A. Finlayson" (not the article "A"). */
    private boolean isInitial(int i) {
        String s = t(i);
        return s.length() == 2 && Character.isUpperCase(s.charAt(0)) && s.charAt(1) == '.'
                || s.length() == 1 && Character.isUpperCase(s.charAt(0)) && i + 1 < toks.length && isAbbrevDot(i + 1);
    }

    /** The second half of a hyphenated name, split off by the tokenizer: "Mark" "-Viverito". */
    private boolean hyphenNamePart(int i) {
        String s = t(i);
        return s.length() > 2 && s.charAt(0) == '-' && Character.isUpperCase(s.charAt(1)) && glued(i)
                && isWordCap(i - 1);
    }

    /** A capitalized word or the hyphenated second half of a name. */
    private boolean nameWord(int i) {
        return isWordCap(i) || hyphenNamePart(i);
    }

    private boolean validHead(int i) {
        if (tokQuote[i] >= 0) {
            return false;
        }
        if (isPronoun(i) || hyphenNamePart(i)) {
            return true;
        }
        String s = t(i);
        if (isWordCap(i)) {
            return !lex.isFunctionWord(s) && !lex.isSkippable(s);
        }
        return lex.nominal(s).isPresent() || lex.isTitle(s) && !MODIFIER_TITLES.contains(lower(i)) || isAge(i);
    }

    /** "the 46-year-old" */
    private boolean isAge(int i) {
        return ageEnd(i) >= 0;
    }

    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d{1,3}-year-old");

    /** The last token of an age noun ("46-year-old", however tokenized) starting at {@code i}, or -1. */
    private int ageEnd(int i) {
        if (toks[i].text().isEmpty() || !Character.isDigit(toks[i].text().charAt(0))) {
            return -1; // every age noun starts with its number
        }
        int j = i;
        while (j + 1 < toks.length && j - i < 5 && toks[j].end() == toks[j + 1].start()) {
            j++;
        }
        for (int e = j; e >= i; e--) {
            if (AGE.matcher(text.substring(toks[i].start(), toks[e].end()).toLowerCase(java.util.Locale.ROOT)).matches()) {
                return e;
            }
        }
        return -1;
    }

    /** Lower-case particles inside names. */
    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("de", "van", "von", "der", "den",
            "da", "di", "du", "del", "della", "la", "le", "al", "bin", "ibn");

    /** Title words that modify another title and cannot be a speaker's head themselves. */
    private static final java.util.Set<String> MODIFIER_TITLES = java.util.Set.of("former", "foreign", "state",
            "national", "vice", "prime", "acting", "then", "first", "deputy", "assistant", "press", "executive",
            "chief", "senior", "interior", "homeland", "security", "defense", "treasury", "incumbent", "lt", "co-founder",
            "general", "council", "member");

    /** The noun phrase ending at token {@code k}, not before {@code lo}; null when none. */
    private Np npEndingAt(int k, int lo) {
        if (k < lo || k < 0) {
            return null;
        }
        if (isPronoun(k)) {
            return new Np(k, k, true);
        }
        if (!validHead(k)) {
            // "another child", "the boy", "the bill": a common noun after a determiner
            if (isLowerWord(k) && !lex.isFunctionWord(t(k)) && !lex.isVerb(t(k)) && !lex.isSkippable(t(k))) {
                for (int j = k - 1; j >= lo && k - j <= 3 && tokPara[j] == tokPara[k] && tokQuote[j] < 0; j--) {
                    if (isDeterminer(j)) {
                        return new Np(j, k, false);
                    }
                    if (!isLowerWord(j) || lex.isFunctionWord(t(j)) || lex.isVerb(t(j))) {
                        break;
                    }
                }
            }
            return null;
        }
        int first = k;
        int i = k - 1;
        if (isLowerWord(k) && lex.nominal(t(k)).isPresent()) {
            int j = i;
            while (j >= lo && k - j <= 3 && tokPara[j] == tokPara[k] && tokQuote[j] < 0 && !isDeterminer(j)
                    && !lex.isFunctionWord(t(j)) && !lex.isVerb(t(j)) && !t(j).equals(",")
                    && Character.isLetterOrDigit(t(j).charAt(0))) {
                j--;
            }
            if (j >= lo && j < i && tokPara[j] == tokPara[k] && isDeterminer(j)) {
                return new Np(j, k, false);
            }
        }
        while (i >= lo && tokPara[i] == tokPara[k]) {
            if (npWord(i) || isAbbrevDot(i) || glued(i + 1) && tokQuote[i] < 0) {
                first = i;
                i--;
            } else if (isPossessive(i) && i - 1 >= lo && (isWordCap(i - 1) || lex.nominal(t(i - 1)).isPresent())) {
                first = i - 1;
                i -= 2;
            } else if (isDeterminer(i)) {
                first = i;
                break;
            } else {
                break;
            }
        }
        return new Np(first, k, false);
    }

    private boolean isDeterminer(int i) {
        return switch (lower(i)) {
            case "the", "a", "an", "his", "her", "their", "its", "one", "another", "two", "three", "several",
                    "many", "some" -> true;
            default -> false;
        };
    }

    /** The noun phrase starting at token {@code k}, not after {@code hi}; null when none. */
    private Np npStartingAt(int k, int hi) {
        if (k > hi || k >= toks.length) {
            return null;
        }
        if (isPronoun(k)) {
            return new Np(k, k, true);
        }
        int i = k;
        if (isDeterminer(i) && i + 1 <= hi && ageEnd(i + 1) >= 0 && ageEnd(i + 1) <= hi) {
            return new Np(k, ageEnd(i + 1), false);
        }
        if (isDeterminer(i)) {
            i++;
            // "the gambling tycoon", "one person": lower-case modifiers before a nominal head
            int j = i;
            while (j <= hi && j - i < 3 && tokPara[j] == tokPara[k] && tokQuote[j] < 0 && !lex.isFunctionWord(t(j))
                    && !lex.isVerb(t(j)) && lex.nominal(t(j)).isEmpty() && !lex.isTitle(t(j))
                    && (isLowerWord(j) || isWordCap(j))) {
                j++;
            }
            if (j > i && j <= hi && tokPara[j] == tokPara[k] && lex.nominal(t(j)).isPresent() && isLowerWord(j)) {
                i = j;
            } else if (j > i && j <= hi && tokPara[j] == tokPara[k] && isWordCap(j) && !lex.isFunctionWord(t(j))
                    && isLowerWord(j - 1)) {
                i = j; // "an angry Hollande"
            }
        }
        int last = -1;
        while (i <= hi && tokPara[i] == tokPara[k]) {
            if (npWord(i) || last >= 0 && (isAbbrevDot(i) || glued(i) && tokQuote[i] < 0)) {
                last = i;
                i++;
            } else if (isPossessive(i) && last >= 0) {
                i++;
            } else if (last >= 0 && isLowerWord(i) && !lex.isFunctionWord(t(i)) && !lex.isVerb(t(i))) {
                // "Clinton's top foreign policy aide Jake Sullivan", "one former GOP leadership aide"
                int j = i;
                boolean role = false;
                while (j <= hi && j - i < 5 && tokPara[j] == tokPara[k] && tokQuote[j] < 0 && isLowerWord(j)
                        && !lex.isFunctionWord(t(j)) && !lex.isVerb(t(j))) {
                    role |= lex.isTitle(t(j)) || lex.nominal(t(j)).isPresent();
                    j++;
                }
                if (role && j <= hi && isWordCap(j) && !lex.isFunctionWord(t(j))) {
                    i = j;
                } else if (role && j - 1 >= i && (lex.isTitle(t(j - 1)) || lex.nominal(t(j - 1)).isPresent())
                        && (j > hi || !Character.isLetterOrDigit(t(j).charAt(0)))) {
                    last = j - 1;
                    break;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        // a lower-case title before the name is fine, but the head must be a name or a nominal
        while (last >= k && !validHead(last)) {
            last--;
        }
        if (last < k || (last == k && isDeterminer(k))) {
            return null;
        }
        return new Np(k, last, false);
    }

    /** The speaker left of a verb at {@code v}: skip adverbs and time words, appositions, parentheses. */
    private Np npLeftOf(int v, int lo) {
        int k = v - 1;
        while (k >= lo && lex.isSkippable(t(k)) && !isWordCapName(k)) {
            k--;
        }
        if (k >= lo && t(k).equals(")")) {
            int j = k - 1;
            while (j >= lo && !t(j).equals("(") && k - j < 12) {
                j--;
            }
            if (j >= lo && t(j).equals("(")) {
                k = j - 1;
            }
        }
        if (k >= lo && t(k).equals(",")) {
            Np named = appositionHead(lo, k);
            if (named != null) {
                return named;
            }
        }
        if (k >= lo && (t(k).equals(",") || npPrecededByPreposition(k, lo))) {
            // "Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says": the clause's first name
            Np head = clauseStartNp(lo, k);
            if (head != null) {
                return head;
            }
        }
        if (k >= lo && t(k).equals(",")) {
            // "Yuri Ushakov, Putin's foreign policy aide, told"
            int j = k - 1;
            while (j >= lo && !t(j).equals(",") && k - j < 20 && tokQuote[j] < 0) {
                j--;
            }
            if (j >= lo && t(j).equals(",")) {
                Np np = npEndingAt(j - 1, lo);
                if (np != null) {
                    return np;
                }
            }
            return null;
        }
        if (k >= lo && lower(k).equals("who")) {
            int j = k - 1;
            if (j >= lo && t(j).equals(",")) {
                j--;
            }
            return npEndingAt(j, lo);
        }
        return npEndingAt(k, lo);
    }

    /**
     * The name an apposition before a verb belongs to, when the apposition is long or has clauses of its own:
     * "Geoff Garin, a Democratic pollster who is working with Priorities USA, a pro-Clinton super PAC, said";
     * "On Tuesday, Kevin Brady, chairman of the House Ways and Means Committee, said". {@code k} is the comma
     * before the verb; the leftmost capitalized noun phrase right before a comma that opens its clause (after
     * the sentence start or a comma, not after a preposition) wins. At most 40 tokens are looked at.
     */
    private Np appositionHead(int lo, int k) {
        Np best = null;
        for (int c = k - 1; c > lo && k - c <= 40 && tokQuote[c] < 0; c--) {
            if (isSentenceEnd(c) || t(c).equals(":")) {
                break;
            }
            if (!t(c).equals(",")) {
                continue;
            }
            int e = c - 1;
            if (e > lo && t(e).equals(")")) {
                while (e > lo && !t(e).equals("(") && c - e < 12) {
                    e--; // "Gov. John Kasich (R-OH), said"
                }
                e--;
            }
            Np np = npEndingAt(e, lo);
            if (np == null || np.pronoun || !isWordCap(np.last) && !hyphenNamePart(np.last)) {
                continue;
            }
            int b = np.first - 1;
            boolean opens = b < lo || t(b).equals(",") || sentStart[np.first];
            if (opens && (np.first < np.last || Boolean.TRUE.equals(persons.get(lower(np.last))))) {
                best = np; // one word only when known as a person's name: not "Berea, OH,"
            }
        }
        return best;
    }

    private boolean npPrecededByPreposition(int k, int lo) {
        Np np = npEndingAt(k, lo);
        if (np == null || np.pronoun || np.first - 1 < lo) {
            return false;
        }
        return isPreposition(np.first - 1) && !lower(np.first - 1).equals("and")
                || isDeterminer(np.first) && np.first - 1 >= lo && isPreposition(np.first - 1);
    }

    /**
     * The first noun phrase of the clause that ends at {@code k}, when everything between it and
     * {@code k} is apposition or modifiers (commas, "of", "from", no verb): null otherwise.
     */
    private Np clauseStartNp(int lo, int k) {
        Np np = clauseStartNp(lo, k, false);
        return np != null ? np : clauseStartNp(lo, k, true);
    }

    /**
     * As {@link #clauseStartNp(int, int)}; with {@code andBreaks} false an "and" does not end the walk back,
     * so appositions with a conjunction reach their name ("Kevin Brady, chairman of the House Ways and Means
     * Committee, said"; "Jay Doe, the club's president and general manager, said").
     */
    private Np clauseStartNp(int lo, int k, boolean andBreaks) {
        int start = k;
        while (start - 1 >= lo && k - (start - 1) < 40 && tokQuote[start - 1] < 0 && !isSentenceEnd(start - 1)
                && (!clauseBreak(start - 1) || !andBreaks && lower(start - 1).equals("and"))) {
            start--;
        }
        for (int i = start; i < k; i++) {
            Np np = npStartingAt(i, k);
            if (np == null || np.pronoun) {
                if (!isDeterminer(i) && !t(i).equals(",")) {
                    return null; // the clause does not start with a name
                }
                continue;
            }
            if (np.last >= k) {
                return null;
            }
            String next = lower(np.last + 1);
            boolean participle = next.endsWith("ing") && isLowerWord(np.last + 1);
            if (!next.equals(",") && !next.equals("of") && !next.equals("from") && !next.equals("(")
                    && !next.equals("at") && !next.equals("in") && !participle) {
                return null;
            }
            for (int j = np.last + 1; j <= k; j++) {
                if (isCueVerb(j) || lex.isVerbHint(t(j)) && isLowerWord(j) || lower(j).equals("that")) {
                    return null;
                }
            }
            return np;
        }
        return null;
    }

    /** Tokens after which a new clause starts: conjunctions and clause openers. */
    private boolean clauseBreak(int i) {
        String l = lower(i);
        return l.equals(":") || l.equals(";") || l.equals("and") || l.equals("but") || l.equals("while")
                || l.equals("when") || l.equals("after") || l.equals("because") || l.equals("that")
                || l.equals("as") || l.equals("since") || l.equals("although") || l.equals("though");
    }

    private boolean isWordCapName(int i) {
        return isWordCap(i) && !lex.isSkippable(t(i));
    }

    /** The first subject-like noun phrase of the window [lo, hi]: a name or pronoun followed by a verb. */
    private Np clauseSubject(int lo, int hi) {
        for (int k = lo; k <= hi; k++) {
            if (k > lo && isPreposition(k - 1) || k > lo + 1 && isDeterminer(k - 1) && isPreposition(k - 2)) {
                continue;
            }
            Np np = npStartingAt(k, hi);
            if (np == null) {
                continue;
            }
            if (np.pronoun) {
                return np; // he, she, they, we, I: nominative, so a subject
            }
            int v = np.last + 1;
            if (v + 1 <= hi && (lower(v).equals("of") || lower(v).equals("from")) && isWordCap(v + 1)) {
                Np pp = npStartingAt(v + 1, hi); // "Gov. Earl Ray Tomblin of West Virginia lauded"
                if (pp != null && !pp.pronoun) {
                    v = pp.last + 1;
                }
            }
            if (v <= hi && t(v).equals("(")) {
                int j = v;
                while (j <= hi && !t(j).equals(")") && j - v < 12) {
                    j++;
                }
                v = j + 1;
            }
            if (v <= hi && t(v).equals(",")) {
                int j = v + 1;
                while (j <= hi && !t(j).equals(",") && j - v < 20) {
                    j++;
                }
                v = j + 1;
            }
            if (v <= hi && isVerbish(v) && !t(v).equals(",")) {
                return np;
            }
            k = np.last;
        }
        return null;
    }

    // ---------------------------------------------------------------- windows

    /** The first token after the quote's closing mark. */
    private int firstTokenAfter(Work w) {
        return firstTokenStartingAt(w.seg.end());
    }

    /** The last token before the quote's opening mark (-1 if none). */
    private int lastTokenBefore(Work w) {
        return firstTokenEndingAfter(w.seg.start()) - 1;
    }

    /** The index of the first token that starts at or after {@code offset} (binary search; tokens are in text order). */
    private int firstTokenStartingAt(int offset) {
        int lo = 0;
        int hi = toks.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks[mid].start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The reporter's tokens after the quote up to the sentence end or the next quote: [a, b]. */
    private int[] afterWindow(int qi) {
        Work w = quotes.get(qi);
        int a = firstTokenAfter(w);
        int b = a - 1;
        if (endsWith(w, '.') && a < toks.length && isWordCap(a) && !isPronoun(a) && !shortAttribution(a)) {
            return new int[] {a, b}; // “… now.” Next sentence: not an attribution
        }
        for (int i = a; i < toks.length && i - a < WINDOW && tokPara[i] == w.seg.paragraph() && tokQuote[i] < 0; i++) {
            b = i;
            if (isSentenceEnd(i)) {
                break;
            }
        }
        return new int[] {a, b};
    }

    /** The reporter's tokens before the quote back to the sentence start: [a, b]; other quotes inside. */
    private int[] beforeWindow(int qi) {
        Work w = quotes.get(qi);
        int b = lastTokenBefore(w);
        int a = b + 1;
        for (int i = b; i >= 0 && b - i < WINDOW && tokPara[i] == w.seg.paragraph(); i--) {
            if (tokQuote[i] >= 0) {
                Work other = quotes.get(tokQuote[i]);
                if (other.kind == QuoteKind.FULL || endsSentence(other)) {
                    break;
                }
                a = i;
                continue;
            }
            if (isSentenceEnd(i)) {
                break;
            }
            a = i;
        }
        return new int[] {a, b};
    }

    /** "Trump said." right after a quote: a name, a cue verb and the sentence's end within a few tokens. */
    private boolean shortAttribution(int a) {
        boolean cue = false;
        for (int i = a; i < toks.length && i - a < 8 && tokPara[i] == tokPara[a] && tokQuote[i] < 0; i++) {
            if (i - a < 5 && isCueVerb(i)) {
                cue = true;
            }
            if (isSentenceEnd(i)) {
                return cue;
            }
        }
        return false;
    }

    private boolean endsSentence(Work w) {
        int i = w.seg.contentEnd() - 1;
        while (i > w.seg.contentStart() && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < w.seg.contentStart()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '.' || c == '?' || c == '!';
    }

    // ---------------------------------------------------------------- kinds

    private QuoteKind kind(int qi) {
        Work w = quotes.get(qi);
        Paragraph p = paragraphs.get(w.seg.paragraph());
        int i = w.seg.start() - 1;
        while (i >= p.start() && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        int b = lastTokenBefore(w);
        if (b >= 0 && tokPara[b] == w.seg.paragraph() && lex.isTermMarker(t(b))) {
            w.termMarked = true;
        } else if (b >= 1 && tokPara[b] == w.seg.paragraph() && (lower(b).equals("as") || lower(b).equals("called"))
                && lex.isTermMarker(t(b - 1))) {
            w.termMarked = true; // known as "X"
        }
        if (i < p.start()) {
            return QuoteKind.FULL;
        }
        char c = text.charAt(i);
        if (c == '.' || c == '?' || c == '!' || c == ':' || c == '\u2014' || c == '\u2015' || c == '\u2026') {
            return QuoteKind.FULL;
        }
        if (c == '\u201D' || c == '"' || c == '\'' || c == '\u2019') {
            // right after another quote's closing mark: a quote ending a sentence was closed
            if (qi > 0 && quotes.get(qi - 1).seg.end() == i + 1 && endsSentence(quotes.get(qi - 1))) {
                return QuoteKind.FULL;
            }
        }
        if (c == ',' && Character.isUpperCase(firstLetter(w))) {
            // "Trump said, “We will ...”" and “A,” he said, “B …”
            int[] win = beforeWindow(qi);
            for (int k = win[1]; k >= win[0]; k--) {
                if (isCueVerb(k)) {
                    return QuoteKind.FULL;
                }
            }
        }
        if (c == ',' && qi > 0 && quotes.get(qi - 1).seg.paragraph() == w.seg.paragraph()
                && quotes.get(qi - 1).kind == QuoteKind.FULL) {
            int[] win = beforeWindow(qi);
            int after = firstTokenAfter(quotes.get(qi - 1));
            if (win[0] <= after) {
                for (int k = win[1]; k >= after; k--) {
                    if (isCueVerb(k)) {
                        return QuoteKind.FULL;
                    }
                }
            }
        }
        return QuoteKind.PARTIAL;
    }

    private char firstLetter(Work w) {
        for (int i = w.seg.contentStart(); i < w.seg.contentEnd(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
        }
        return ' ';
    }

    private int words(Work w) {
        int n = 0;
        boolean in = false;
        for (int i = w.seg.contentStart(); i < w.seg.contentEnd(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    // ---------------------------------------------------------------- sieves

    private void attribute(int qi) {
        Work w = quotes.get(qi);
        int[] after = afterWindow(qi);
        int[] before = beforeWindow(qi);
        boolean found = transcriptLabel(w) || trailingSpeakerCue(w, after) || trailingCueSpeaker(w, after) || dashSource(w, after)
                || cueBefore(w, before) || accordingTo(w, before, after) || cueAfter(w, after);
        if (!found && !w.termMarked) {
            found = paragraphLabel(w) || headlineSubject(w);
        }
        if (w.kind == QuoteKind.PARTIAL && !found && !w.termMarked && words(w) <= 3) {
            // a short stretch with no cue is still somebody's word when its clause has a person as subject
            found = sentenceSubject(w, before, false);
        }
        if (w.kind == QuoteKind.PARTIAL && (w.termMarked || !found && words(w) <= 3)) {
            w.kind = QuoteKind.TERM;
            if (w.termMarked) {
                w.speaker = null;
                w.rule = null;
                w.cue = null;
            }
            return;
        }
        if (!found) {
            found = colonPreviousParagraph(w) || ownSubject(w, before) || continuation(qi) || previousSentence(qi, before)
                    || continuationParagraph(qi) || sentenceSubject(w, before, false) || previousSubject(qi, before);
        }
        if (found && w.speaker != null && w.speaker.pronoun && !w.rule.endsWith(PRONOUN_SUFFIX)) {
            Np resolved = resolvePronoun(w.speaker.first);
            if (resolved == null) {
                w.speaker = null;
                w.rule = null;
            } else {
                w.pronounMention = w.speaker;
                w.speaker = resolved;
                w.rule = w.rule + PRONOUN_SUFFIX;
            }
        }
        if (w.speaker != null && !w.speaker.pronoun) {
            learn(w.speaker);
        }
    }

    private boolean set(Work w, Np np, int cue, String rule) {
        if (np == null) {
            return false;
        }
        w.speaker = np;
        w.rule = rule;
        if (cue >= 0) {
            w.cue = TextSpan.of(text, toks[cue].start(), toks[cue].end());
        }
        return true;
    }

    /** A headline-style source label: "Graham: Trump's ‘Incredibly Hateful Rhetoric’ …". */
    private boolean paragraphLabel(Work w) {
        int b = lastTokenBefore(w);
        if (b < 0 || tokPara[b] != w.seg.paragraph()) {
            return false;
        }
        int first = paraFirstTok[b];
        for (int k = first; k <= b && k - first <= 8; k++) {
            if (t(k).equals(":")) {
                Np np = npStartingAt(first, k - 1);
                if (np != null && !np.pronoun && np.last + 1 < k - 1 && lower(np.last + 1).equals("on")
                        && isWordCap(np.last + 2) && npWordsOnly(np.last + 2, k - 1)
                        && Boolean.TRUE.equals(persons.get(lower(np.last)))) {
                    np = new Np(np.first, np.last, false); // "Obama on Climate Change: The Trends Are ‘Terrifying.’"
                } else if (np != null && np.last != k - 1) {
                    np = null;
                }
                if (np != null && !np.pronoun && tokQuote[first] < 0) {
                    w.speaker = np;
                    w.rule = PARAGRAPH_LABEL;
                    w.cue = TextSpan.of(text, toks[k].start(), toks[k].end());
                    return true;
                }
                return false;
            }
            if (tokQuote[k] >= 0) {
                return false;
            }
        }
        return false;
    }

    /** Tokens [a, b] are all capitalized words or name punctuation: a title-case topic ("Climate Change"). */
    private boolean npWordsOnly(int a, int b) {
        for (int k = a; k <= b; k++) {
            if (tokQuote[k] >= 0 || !(isWordCap(k) || isAbbrevDot(k) || lex.isFunctionWord(t(k)) && isLowerWord(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A quote inside a title-case headline that opens with a person's name: "Hillary Clinton Sides With
     * George W. Bush On ‘Radical Islam’". The name is cut back to the last word known as a person's
     * name (title case glues the verb to it); at most 30 tokens are looked at.
     */
    private boolean headlineSubject(Work w) {
        if (w.kind == QuoteKind.FULL) {
            return false;
        }
        int b = lastTokenBefore(w);
        if (b < 0 || tokPara[b] != w.seg.paragraph() || tokQuote[b] >= 0) {
            return false;
        }
        int a = b;
        while (a - 1 >= 0 && b - a < 30 && tokPara[a - 1] == tokPara[b] && tokQuote[a - 1] < 0 && !isSentenceEnd(a - 1)) {
            a--;
        }
        if (a > 0 && tokPara[a - 1] == tokPara[b] && !isSentenceEnd(a - 1)) {
            return false;
        }
        while (a < b && b - a < 30 && !Character.isLetter(t(a).charAt(0))) {
            a++; // list numbers and separators: "4|Gina Rodriguez …"
        }
        int words = 0;
        int caps = 0;
        for (int k = a; k <= b; k++) {
            char c = t(k).charAt(0);
            if (Character.isLetter(c) && !(isLowerWord(k) && lex.isFunctionWord(t(k)))) {
                words++; // "Obama Sees ‘Personal Insult’ if Blacks Don't Rally for Hillary Clinton": short words stay lower
                if (Character.isUpperCase(c)) {
                    caps++;
                }
            }
        }
        if (words < 4 || caps * 10 < words * 9) {
            return false;
        }
        Np np = npStartingAt(a, b);
        if (np == null || np.pronoun) {
            return false;
        }
        int last = np.last;
        for (int k = np.first + 1; k <= np.last; k++) {
            String l = lower(k);
            if (lex.isVerb(l) || lex.isVerbHint(l) || l.endsWith("ed")
                    || l.length() > 3 && l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("us")) {
                last = k - 1; // title case glues the verb to the name: "Gina Rodriguez Questioned"
                break;
            }
        }
        if (last >= b) {
            return false;
        }
        boolean person = false;
        for (int k = np.first; k <= last; k++) {
            if (Boolean.TRUE.equals(persons.get(lower(k))) || lex.isFirstName(t(k))) {
                person = true;
            }
        }
        if (!person) {
            return false;
        }
        return set(w, new Np(np.first, last, false), -1, HEADLINE_SUBJECT);
    }

    /** A transcript line inside the marks: "WALLACE: Let's start …". */
    private boolean transcriptLabel(Work w) {
        int first = firstTokenAfterStart(w);
        int k = first;
        while (k < toks.length && tokQuote[k] == tokQuote[first] && toks[k].end() <= w.seg.contentEnd() && k - first < 4
                && isAllCaps(k)) {
            k++;
        }
        if (k == first || k >= toks.length || !t(k).equals(":") || toks[k].end() > w.seg.contentEnd()) {
            return false;
        }
        w.speaker = new Np(first, k - 1, false);
        w.rule = TRANSCRIPT_LABEL;
        w.cue = TextSpan.of(text, toks[k].start(), toks[k].end());
        return true;
    }

    /** The first token inside the quote's content. */
    private int firstTokenAfterStart(Work w) {
        return firstTokenStartingAt(w.seg.contentStart());
    }

    private boolean isAllCaps(int i) {
        String s = t(i);
        boolean letter = false;
        for (int c = 0; c < s.length(); c++) {
            char ch = s.charAt(c);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            letter |= Character.isLetter(ch);
        }
        return letter && s.length() > 1;
    }

    /** “…,” Trump told Fox News / “…,” he said / “…,” the spokesman added. */
    private boolean trailingSpeakerCue(Work w, int[] win) {
        int k = win[0];
        while (k <= win[1] && (t(k).equals(",") || isDash(k))) {
            k++;
        }
        Np np = npStartingAt(k, win[1]);
        if (np == null) {
            return false;
        }
        int v = np.last + 1;
        if (v <= win[1] && t(v).equals(",")) {
            // apposition: "Yuri Ushakov, Putin's aide, told", "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said"
            int j = v + 1;
            while (j <= win[1] && j - v < 30 && !isCueVerb(j)) {
                j++;
            }
            boolean relative = false;
            for (int r = v + 1; r < j && r <= win[1]; r++) {
                relative |= lower(r).equals("who"); // "Nate Silver, the polling guru who founded the site tweeted"
            }
            if (j <= win[1] && isCueVerb(j) && !isParticiple(j) && (t(j - 1).equals(",") || relative)) {
                v = j;
            }
        }
        while (v <= win[1] && lex.isSkippable(t(v)) && !isCueVerb(v)) {
            v++;
        }
        if (v <= win[1] && isCueVerb(v) && !isParticiple(v)) {
            return set(w, np, v, TRAILING_SPEAKER_CUE);
        }
        // “…,” Toomey fumed: right after a quote ending in a comma, name + any finite verb is an attribution
        if (v <= win[1] && endsOpen(w) && np.first == firstAfterPunct(win) && isVerbish(v) && isLowerWord(v)
                && (lower(v).endsWith("ed") || lower(v).endsWith("s"))) {
            return set(w, np, v, TRAILING_SPEAKER_CUE);
        }
        return false;
    }

    private int firstAfterPunct(int[] win) {
        int k = win[0];
        while (k <= win[1] && (t(k).equals(",") || isDash(k))) {
            k++;
        }
        return k;
    }

    /** The quote's content ends in a comma, question or exclamation mark, or a dash: it wants an attribution. */
    private boolean endsOpen(Work w) {
        int i = w.seg.contentEnd() - 1;
        while (i > w.seg.contentStart() && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < w.seg.contentStart()) {
            return false;
        }
        char c = text.charAt(i);
        return c == ',' || c == '?' || c == '!' || c == '\u2014' || c == '-';
    }

    /** “…,” said Lavrov / “…,” said the spokesman. */
    private boolean trailingCueSpeaker(Work w, int[] win) {
        int k = win[0];
        while (k <= win[1] && (t(k).equals(",") || isDash(k))) {
            k++;
        }
        while (k <= win[1] && lex.isSkippable(t(k)) && !isCueVerb(k)) {
            k++;
        }
        boolean cue = k <= win[1] && isCueVerb(k);
        if (k <= win[1] && !cue && endsOpen(w) && k == firstAfterPunct(win) && isLowerWord(k) && lower(k).endsWith("ed")
                && !lex.isFunctionWord(t(k)) && k + 1 <= win[1] && (isWordCap(k + 1) || isDeterminer(k + 1))) {
            cue = true; // “…?” shouted Jane Doe
        }
        if (!cue || isParticiple(k) || takesListener(k)) {
            return false;
        }
        Np np = npStartingAt(k + 1, win[1]);
        if (np == null) {
            // "said 9/11 widow Terry Strada": a few modifiers before the name
            for (int j = k + 1; j <= win[1] && j - k <= 4; j++) {
                if (isWordCap(j) && !lex.isFunctionWord(t(j))) {
                    np = npStartingAt(j, win[1]);
                    if (np != null) {
                        np = new Np(k + 1, np.last, false);
                    }
                    break;
                }
                if (t(j).equals(",") || lex.isFunctionWord(t(j)) || lex.isVerb(t(j))) {
                    break;
                }
            }
        }
        if (np == null && w.kind == QuoteKind.FULL) {
            np = commonNounPhrase(k + 1, win[1]);
        }
        return set(w, np, k, TRAILING_CUE_SPEAKER);
    }

    /**
     * A determiner and up to four words ending in a lower-case noun, closed by punctuation or a function
     * word: "one commenter", "a 2008 Clinton veteran", "the base chief known as Bob". Null otherwise.
     */
    private Np commonNounPhrase(int k, int hi) {
        if (k > hi || !isDeterminer(k)) {
            return null;
        }
        int j = k + 1;
        while (j <= hi && j - k <= 4 && tokPara[j] == tokPara[k] && tokQuote[j] < 0 && !lex.isFunctionWord(t(j))
                && !lex.isVerb(t(j)) && (Character.isLetterOrDigit(t(j).charAt(0)) || glued(j))) {
            j++;
        }
        int last = j - 1;
        if (last <= k || !isLowerWord(last) || lex.isSkippable(t(last))) {
            return null;
        }
        if (j <= hi && (Character.isLetterOrDigit(t(j).charAt(0)) || glued(j)) && !lex.isFunctionWord(t(j))) {
            return null; // the phrase runs on: not a closed noun phrase
        }
        return new Np(k, last, false);
    }

    private boolean isDash(int i) {
        String s = t(i);
        return s.equals("\u2014") || s.equals("\u2015") || s.equals("\u2013") || s.equals("--") || s.equals("-");
    }

    /** “…” ― Jane Doe (a source line under a quote). */
    private boolean dashSource(Work w, int[] win) {
        int k = win[0];
        int hi = win[1];
        int b = lastTokenBefore(w);
        if (k > hi && k < toks.length && tokPara[k] != w.seg.paragraph() && isDash(k)
                && (b < 0 || tokPara[b] != w.seg.paragraph()) && w.kind == QuoteKind.FULL) {
            // the source on a line of its own under a quote that is a paragraph of its own: “…”¶— Bernie Sanders.
            hi = k;
            while (hi + 1 < toks.length && tokPara[hi + 1] == tokPara[k] && hi - k < 12) {
                hi++;
            }
            if (hi + 1 < toks.length && tokPara[hi + 1] == tokPara[k] || !onlyGapsBetween(w.seg.paragraph(), tokPara[k])
                    || isDash(hi) || hi > k && isDash(hi - 1)) {
                return false; // a long paragraph is no source line, nor a subheading "– Ready to quiz Trump –"
            }
        }
        if (k > hi || !isDash(k)) {
            return false;
        }
        Np np = npStartingAt(k + 1, hi);
        if (np == null || np.pronoun) {
            return false;
        }
        return set(w, np, k, DASH_SOURCE);
    }

    /** Trump replied: “…” / Russia’s Foreign Ministry said it rejects “…” / …, saying: “…”. */
    private boolean cueBefore(Work w, int[] win) {
        boolean colon = win[1] >= 0 && win[1] >= win[0] && t(win[1]).equals(":");
        for (int k = win[1]; k >= win[0]; k--) {
            if (!isCueVerb(k)) {
                continue;
            }
            String rule = colon ? COLON_CUE : CUE_BEFORE;
            Np np = null;
            if (!isParticiple(k) && k - 1 > win[0] && lower(k - 1).equals("to") && isLowerWord(k)) {
                // "Bryne went on to say", "Mr. Trump was prompted to say": the clause's subject
                np = clauseSubject(win[0], k - 2);
                if (np == null) {
                    continue; // a cue further left may have one
                }
            } else if (!isParticiple(k)) {
                np = npLeftOf(k, win[0]);
                if (np == null && k - 1 >= win[0] && (lower(k - 1).equals("and") || lower(k - 1).equals("but"))) {
                    np = clauseSubject(win[0], k - 1);
                }
            } else {
                // "with Gorka noting …": a name right before the participle is its subject
                int d = k - 1;
                while (d > win[0] && isLowerWord(d) && lex.isSkippable(t(d))) {
                    d--; // "Trump reportedly yelling"
                }
                Np direct = d >= win[0] && (isWordCap(d) || isPronoun(d)) ? npEndingAt(d, win[0]) : null;
                np = direct != null ? direct : clauseSubject(win[0], k - 1);
            }
            if (np == null && !isParticiple(k) && k + 1 <= win[1]) {
                np = npStartingAt(k + 1, win[1]); // inverted: said Trump: “…”
                if (np != null && np.last + 1 <= win[1] && !t(np.last + 1).equals(":")
                        && !t(np.last + 1).equals(",")) {
                    np = null;
                }
            }
            if (np != null && np.pronoun && !lower(np.first).equals("he") && !lower(np.first).equals("she")) {
                Work further = new Work(w.seg);
                further.kind = w.kind;
                if (k - 1 >= win[0] && cueBefore(further, new int[] {win[0], k - 1}) && further.speaker != null
                        && !further.speaker.pronoun) {
                    w.speaker = further.speaker;
                    w.cue = further.cue;
                    w.rule = rule;
                    return true;
                }
            }
            if (np == null) {
                continue; // no speaker for this cue ("Another source familiar with Cruz's thinking said"): look further left
            }
            return set(w, np, k, rule);
        }
        for (int k = win[1]; k >= win[0]; k--) {
            // a reporting noun: "Trump's statement: “…”", "The Kremlin issued a statement: “…”"
            if (tokQuote[k] >= 0 || !isLowerWord(k) || !lex.isNoun(t(k))) {
                continue;
            }
            Np np = null;
            if (k - 2 >= win[0] && isPossessive(k - 1)) {
                np = npEndingAt(k - 2, win[0]);
            } else if (k - 1 >= win[0]) {
                np = clauseSubject(win[0], k - 1);
            }
            if (np != null && (colon || k == win[1] || k + 1 <= win[1] && t(k + 1).equals(","))) {
                return set(w, np, k, colon ? COLON_CUE : CUE_BEFORE);
            }
            break;
        }
        if (colon) {
            Np label = npStartingAt(win[0], win[1] - 1);
            if (label != null && label.last == win[1] - 1 && !label.pronoun) {
                return set(w, label, win[1], COLON_CUE); // Clinton: “…”
            }
            Np tail = npEndingAt(win[1] - 1, win[0]);
            if (tail != null && !tail.pronoun && tail.first - 1 >= win[0] && isDash(tail.first - 1)) {
                return set(w, tail, win[1], COLON_CUE); // Pollsters agree - Carl Bialik: “…”
            }
            Np person = personBeforeColon(win);
            if (person != null) {
                return set(w, person, win[1], COLON_CUE); // … doesn't surprise pollster Daron Shaw: “…”
            }
            Np np = clauseSubject(win[0], win[1] - 1);
            if (np != null && !np.pronoun && np.last + 1 <= win[1]) {
                return set(w, np, win[1], COLON_CUE);
            }
        }
        return false;
    }

    /**
     * A known person's name right before the colon that opens the quote, a parenthesis after it allowed:
     * "The timing doesn't surprise pollster Daron Shaw: “…”", "Rep. Trey Gowdy (R-S.C.): “…”".
     */
    private Np personBeforeColon(int[] win) {
        int e = win[1] - 1;
        if (e >= win[0] && t(e).equals(")")) {
            int j = e - 1;
            while (j >= win[0] && !t(j).equals("(") && e - j < 12) {
                j--;
            }
            if (j < win[0] || !t(j).equals("(")) {
                return null;
            }
            e = j - 1;
        }
        if (e < win[0] || !isWordCap(e)) {
            return null;
        }
        Np np = npEndingAt(e, win[0]);
        if (np == null || np.pronoun || !Boolean.TRUE.equals(persons.get(lower(np.last)))) {
            return null;
        }
        return np;
    }

    /** …, according to Kremlin officials. */
    private boolean accordingTo(Work w, int[] before, int[] after) {
        for (int[] win : new int[][] {after, before}) {
            for (int k = win[0]; k < win[1]; k++) {
                if (lower(k).equals("according") && lower(k + 1).equals("to") && tokQuote[k] < 0) {
                    Np np = npStartingAt(k + 2, win[1]);
                    if (np != null && !np.pronoun) {
                        w.speaker = np;
                        w.rule = ACCORDING_TO;
                        w.cue = TextSpan.of(text, toks[k].start(), toks[k + 1].end());
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A cue later in the sentence: the “first line of defense,” which, Trump said, … */
    private boolean cueAfter(Work w, int[] win) {
        for (int k = win[0]; k <= win[1]; k++) {
            if (isCueVerb(k) && !isParticiple(k)) {
                Np np = npLeftOf(k, win[0]);
                if (np == null && !takesListener(k)) {
                    np = npStartingAt(k + 1, win[1]);
                }
                return set(w, np, k, CUE_AFTER);
            }
        }
        return false;
    }

    /** A quote opening a paragraph after a paragraph ending "… said:". */
    private boolean colonPreviousParagraph(Work w) {
        int b = lastTokenBefore(w);
        if (b < 0 || tokPara[b] == w.seg.paragraph() && firstTokenOfParagraph(b) != b + 1) {
            return false;
        }
        if (b < 0 || !t(b).equals(":") || tokPara[b] != w.seg.paragraph() - 1 && !onlyGapsBetween(tokPara[b], w)) {
            return false;
        }
        int a = b;
        while (a - 1 >= 0 && b - a < WINDOW && tokPara[a - 1] == tokPara[b] && !isSentenceEnd(a - 1)) {
            a--;
        }
        Work tmp = new Work(w.seg);
        if (cueBefore(tmp, new int[] {a, b})) {
            w.speaker = tmp.speaker;
            w.cue = tmp.cue;
            w.rule = COLON_PARAGRAPH;
            return true;
        }
        return false;
    }

    private int firstTokenOfParagraph(int i) {
        return paraFirstTok[i];
    }

    private boolean onlyGapsBetween(int para, Work w) {
        return onlyGapsBetween(para, w.seg.paragraph());
    }

    /** No analyzed paragraph with text lies strictly between paragraphs {@code para} and {@code later}. */
    private boolean onlyGapsBetween(int para, int later) {
        for (int p = para + 1; p < later; p++) {
            if (paragraphs.get(p).role().analyzed() && paragraphs.get(p).length() > 0) {
                return false;
            }
        }
        return true;
    }

    /** A partial quote with no cue: the subject of its sentence ("X endorsed Y, calling him “…”"). */
    private boolean sentenceSubject(Work w, int[] before, boolean personOnly) {
        if (w.kind != QuoteKind.PARTIAL || before[0] > before[1]) {
            return false;
        }
        Np np = clauseSubject(before[0], before[1]);
        if (np == null || words(w) <= 3 && passiveAfter(np.last + 1, before[1])) {
            return false;
        }
        boolean person = np.pronoun && !lower(np.first).equals("it") || Boolean.TRUE.equals(persons.get(lower(np.last)));
        if (!person && (personOnly || !lex.isOrgHead(t(np.last)) && lex.nominal(t(np.last)).isEmpty())) {
            return false;
        }
        w.speaker = np;
        w.rule = SENTENCE_SUBJECT;
        return true;
    }

    /**
     * A partial quote whose own sentence has a subject of its own (a named person, an organization or a
     * nominal, not a pronoun) comes before the continuation of an earlier quote: "“…,” Will wrote. … Will
     * described Trump as a “caricature …”".
     */
    private boolean ownSubject(Work w, int[] before) {
        if (w.kind != QuoteKind.PARTIAL || before[0] > before[1]) {
            return false;
        }
        Np np = clauseSubject(before[0], before[1]);
        if (np == null || np.pronoun) {
            return false;
        }
        return sentenceSubject(w, before, false);
    }

    /**
     * A passive verb within a few tokens from {@code v} (no comma or cue between, not after {@code hi}): "was
     * awarded", "is being called". Its subject is not the one who speaks.
     */
    private boolean passiveAfter(int v, int hi) {
        int k = v;
        while (k <= hi && k - v < 6 && !isBe(k) && !t(k).equals(",") && !isCueVerb(k)
                && !(isLowerWord(k) && lower(k).endsWith("ed"))) {
            k++; // "A group of Afghan teenagers was awarded"
        }
        if (k > hi || !isBe(k)) {
            return false;
        }
        for (int j = k + 1; j <= hi && j - k <= 3; j++) {
            String l = lower(j);
            if (l.equals("being") || l.equals("been") || lex.isSkippable(t(j)) && !l.endsWith("ed")) {
                continue;
            }
            if (j + 1 <= hi && (lower(j + 1).equals("about") || lower(j + 1).equals("that"))) {
                return false; // "are worried about", "is convinced that": a view the subject holds
            }
            return isLowerWord(j) && (l.endsWith("ed") || l.endsWith("en") || takesListener(j));
        }
        return false;
    }

    private boolean isBe(int i) {
        return switch (lower(i)) {
            case "is", "was", "were", "are", "be", "been", "being", "'re" -> true;
            default -> false;
        };
    }

    /** A full quote right after a reporter's sentence with a cue: "Sami recalled how … “And I was like …”". */
    private boolean previousSentence(int qi, int[] before) {
        Work w = quotes.get(qi);
        if (w.kind != QuoteKind.FULL) {
            return false;
        }
        int b = lastTokenBefore(w);
        if (b < 0 || tokPara[b] != w.seg.paragraph() || tokQuote[b] >= 0 || before[0] <= before[1]) {
            return false;
        }
        int a = b;
        while (a - 1 >= 0 && b - a < WINDOW && tokPara[a - 1] == tokPara[b] && tokQuote[a - 1] < 0
                && !isSentenceEnd(a - 1)) {
            a--;
        }
        if (a - 1 >= 0 && tokPara[a - 1] == tokPara[b] && tokQuote[a - 1] >= 0) {
            return false;
        }
        Work tmp = new Work(w.seg);
        tmp.kind = w.kind;
        if (cueBefore(tmp, new int[] {a, b}) && tmp.speaker != null) {
            w.speaker = tmp.speaker;
            w.cue = tmp.cue;
            w.rule = PREVIOUS_SENTENCE;
            return true;
        }
        return false;
    }

    /**
     * A full quote that opens its sentence with no cue in sight: the subject of the reporter's sentence
     * right before it, in its paragraph or closing the previous one ("Viguerie is upbeat about Cruz's
     * chances. “Not only can …”"). The subject must be a person, he/she, or an organization or nominal
     * head; only one sentence is looked at (bounded by the window).
     */
    private boolean previousSubject(int qi, int[] before) {
        Work w = quotes.get(qi);
        if (w.kind != QuoteKind.FULL || before[0] <= before[1]) {
            return false;
        }
        int b = lastTokenBefore(w);
        if (b < 0 || tokQuote[b] >= 0) {
            return false;
        }
        int para = w.seg.paragraph();
        if (tokPara[b] != para && !onlyGapsBetween(tokPara[b], w)) {
            return false;
        }
        if (!isSentenceEnd(b)) {
            return false;
        }
        int a = b;
        while (a - 1 >= 0 && b - a < WINDOW && tokPara[a - 1] == tokPara[b] && tokQuote[a - 1] < 0
                && !isSentenceEnd(a - 1)) {
            a--;
        }
        if (a - 1 >= 0 && tokPara[a - 1] == tokPara[b] && !isSentenceEnd(a - 1)) {
            return false; // the sentence holds a quote or is longer than the window
        }
        Np np = clauseSubject(a, b - 1);
        if (np == null || np.first != a && !(np.first == a + 1 && skippableOpener(a))) {
            return false;
        }
        boolean ok = np.pronoun ? lower(np.first).equals("he") || lower(np.first).equals("she")
                : Boolean.TRUE.equals(persons.get(lower(np.last))) || lex.isOrgHead(t(np.last))
                        || lex.nominal(t(np.last)).isPresent();
        if (!ok) {
            return false;
        }
        w.speaker = np;
        w.rule = PREVIOUS_SUBJECT;
        return true;
    }

    /** A sentence opener before its subject: "But", "And", "Still", "Then". */
    private boolean skippableOpener(int i) {
        return switch (lower(i)) {
            case "but", "and", "still", "then", "yet", "so", "now", "later", "instead" -> true;
            default -> false;
        };
    }

    /** An unattributed quote after an attributed one in the same paragraph. */
    private boolean continuation(int qi) {
        Work w = quotes.get(qi);
        for (int j = qi - 1; j >= 0 && qi - j <= 50; j--) {
            Work prev = quotes.get(j);
            if (prev.seg.paragraph() != w.seg.paragraph()) {
                return false;
            }
            if (prev.speaker != null && prev.kind != QuoteKind.TERM) {
                w.speaker = prev.speaker;
                w.pronounMention = prev.pronounMention;
                w.rule = CONTINUATION;
                return true;
            }
        }
        return false;
    }

    /** A quote opening a paragraph, no cue in sight: the speaker of the previous paragraph's last quote. */
    private boolean continuationParagraph(int qi) {
        Work w = quotes.get(qi);
        if (w.kind != QuoteKind.FULL || qi == 0) {
            return false;
        }
        Work prev = quotes.get(qi - 1);
        if (prev.seg.paragraph() == w.seg.paragraph() || prev.speaker == null || prev.kind == QuoteKind.TERM) {
            return false;
        }

        int gap = w.seg.paragraph() - prev.seg.paragraph();
        if (gap > 1 && !onlyGapsBetween(prev.seg.paragraph(), w)) {
            return false;
        }
        w.speaker = prev.speaker;
        w.pronounMention = prev.pronounMention;
        w.rule = CONTINUATION_PARAGRAPH;
        return true;
    }

    // ---------------------------------------------------------------- pronouns and names

    private void collectCandidates() {
        java.util.Set<String> lowerWords = new java.util.HashSet<>();
        for (int i = 0; i < toks.length; i++) {
            if (isLowerWord(i)) {
                lowerWords.add(lower(i));
            }
        }
        for (int i = 0; i < toks.length; i++) {
            if (tokQuote[i] < 0 && (lower(i).equals("he") || lower(i).equals("she"))) {
                candidates.add(new Candidate(i, i, tokPara[i], true, lower(i), false, true, false));
                continue;
            }
            if (tokQuote[i] >= 0 || !isWordCap(i) || lex.isFunctionWord(t(i))) {
                continue;
            }
            int j = i;
            while (j + 1 < toks.length && tokPara[j + 1] == tokPara[i] && tokQuote[j + 1] < 0
                    && (isWordCap(j + 1) && !lex.isFunctionWord(t(j + 1)) || hyphenNamePart(j + 1)
                    || lex.isTitle(t(j + 1)) && j + 2 < toks.length && isWordCap(j + 2))) {
                j++;
            }
            int b = i - 1;
            boolean prevOk = b < 0 || tokPara[b] != tokPara[i] || sentStart[i] || clauseOpener(b);
            // "Michael Briggs, Sanders's spokesman,": a possessor inside an apposition is not a subject
            boolean nextOk = j + 1 < toks.length && tokPara[j + 1] == tokPara[i] && isVerbish(j + 1)
                    && !(i > 0 && t(i - 1).equals(",") && possessiveBeforeNoun(j + 1));
            boolean apposition = j + 1 < toks.length && tokPara[j + 1] == tokPara[i] && t(j + 1).equals(",")
                    && prevOkForApposition(i);
            String key = lower(j);
            if (b >= 0 && tokPara[b] == tokPara[i] && (lower(b).equals("in") || lower(b).equals("at"))
                    && (j + 1 >= toks.length || !isPossessive(j + 1))) {
                nonPersons.add(key);
            }
            if (lex.isOrgHead(t(j)) || lex.nominal(t(j)).isPresent()) {
                nonPersons.add(key);
            }
            if (i == j && (lowerWords.contains(key) || sentStart[i] && !nextOk && !Boolean.TRUE.equals(persons.get(key))
                    || lex.isSkippable(key))) {
                nonPersons.add(key);
            }
            mentionCount.merge(key, 1, Integer::sum);
            // "Earnest said Obama has …": the subject of a reported clause, not the one who speaks
            boolean embedded = nextOk && reportedClauseSubject(i);
            Candidate c = new Candidate(i, j, tokPara[i], prevOk && nextOk, key, apposition, prevOk && (j + 1 >= toks.length
                    || !isPossessive(j + 1)), embedded);
            candidates.add(c);
            noteName(i, j);
            i = j;
        }
    }

    /**
     * Whether the name starting at token {@code i} (followed by a verb) is the subject of a reported clause:
     * a reporting verb comes before it in its sentence ("Earnest said Obama has …", "Kasich predicted that
     * Republicans will take … if Sanders wins"), with no quote, sentence end or clause-joining "and"/"but"
     * between; such a name is the one spoken about, not the one speaking.
     */
    private boolean reportedClauseSubject(int i) {
        for (int k = i - 1; k >= 0 && i - k <= 40 && tokPara[k] == tokPara[i] && tokQuote[k] < 0; k--) {
            if (isSentenceEnd(k)) {
                return false;
            }
            if (isLowerWord(k) && isCueVerb(k) && !isParticiple(k) && !lower(k + 1).equals("by")) {
                return true; // not a passive "accused by"
            }
            String l = lower(k);
            if ((l.equals("and") || l.equals("but")) && k - 1 >= 0 && t(k - 1).equals(",")
                    || l.equals("while") || l.equals("whereas")) {
                return false; // "…, and Obama replied", "…, while Lavrov did not": a clause of its own
            }
        }
        return false;
    }

    /**
     * A "'s" at {@code k} that marks a possessive, not "is"/"has": a noun-like word follows ("Sanders's
     * spokesman", "Carson's longtime friend"), not a determiner, participle, "been" or "not" ("Trump's a
     * liar", "Trump's been saying").
     */
    private boolean possessiveBeforeNoun(int k) {
        if (!isPossessive(k) || k + 1 >= toks.length || tokPara[k + 1] != tokPara[k] || tokQuote[k + 1] >= 0) {
            return false;
        }
        String n = lower(k + 1);
        if (isWordCap(k + 1) || lex.isTitle(t(k + 1)) || lex.nominal(t(k + 1)).isPresent()) {
            return true;
        }
        return isLowerWord(k + 1) && !isDeterminer(k + 1) && !n.endsWith("ing") && !n.endsWith("ed")
                && !n.equals("been") && !n.equals("not") && !lex.isFunctionWord(n) && !lex.isSkippable(n);
    }

    /** A name opening its paragraph or sentence, or after a comma: "Christyn Gionfriddo, a … native, is …". */
    private boolean prevOkForApposition(int i) {
        return i == 0 || tokPara[i - 1] != tokPara[i] || sentStart[i] || t(i - 1).equals(",");
    }

    /** Two or three capitalized words, none an organization head, nominal or function word: likely a person. */
    private boolean plainName(Candidate c) {
        int n = c.last - c.first + 1;
        if (n < 2 || n > 3) {
            return false;
        }
        for (int k = c.first; k <= c.last; k++) {
            if (!isWordCap(k) || lex.isOrgHead(t(k)) || lex.nominal(t(k)).isPresent() || lex.isFunctionWord(t(k))
                    || lex.isTitle(t(k)) || lex.isSkippable(t(k))) {
                return false;
            }
        }
        return true;
    }

    /** What may stand right before a clause's subject: punctuation or a conjunction, not a determiner or verb. */
    private boolean clauseOpener(int b) {
        String s = t(b);
        if (s.isEmpty()) {
            return false;
        }
        if (!Character.isLetterOrDigit(s.charAt(0))) {
            return !isPossessive(b);
        }
        if ((lower(b).equals("and") || lower(b).equals("but")) && b > 0 && tokPara[b - 1] == tokPara[b]
                && t(b - 1).equals(",")) {
            return true; // "…, and Tom Jones replied": a new main clause
        }
        if (isDeterminer(b) || isPreposition(b)) {
            return false;
        }
        if (isLowerWord(b) && lex.isTitle(s)) {
            return true; // "press secretary Karoline Leavitt"
        }
        for (int k = b; k >= 0 && b - k < 5 && tokPara[k] == tokPara[b]; k--) {
            if (ageEnd(k) == b) {
                return true; // "62-year-old Brenda Johnson"
            }
        }
        return switch (lower(b)) {
            case "but", "while", "when", "as", "that", "because", "since", "after", "before", "if", "though",
                    "although", "where", "whereas", "so", "then", "meanwhile", "until", "once", "said", "says" -> true;
            default -> false;
        };
    }

    private boolean isPreposition(int i) {
        return switch (lower(i)) {
            case "of", "to", "with", "by", "for", "from", "between", "about", "against", "at", "in", "on", "into",
                    "than", "and", "or", "like", "as", "over", "under", "after", "before", "toward", "towards",
                    "across", "through", "during", "without", "behind", "via", "among", "'s" -> true;
            default -> false;
        };
    }

    /** Whether the token at {@code i} looks like the verb of a clause (after skippable adverbs). */
    private boolean isVerbish(int i) {
        int k = i;
        while (k < toks.length && tokPara[k] == tokPara[i] && k - i < 4 && lex.isSkippable(t(k))
                && !lex.isVerbHint(t(k))) {
            k++;
        }
        if (k < toks.length && tokPara[k] == tokPara[i] && (lower(k).equals("did") || lower(k).equals("does")
                || lower(k).equals("do") || lex.isVerbHint(t(k)))) {
            return true;
        }
        if (k >= toks.length || tokPara[k] != tokPara[i]) {
            return false;
        }
        String cl = lower(k);
        if (cl.equals("'s") || cl.equals("'re") || cl.equals("'ve") || cl.equals("'d") || cl.equals("'ll")) {
            return true;
        }
        if (!isLowerWord(k)) {
            return false;
        }
        String l = lower(k);
        if (l.equals("'s") || l.equals("'re") || l.equals("'ve") || l.equals("'d") || l.equals("'ll")) {
            return true;
        }
        if (isPreposition(k) || lex.isFunctionWord(l) && !lex.isVerbHint(l) || lex.nominal(l).isPresent()
                || lex.isTitle(l)) {
            return false;
        }
        return lex.isVerb(l) || lex.isVerbHint(l) || l.endsWith("ed") || l.length() > 3 && l.endsWith("s")
                && !l.endsWith("ss") && !l.endsWith("us");
    }

    private boolean isLowerWord(int i) {
        String s = t(i);
        return !s.isEmpty() && Character.isLowerCase(s.charAt(0));
    }

    /** Records what a name reveals: a person (first name, title), gender, its fullest form. */
    private void noteName(int first, int last) {
        String key = lower(last);
        Gender g = Gender.UNKNOWN;
        boolean person = false;
        int nameStart = first;
        for (int k = first; k <= last; k++) {
            if (lex.isTitle(t(k)) && k < last) {
                Gender tg = lex.titleGender(t(k));
                if (tg != Gender.UNKNOWN) {
                    g = tg;
                }
                if (personTitle(k)) {
                    person = true;
                }
                nameStart = k + 1;
            }
        }
        for (int k = nameStart; k < last; k++) {
            if (lex.isFirstName(t(k))) {
                person = true;
                if (g == Gender.UNKNOWN) {
                    g = lex.firstNameGender(t(k));
                }
                nameStart = k;
                break;
            }
        }
        Entity overlapping = tokEntity[last];
        if (overlapping != null && overlapping.type() == EntityType.PERSON) {
            person = true;
            if (overlapping.gender() != Gender.UNKNOWN) {
                g = overlapping.gender();
            }
        }
        if (person) {
            persons.put(key, true);
            for (int k = first; k < nameStart; k++) {
                if (lex.isTitle(t(k)) && personTitle(k)) {
                    titled.computeIfAbsent(lower(k), x -> new java.util.HashSet<>()).add(key);
                }
            }
        }
        if (g != Gender.UNKNOWN) {
            genders.putIfAbsent(key, g);
        }
        if (nameStart < last && person) {
            String full = text.substring(toks[nameStart].start(), toks[last].end());
            String old = fullNames.get(key);
            if (old == null || old.length() < full.length()) {
                fullNames.put(key, full);
            }
        }
    }

    private boolean personTitle(int k) {
        String l = lower(k);
        return !lex.isOrgHead(l) && !l.equals("foreign") && !l.equals("state") && !l.equals("national")
                && !l.equals("former") && !l.equals("house");
    }

    private void learn(Np np) {
        String key = lower(np.last);
        if (persons.containsKey(key)) {
            return;
        }
        if (nameWord(np.last) && !lex.isOrgHead(t(np.last)) && lex.nominal(t(np.last)).isEmpty()
                && np.first >= 0 && !isDeterminer(np.first)) {
            persons.put(key, true);
            nonPersons.remove(key);
        }
    }

    /**
     * The antecedent of the pronoun at token {@code p}: the nearest subject that is (or may be) a
     * person of compatible gender; an earlier he/she on the way is followed to its own antecedent.
     */
    private Np resolvePronoun(int p) {
        return resolvePronoun(p, 0);
    }

    private Np resolvePronoun(int p, int depth) {
        Np memo = pronounMemo.get(p);
        if (memo != null || pronounMemo.containsKey(p)) {
            return memo;
        }
        String pr = lower(p);
        Gender want = switch (pr) {
            case "he" -> Gender.MALE;
            case "she" -> Gender.FEMALE;
            default -> null;
        };
        if (want == null || depth > 20) {
            return null; // they, we, I: not resolved
        }
        int para = tokPara[p];
        Candidate known = null;
        Candidate maybe = null;
        Candidate embedded = null;
        int idx = lastCandidateBefore(toks[p].start());
        for (int c = idx; c >= 0 && idx - c < 400; c--) {
            Candidate cand = candidates.get(c);
            if (para - cand.paragraph > 2) {
                break;
            }
            if (cand.first == cand.last && (cand.key.equals("he") || cand.key.equals("she"))) {
                if (cand.key.equals(pr) && known == null && maybe == null) {
                    Np r = resolvePronoun(cand.first, depth + 1);
                    if (r != null) {
                        pronounMemo.put(p, r);
                        return r;
                    }
                }
                continue;
            }
            if (nonPersons.contains(cand.key) && !Boolean.TRUE.equals(persons.get(cand.key))) {
                continue;
            }
            Gender g = genders.getOrDefault(cand.key, Gender.UNKNOWN);
            if (g != Gender.UNKNOWN && g != want) {
                continue;
            }
            boolean person = Boolean.TRUE.equals(persons.get(cand.key));
            boolean single = cand.first == cand.last;
            if (cand.embedded) {
                if (embedded == null && person) {
                    embedded = cand; // used only when no speaking subject comes before it
                }
                continue;
            }
            if (person && (cand.subject || cand.afterNonPreposition)) {
                known = cand;
                break;
            }
            if (!person && (cand.subject && single && !sentStart[cand.first]
                    || (cand.subject || cand.apposition) && plainName(cand))) {
                maybe = cand;
                break;
            }
        }
        Candidate pick = maybe != null ? maybe : known;
        if (pick == null || embedded != null && pick.paragraph < embedded.paragraph) {
            pick = embedded != null ? embedded : pick;
        }
        if (pick == null) {
            // no subject: the nearest person of compatible gender anywhere in this or the previous paragraph
            for (int c = idx; c >= 0 && idx - c < 400; c--) {
                Candidate cand = candidates.get(c);
                if (para - cand.paragraph > 1) {
                    break;
                }
                Gender g = genders.getOrDefault(cand.key, Gender.UNKNOWN);
                if (Boolean.TRUE.equals(persons.get(cand.key)) && (g == Gender.UNKNOWN || g == want)
                        && cand.first != cand.last || Boolean.TRUE.equals(persons.get(cand.key)) && g == want) {
                    pick = cand;
                    break;
                }
            }
        }
        Np out = null;
        if (pick != null) {
            genders.putIfAbsent(pick.key, want);
            out = new Np(pick.first, pick.last, false);
        }
        pronounMemo.put(p, out);
        return out;
    }

    private int lastCandidateBefore(int offset) {
        int lo = 0;
        int hi = candidates.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks[candidates.get(mid).last].end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    // ---------------------------------------------------------------- output helpers

    /** The speaker mention as written: the pronoun where the rule found one, else the noun phrase. */
    TextSpan mention(Work w) {
        Np np = w.pronounMention != null ? w.pronounMention : w.speaker;
        return TextSpan.of(text, toks[np.first].start(), toks[np.last].end());
    }

    /** The canonical name: entity name where linked, else the fullest form of the name, titles stripped. */
    String name(Work w) {
        Optional<Entity> e = entity(w);
        if (e.isPresent()) {
            return e.get().name();
        }
        Np np = w.speaker;
        int first = np.first;
        if (isDeterminer(first) && nameWord(np.last) && np.last > first
                && !lex.isOrgHead(t(np.last)) && lex.nominal(t(np.last)).isEmpty()) {
            first++;
        }
        int nameStart = first;
        boolean possessive = false;
        for (int k = first; k <= np.last; k++) {
            if (isPossessive(k)) {
                possessive = true;
            }
        }
        if (!possessive) {
            for (int k = first; k < np.last; k++) {
                if (lex.isTitle(t(k)) && (isWordCap(k + 1) || k + 1 == np.last)) {
                    nameStart = k + 1;
                } else if (lex.isTitle(t(k)) && k + 2 <= np.last && isAbbrevDot(k + 1)) {
                    nameStart = k + 2;
                }
            }
            while (nameStart < np.last && !isWordCap(nameStart)) {
                nameStart++;
            }
            if (!nameWord(np.last)) {
                nameStart = first;
            }
        }
        if (possessive && nameWord(np.last) && !lex.isOrgHead(t(np.last))) {
            // "Clinton's top foreign policy aide Jake Sullivan" -> Jake Sullivan
            int k = np.last;
            while (k - 1 > first && (isWordCap(k - 1) || isAbbrevDot(k - 1)) && !isPossessive(k - 1)
                    && !lex.isTitle(t(k - 1))) {
                k--;
            }
            if (k > first && isLowerWord(k - 1)) {
                nameStart = k;
                possessive = false;
            }
        }
        String key = lower(np.last);
        boolean titleOnly = true;
        for (int k = np.first; k <= np.last; k++) {
            if (!isDeterminer(k) && !lex.isTitle(t(k))) {
                titleOnly = false;
            }
        }
        java.util.Set<String> holders = titled.get(key);
        if (titleOnly && holders != null) {
            // "the President": the holder of the title the article names most often (by far)
            String best = null;
            int bestCount = 0;
            int second = 0;
            for (String h : holders) {
                int c = mentionCount.getOrDefault(h, 0);
                if (c > bestCount) {
                    second = bestCount;
                    bestCount = c;
                    best = h;
                } else if (c > second) {
                    second = c;
                }
            }
            if (best != null && bestCount >= 2 * second && fullNames.containsKey(best)) {
                return fullNames.get(best);
            }
        }
        String full = fullNames.get(key);
        String own = text.substring(toks[nameStart].start(), toks[np.last].end());
        if (full != null && full.length() > own.length() && nameWord(np.last) && !possessive) {
            return full;
        }
        return own;
    }

    /** The index of the first token that ends after {@code offset} (binary search; tokens are in text order). */
    private int firstTokenEndingAfter(int offset) {
        int lo = 0;
        int hi = toks.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks[mid].end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    Optional<Entity> entity(Work w) {
        if (entities.isEmpty()) {
            return Optional.empty();
        }
        Entity overlapping = tokEntity[w.speaker.last];
        if (overlapping != null) {
            return Optional.of(overlapping);
        }
        return Optional.ofNullable(personBySurname.get(lower(w.speaker.last)));
    }
}
