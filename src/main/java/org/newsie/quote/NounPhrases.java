package org.newsie.quote;

import java.util.Set;

/**
 * Finds speaker noun phrases over the {@link Tokens} of an article: the phrase ending or starting at a token
 * (names with titles, initials, particles and possessives; "the spokesman", "one former aide"), the speaker
 * left of a reporting verb (past adverbs, parentheses and appositions), a clause's subject and a closed
 * common-noun phrase. Asks the {@link NameResolver} which one-word names are known persons'.
 */
final class NounPhrases {
    /** Lower-case particles inside names. */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "der", "den",
            "da", "di", "du", "del", "della", "la", "le", "al", "bin", "ibn");
    /** Title words that modify another title and cannot be a speaker's head themselves. */
    private static final Set<String> MODIFIER_TITLES = Set.of("former", "foreign", "state",
            "national", "vice", "prime", "acting", "then", "first", "deputy", "assistant", "press", "executive",
            "chief", "senior", "interior", "homeland", "security", "defense", "treasury", "incumbent", "lt", "co-founder",
            "general", "council", "member");

    private final QuoteLexicon lex;
    private final Tokens tok;
    private final NameResolver names;

    NounPhrases(QuoteLexicon lex, Tokens tok, NameResolver names) {
        this.lex = lex;
        this.tok = tok;
        this.names = names;
    }

    /** The noun phrase ending at token {@code k}, not before {@code lo}; null when none. */
    Np endingAt(int k, int lo) {
        if (k < lo || k < 0) {
            return null;
        }
        if (tok.isPronoun(k)) {
            return new Np(k, k, true);
        }
        if (!validHead(k)) {
            // "another child", "the boy", "the bill": a common noun after a determiner
            if (tok.isLowerWord(k) && !lex.isFunctionWord(tok.t(k)) && !lex.isVerb(tok.t(k))
                    && !lex.isSkippable(tok.t(k))) {
                for (int j = k - 1; j >= lo && k - j <= 3 && tok.para(j) == tok.para(k) && !tok.inQuote(j); j--) {
                    if (tok.isDeterminer(j)) {
                        return new Np(j, k, false);
                    }
                    if (!tok.isLowerWord(j) || lex.isFunctionWord(tok.t(j)) || lex.isVerb(tok.t(j))) {
                        break;
                    }
                }
            }
            return null;
        }
        int first = k;
        int i = k - 1;
        if (tok.isLowerWord(k) && lex.nominal(tok.t(k)).isPresent()) {
            int j = i;
            while (j >= lo && k - j <= 3 && tok.para(j) == tok.para(k) && !tok.inQuote(j) && !tok.isDeterminer(j)
                    && !lex.isFunctionWord(tok.t(j)) && !lex.isVerb(tok.t(j)) && !tok.t(j).equals(",")
                    && Character.isLetterOrDigit(tok.t(j).charAt(0))) {
                j--;
            }
            if (j >= lo && j < i && tok.para(j) == tok.para(k) && tok.isDeterminer(j)) {
                return new Np(j, k, false);
            }
        }
        while (i >= lo && tok.para(i) == tok.para(k)) {
            if (npWord(i) || tok.isAbbrevDot(i) || tok.glued(i + 1) && !tok.inQuote(i)) {
                first = i;
                i--;
            } else if (tok.isPossessive(i) && i - 1 >= lo
                    && (tok.isWordCap(i - 1) || lex.nominal(tok.t(i - 1)).isPresent())) {
                first = i - 1;
                i -= 2;
            } else if (tok.isDeterminer(i)) {
                first = i;
                break;
            } else {
                break;
            }
        }
        return new Np(first, k, false);
    }

    /** The noun phrase starting at token {@code k}, not after {@code hi}; null when none. */
    Np startingAt(int k, int hi) {
        if (k > hi || k >= tok.size()) {
            return null;
        }
        if (tok.isPronoun(k)) {
            return new Np(k, k, true);
        }
        int i = k;
        if (tok.isDeterminer(i) && i + 1 <= hi && tok.ageEnd(i + 1) >= 0 && tok.ageEnd(i + 1) <= hi) {
            return new Np(k, tok.ageEnd(i + 1), false);
        }
        if (tok.isDeterminer(i)) {
            i++;
            // "the gambling tycoon", "one person": lower-case modifiers before a nominal head
            int j = i;
            while (j <= hi && j - i < 3 && tok.para(j) == tok.para(k) && !tok.inQuote(j) && !lex.isFunctionWord(tok.t(j))
                    && !lex.isVerb(tok.t(j)) && lex.nominal(tok.t(j)).isEmpty() && !lex.isTitle(tok.t(j))
                    && (tok.isLowerWord(j) || tok.isWordCap(j))) {
                j++;
            }
            if (j > i && j <= hi && tok.para(j) == tok.para(k) && lex.nominal(tok.t(j)).isPresent()
                    && tok.isLowerWord(j)) {
                i = j;
            } else if (j > i && j <= hi && tok.para(j) == tok.para(k) && tok.isWordCap(j) && !lex.isFunctionWord(tok.t(j))
                    && tok.isLowerWord(j - 1)) {
                i = j; // "an angry Hollande"
            }
        }
        int last = -1;
        while (i <= hi && tok.para(i) == tok.para(k)) {
            if (npWord(i) || last >= 0 && (tok.isAbbrevDot(i) || tok.glued(i) && !tok.inQuote(i))) {
                last = i;
                i++;
            } else if (tok.isPossessive(i) && last >= 0) {
                i++;
            } else if (last >= 0 && tok.isLowerWord(i) && !lex.isFunctionWord(tok.t(i)) && !lex.isVerb(tok.t(i))) {
                // "Clinton's top foreign policy aide Jake Sullivan", "one former GOP leadership aide"
                int j = i;
                boolean role = false;
                while (j <= hi && j - i < 5 && tok.para(j) == tok.para(k) && !tok.inQuote(j) && tok.isLowerWord(j)
                        && !lex.isFunctionWord(tok.t(j)) && !lex.isVerb(tok.t(j))) {
                    role |= lex.isTitle(tok.t(j)) || lex.nominal(tok.t(j)).isPresent();
                    j++;
                }
                if (role && j <= hi && tok.isWordCap(j) && !lex.isFunctionWord(tok.t(j))) {
                    i = j;
                } else if (role && j - 1 >= i && (lex.isTitle(tok.t(j - 1)) || lex.nominal(tok.t(j - 1)).isPresent())
                        && (j > hi || !Character.isLetterOrDigit(tok.t(j).charAt(0)))) {
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
        if (last < k || (last == k && tok.isDeterminer(k))) {
            return null;
        }
        return new Np(k, last, false);
    }

    /**
     * A determiner and up to four words ending in a lower-case noun, closed by punctuation or a function
     * word: "one commenter", "a 2008 Clinton veteran", "the base chief known as Bob". Null otherwise.
     */
    Np commonNounPhrase(int k, int hi) {
        if (k > hi || !tok.isDeterminer(k)) {
            return null;
        }
        int j = k + 1;
        while (j <= hi && j - k <= 4 && tok.para(j) == tok.para(k) && !tok.inQuote(j) && !lex.isFunctionWord(tok.t(j))
                && !lex.isVerb(tok.t(j)) && (Character.isLetterOrDigit(tok.t(j).charAt(0)) || tok.glued(j))) {
            j++;
        }
        int last = j - 1;
        if (last <= k || !tok.isLowerWord(last) || lex.isSkippable(tok.t(last))) {
            return null;
        }
        if (j <= hi && (Character.isLetterOrDigit(tok.t(j).charAt(0)) || tok.glued(j)) && !lex.isFunctionWord(tok.t(j))) {
            return null; // the phrase runs on: not a closed noun phrase
        }
        return new Np(k, last, false);
    }

    /** The speaker left of a verb at {@code v}: skip adverbs and time words, appositions, parentheses. */
    Np leftOf(int v, int lo) {
        int k = v - 1;
        while (k >= lo && lex.isSkippable(tok.t(k)) && !isWordCapName(k)) {
            k--;
        }
        if (k >= lo && tok.t(k).equals(")")) {
            int j = k - 1;
            while (j >= lo && !tok.t(j).equals("(") && k - j < 12) {
                j--;
            }
            if (j >= lo && tok.t(j).equals("(")) {
                k = j - 1;
            }
        }
        if (k >= lo && tok.t(k).equals(",")) {
            Np named = appositionHead(lo, k);
            if (named != null) {
                return named;
            }
        }
        if (k >= lo && (tok.t(k).equals(",") || npPrecededByPreposition(k, lo))) {
            // "Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says": the clause's first name
            Np head = clauseStartNp(lo, k);
            if (head != null) {
                return head;
            }
        }
        if (k >= lo && tok.t(k).equals(",")) {
            // "Yuri Ushakov, Putin's foreign policy aide, told"
            int j = k - 1;
            while (j >= lo && !tok.t(j).equals(",") && k - j < 20 && !tok.inQuote(j)) {
                j--;
            }
            if (j >= lo && tok.t(j).equals(",")) {
                Np np = endingAt(j - 1, lo);
                if (np != null) {
                    return np;
                }
            }
            return null;
        }
        if (k >= lo && tok.lower(k).equals("who")) {
            int j = k - 1;
            if (j >= lo && tok.t(j).equals(",")) {
                j--;
            }
            return endingAt(j, lo);
        }
        return endingAt(k, lo);
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
        for (int c = k - 1; c > lo && k - c <= 40 && !tok.inQuote(c); c--) {
            if (tok.isSentenceEnd(c) || tok.t(c).equals(":")) {
                break;
            }
            if (!tok.t(c).equals(",")) {
                continue;
            }
            int e = c - 1;
            if (e > lo && tok.t(e).equals(")")) {
                while (e > lo && !tok.t(e).equals("(") && c - e < 12) {
                    e--; // "Gov. John Kasich (R-OH), said"
                }
                e--;
            }
            Np np = endingAt(e, lo);
            if (np == null || np.pronoun() || !tok.isWordCap(np.last()) && !tok.hyphenNamePart(np.last())) {
                continue;
            }
            int b = np.first() - 1;
            boolean opens = b < lo || tok.t(b).equals(",") || tok.sentStart(np.first());
            if (opens && (np.first() < np.last() || names.isPerson(np.last()))) {
                best = np; // one word only when known as a person's name: not "Berea, OH,"
            }
        }
        return best;
    }

    private boolean npPrecededByPreposition(int k, int lo) {
        Np np = endingAt(k, lo);
        if (np == null || np.pronoun() || np.first() - 1 < lo) {
            return false;
        }
        return tok.isPreposition(np.first() - 1) && !tok.lower(np.first() - 1).equals("and")
                || tok.isDeterminer(np.first()) && np.first() - 1 >= lo && tok.isPreposition(np.first() - 1);
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
        while (start - 1 >= lo && k - (start - 1) < 40 && !tok.inQuote(start - 1) && !tok.isSentenceEnd(start - 1)
                && (!tok.clauseBreak(start - 1) || !andBreaks && tok.lower(start - 1).equals("and"))) {
            start--;
        }
        for (int i = start; i < k; i++) {
            Np np = startingAt(i, k);
            if (np == null || np.pronoun()) {
                if (!tok.isDeterminer(i) && !tok.t(i).equals(",")) {
                    return null; // the clause does not start with a name
                }
                continue;
            }
            if (np.last() >= k) {
                return null;
            }
            String next = tok.lower(np.last() + 1);
            boolean participle = next.endsWith("ing") && tok.isLowerWord(np.last() + 1);
            if (!next.equals(",") && !next.equals("of") && !next.equals("from") && !next.equals("(")
                    && !next.equals("at") && !next.equals("in") && !participle) {
                return null;
            }
            for (int j = np.last() + 1; j <= k; j++) {
                if (tok.isCueVerb(j) || lex.isVerbHint(tok.t(j)) && tok.isLowerWord(j) || tok.lower(j).equals("that")) {
                    return null;
                }
            }
            return np;
        }
        return null;
    }

    /** The first subject-like noun phrase of the window [lo, hi]: a name or pronoun followed by a verb. */
    Np clauseSubject(int lo, int hi) {
        for (int k = lo; k <= hi; k++) {
            if (k > lo && tok.isPreposition(k - 1) || k > lo + 1 && tok.isDeterminer(k - 1) && tok.isPreposition(k - 2)) {
                continue;
            }
            Np np = startingAt(k, hi);
            if (np == null) {
                continue;
            }
            if (np.pronoun()) {
                return np; // he, she, they, we, I: nominative, so a subject
            }
            int v = np.last() + 1;
            if (v + 1 <= hi && (tok.lower(v).equals("of") || tok.lower(v).equals("from")) && tok.isWordCap(v + 1)) {
                Np pp = startingAt(v + 1, hi); // "Gov. Earl Ray Tomblin of West Virginia lauded"
                if (pp != null && !pp.pronoun()) {
                    v = pp.last() + 1;
                }
            }
            if (v <= hi && tok.t(v).equals("(")) {
                int j = v;
                while (j <= hi && !tok.t(j).equals(")") && j - v < 12) {
                    j++;
                }
                v = j + 1;
            }
            if (v <= hi && tok.t(v).equals(",")) {
                int j = v + 1;
                while (j <= hi && !tok.t(j).equals(",") && j - v < 20) {
                    j++;
                }
                v = j + 1;
            }
            if (v <= hi && tok.isVerbish(v) && !tok.t(v).equals(",")) {
                return np;
            }
            k = np.last();
        }
        return null;
    }

    /** Words that may be part of a speaker noun phrase. */
    private boolean npWord(int i) {
        if (tok.inQuote(i)) {
            return false;
        }
        String s = tok.t(i);
        if (NAME_PARTICLES.contains(s) && i > 0 && i + 1 < tok.size() && tok.isWordCap(i - 1) && tok.isWordCap(i + 1)
                && tok.para(i + 1) == tok.para(i)) {
            return true; // Pierre de Vos, Ursula von der Leyen
        }
        if (tok.isWordCap(i)) {
            return !lex.isFunctionWord(s) || isInitial(i);
        }
        if (lex.isTitle(s) || lex.nominal(s).isPresent()) {
            return !lex.isVerb(s) || lex.nominal(s).isPresent();
        }
        return false;
    }

    /** An initial inside a name: "A." as in "Jock A. Finlayson" (not the article "A"). */
    private boolean isInitial(int i) {
        String s = tok.t(i);
        return s.length() == 2 && Character.isUpperCase(s.charAt(0)) && s.charAt(1) == '.'
                || s.length() == 1 && Character.isUpperCase(s.charAt(0)) && i + 1 < tok.size() && tok.isAbbrevDot(i + 1);
    }

    private boolean validHead(int i) {
        if (tok.inQuote(i)) {
            return false;
        }
        if (tok.isPronoun(i) || tok.hyphenNamePart(i)) {
            return true;
        }
        String s = tok.t(i);
        if (tok.isWordCap(i)) {
            return !lex.isFunctionWord(s) && !lex.isSkippable(s);
        }
        return lex.nominal(s).isPresent() || lex.isTitle(s) && !MODIFIER_TITLES.contains(tok.lower(i)) || isAge(i);
    }

    /** "the 46-year-old" */
    private boolean isAge(int i) {
        return tok.ageEnd(i) >= 0;
    }

    private boolean isWordCapName(int i) {
        return tok.isWordCap(i) && !lex.isSkippable(tok.t(i));
    }
}
