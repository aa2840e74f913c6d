package org.newsie.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsie.model.Entity;
import org.newsie.model.EntityType;
import org.newsie.model.Gender;

/**
 * What one article says about the names in it, and what follows from that: which names are persons' (titles,
 * first names, person entities, speakers found), their gender and fullest form, who holds a title, the
 * antecedent candidates for he/she and their resolution, and the canonical name of a speaker without an
 * entity. Built once per article from the {@link Tokens}; {@link #learn} and {@link #resolvePronoun} add to
 * what it knows as the attributor goes (not thread-safe).
 */
final class NameResolver {
    /** A possible antecedent of a pronoun. */
    private record Candidate(int first, int last, int paragraph, boolean subject, String key, boolean apposition,
                             boolean afterNonPreposition, boolean embedded) {
    }

    private final QuoteLexicon lex;
    private final Tokens tok;
    /** Per surname key: gender learned so far, fullest name; the keys known to be persons' names. */
    private final Map<String, Gender> genders = new HashMap<>();
    private final Map<String, String> fullNames = new HashMap<>();
    private final Set<String> persons = new HashSet<>();
    /** Title word to the key of the last person named with it ("president" -> "trump"). */
    private final Map<String, Set<String>> titled = new HashMap<>();
    /** How often each name (by surname key) occurs outside quotes. */
    private final Map<String, Integer> mentionCount = new HashMap<>();
    private final List<Candidate> candidates = new ArrayList<>();
    /** Names seen after "in"/"at" (places, institutions): never antecedents of he/she. */
    private final Set<String> nonPersons = new HashSet<>();
    private final Map<Integer, Np> pronounMemo = new HashMap<>();

    NameResolver(QuoteLexicon lex, Tokens tok) {
        this.lex = lex;
        this.tok = tok;
        collectCandidates();
    }

    private void collectCandidates() {
        Set<String> lowerWords = new HashSet<>();
        for (int i = 0; i < tok.size(); i++) {
            if (tok.isLowerWord(i)) {
                lowerWords.add(tok.lower(i));
            }
        }
        for (int i = 0; i < tok.size(); i++) {
            if (!tok.inQuote(i) && (tok.lower(i).equals("he") || tok.lower(i).equals("she"))) {
                candidates.add(new Candidate(i, i, tok.para(i), true, tok.lower(i), false, true, false));
                continue;
            }
            if (tok.inQuote(i) || !tok.isWordCap(i) || lex.isFunctionWord(tok.t(i))) {
                continue;
            }
            int j = i;
            while (j + 1 < tok.size() && tok.para(j + 1) == tok.para(i) && !tok.inQuote(j + 1)
                    && (tok.isWordCap(j + 1) && !lex.isFunctionWord(tok.t(j + 1)) || tok.hyphenNamePart(j + 1)
                    || lex.isTitle(tok.t(j + 1)) && j + 2 < tok.size() && tok.isWordCap(j + 2))) {
                j++;
            }
            int b = i - 1;
            boolean prevOk = b < 0 || tok.para(b) != tok.para(i) || tok.sentStart(i) || clauseOpener(b);
            // "Michael Briggs, Sanders's spokesman,": a possessor inside an apposition is not a subject
            boolean nextOk = j + 1 < tok.size() && tok.para(j + 1) == tok.para(i) && tok.isVerbish(j + 1)
                    && !(i > 0 && tok.t(i - 1).equals(",") && possessiveBeforeNoun(j + 1));
            boolean apposition = j + 1 < tok.size() && tok.para(j + 1) == tok.para(i) && tok.t(j + 1).equals(",")
                    && prevOkForApposition(i);
            String key = tok.lower(j);
            if (b >= 0 && tok.para(b) == tok.para(i) && (tok.lower(b).equals("in") || tok.lower(b).equals("at"))
                    && (j + 1 >= tok.size() || !tok.isPossessive(j + 1))) {
                nonPersons.add(key);
            }
            if (lex.isOrgHead(tok.t(j)) || lex.nominal(tok.t(j)).isPresent()) {
                nonPersons.add(key);
            }
            if (i == j && (lowerWords.contains(key) || tok.sentStart(i) && !nextOk && !persons.contains(key)
                    || lex.isSkippable(key))) {
                nonPersons.add(key);
            }
            mentionCount.merge(key, 1, Integer::sum);
            // "Earnest said Obama has …": the subject of a reported clause, not the one who speaks
            boolean embedded = nextOk && reportedClauseSubject(i);
            Candidate c = new Candidate(i, j, tok.para(i), prevOk && nextOk, key, apposition,
                    prevOk && (j + 1 >= tok.size() || !tok.isPossessive(j + 1)), embedded);
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
        for (int k = i - 1; k >= 0 && i - k <= 40 && tok.para(k) == tok.para(i) && !tok.inQuote(k); k--) {
            if (tok.isSentenceEnd(k)) {
                return false;
            }
            if (tok.isLowerWord(k) && tok.isCueVerb(k) && !tok.isParticiple(k) && !tok.lower(k + 1).equals("by")) {
                return true; // not a passive "accused by"
            }
            String l = tok.lower(k);
            if ((l.equals("and") || l.equals("but")) && k - 1 >= 0 && tok.t(k - 1).equals(",")
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
        if (!tok.isPossessive(k) || k + 1 >= tok.size() || tok.para(k + 1) != tok.para(k) || tok.inQuote(k + 1)) {
            return false;
        }
        String n = tok.lower(k + 1);
        if (tok.isWordCap(k + 1) || lex.isTitle(tok.t(k + 1)) || lex.nominal(tok.t(k + 1)).isPresent()) {
            return true;
        }
        return tok.isLowerWord(k + 1) && !tok.isDeterminer(k + 1) && !n.endsWith("ing") && !n.endsWith("ed")
                && !n.equals("been") && !n.equals("not") && !lex.isFunctionWord(n) && !lex.isSkippable(n);
    }

    /** A name opening its paragraph or sentence, or after a comma: "Christyn Gionfriddo, a … native, is …". */
    private boolean prevOkForApposition(int i) {
        return i == 0 || tok.para(i - 1) != tok.para(i) || tok.sentStart(i) || tok.t(i - 1).equals(",");
    }

    /** Two or three capitalized words, none an organization head, nominal or function word: likely a person. */
    private boolean plainName(Candidate c) {
        int n = c.last() - c.first() + 1;
        if (n < 2 || n > 3) {
            return false;
        }
        for (int k = c.first(); k <= c.last(); k++) {
            String s = tok.t(k);
            if (!tok.isWordCap(k) || lex.isOrgHead(s) || lex.nominal(s).isPresent() || lex.isFunctionWord(s)
                    || lex.isTitle(s) || lex.isSkippable(s)) {
                return false;
            }
        }
        return true;
    }

    /** What may stand right before a clause's subject: punctuation or a conjunction, not a determiner or verb. */
    private boolean clauseOpener(int b) {
        String s = tok.t(b);
        if (s.isEmpty()) {
            return false;
        }
        if (!Character.isLetterOrDigit(s.charAt(0))) {
            return !tok.isPossessive(b);
        }
        if ((tok.lower(b).equals("and") || tok.lower(b).equals("but")) && b > 0 && tok.para(b - 1) == tok.para(b)
                && tok.t(b - 1).equals(",")) {
            return true; // "…, and Tom Jones replied": a new main clause
        }
        if (tok.isDeterminer(b) || tok.isPreposition(b)) {
            return false;
        }
        if (tok.isLowerWord(b) && lex.isTitle(s)) {
            return true; // "press secretary Karoline Leavitt"
        }
        for (int k = b; k >= 0 && b - k < 5 && tok.para(k) == tok.para(b); k--) {
            if (tok.ageEnd(k) == b) {
                return true; // "62-year-old Brenda Johnson"
            }
        }
        return switch (tok.lower(b)) {
            case "but", "while", "when", "as", "that", "because", "since", "after", "before", "if", "though",
                    "although", "where", "whereas", "so", "then", "meanwhile", "until", "once", "said", "says" -> true;
            default -> false;
        };
    }

    /** Records what a name reveals: a person (first name, title), gender, its fullest form. */
    private void noteName(int first, int last) {
        String key = tok.lower(last);
        Gender g = Gender.UNKNOWN;
        boolean person = false;
        int nameStart = first;
        for (int k = first; k <= last; k++) {
            if (lex.isTitle(tok.t(k)) && k < last) {
                Gender tg = lex.titleGender(tok.t(k));
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
            if (lex.isFirstName(tok.t(k))) {
                person = true;
                if (g == Gender.UNKNOWN) {
                    g = lex.firstNameGender(tok.t(k));
                }
                nameStart = k;
                break;
            }
        }
        Entity overlapping = tok.entity(last);
        if (overlapping != null && overlapping.type() == EntityType.PERSON) {
            person = true;
            if (overlapping.gender() != Gender.UNKNOWN) {
                g = overlapping.gender();
            }
        }
        if (person) {
            persons.add(key);
            for (int k = first; k < nameStart; k++) {
                if (lex.isTitle(tok.t(k)) && personTitle(k)) {
                    titled.computeIfAbsent(tok.lower(k), x -> new HashSet<>()).add(key);
                }
            }
        }
        if (g != Gender.UNKNOWN) {
            genders.putIfAbsent(key, g);
        }
        if (nameStart < last && person) {
            String full = tok.text(nameStart, last);
            String old = fullNames.get(key);
            if (old == null || old.length() < full.length()) {
                fullNames.put(key, full);
            }
        }
    }

    private boolean personTitle(int k) {
        String l = tok.lower(k);
        return !lex.isOrgHead(l) && !l.equals("foreign") && !l.equals("state") && !l.equals("national")
                && !l.equals("former") && !l.equals("house");
    }

    /** Whether the name whose head is token {@code i} is known to be a person's. */
    boolean isPerson(int i) {
        return persons.contains(tok.lower(i));
    }

    /** Learns from a speaker the sieves found: a capitalized head not known otherwise is a person's name. */
    void learn(Np np) {
        String key = tok.lower(np.last());
        if (persons.contains(key)) {
            return;
        }
        if (tok.nameWord(np.last()) && !lex.isOrgHead(tok.t(np.last())) && lex.nominal(tok.t(np.last())).isEmpty()
                && np.first() >= 0 && !tok.isDeterminer(np.first())) {
            persons.add(key);
            nonPersons.remove(key);
        }
    }

    /**
     * The antecedent of the pronoun at token {@code p}: the nearest subject that is (or may be) a
     * person of compatible gender; an earlier he/she on the way is followed to its own antecedent.
     */
    Np resolvePronoun(int p) {
        return resolvePronoun(p, 0);
    }
    private Np resolvePronoun(int p, int depth) {
        Np memo = pronounMemo.get(p);
        if (memo != null || pronounMemo.containsKey(p)) {
            return memo;
        }
        String pr = tok.lower(p);
        Gender want = switch (pr) {
            case "he" -> Gender.MALE;
            case "she" -> Gender.FEMALE;
            default -> null;
        };
        if (want == null || depth > 20) {
            return null; // they, we, I: not resolved
        }
        int para = tok.para(p);
        Candidate known = null;
        Candidate maybe = null;
        Candidate embedded = null;
        int idx = lastCandidateBefore(tok.start(p));
        for (int c = idx; c >= 0 && idx - c < 400; c--) {
            Candidate cand = candidates.get(c);
            if (para - cand.paragraph > 2) {
                break;
            }
            if (cand.first() == cand.last() && (cand.key.equals("he") || cand.key.equals("she"))) {
                if (cand.key.equals(pr) && known == null && maybe == null) {
                    Np r = resolvePronoun(cand.first(), depth + 1);
                    if (r != null) {
                        pronounMemo.put(p, r);
                        return r;
                    }
                }
                continue;
            }
            if (nonPersons.contains(cand.key) && !persons.contains(cand.key)) {
                continue;
            }
            Gender g = genders.getOrDefault(cand.key, Gender.UNKNOWN);
            if (g != Gender.UNKNOWN && g != want) {
                continue;
            }
            boolean person = persons.contains(cand.key);
            boolean single = cand.first() == cand.last();
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
            if (!person && (cand.subject && single && !tok.sentStart(cand.first())
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
                if (persons.contains(cand.key) && (g == Gender.UNKNOWN || g == want)
                        && cand.first() != cand.last() || persons.contains(cand.key) && g == want) {
                    pick = cand;
                    break;
                }
            }
        }
        Np out = null;
        if (pick != null) {
            genders.putIfAbsent(pick.key, want);
            out = new Np(pick.first(), pick.last(), false);
        }
        pronounMemo.put(p, out);
        return out;
    }

    /** The index of the last candidate that ends at or before {@code offset}, or -1. */
    private int lastCandidateBefore(int offset) {
        return Tokens.countLeading(candidates.size(), c -> tok.end(candidates.get(c).last()) <= offset) - 1;
    }

    /** The name of a speaker not linked to an entity: the fullest form of the name seen, titles stripped. */
    String canonicalName(Np np) {
        int first = np.first();
        if (tok.isDeterminer(first) && tok.nameWord(np.last()) && np.last() > first
                && !lex.isOrgHead(tok.t(np.last())) && lex.nominal(tok.t(np.last())).isEmpty()) {
            first++;
        }
        int nameStart = first;
        boolean possessive = false;
        for (int k = first; k <= np.last(); k++) {
            if (tok.isPossessive(k)) {
                possessive = true;
            }
        }
        if (!possessive) {
            for (int k = first; k < np.last(); k++) {
                if (lex.isTitle(tok.t(k)) && (tok.isWordCap(k + 1) || k + 1 == np.last())) {
                    nameStart = k + 1;
                } else if (lex.isTitle(tok.t(k)) && k + 2 <= np.last() && tok.isAbbrevDot(k + 1)) {
                    nameStart = k + 2;
                }
            }
            while (nameStart < np.last() && !tok.isWordCap(nameStart)) {
                nameStart++;
            }
            if (!tok.nameWord(np.last())) {
                nameStart = first;
            }
        }
        if (possessive && tok.nameWord(np.last()) && !lex.isOrgHead(tok.t(np.last()))) {
            // "Clinton's top foreign policy aide Jake Sullivan" -> Jake Sullivan
            int k = np.last();
            while (k - 1 > first && (tok.isWordCap(k - 1) || tok.isAbbrevDot(k - 1)) && !tok.isPossessive(k - 1)
                    && !lex.isTitle(tok.t(k - 1))) {
                k--;
            }
            if (k > first && tok.isLowerWord(k - 1)) {
                nameStart = k;
                possessive = false;
            }
        }
        String key = tok.lower(np.last());
        boolean titleOnly = true;
        for (int k = np.first(); k <= np.last(); k++) {
            if (!tok.isDeterminer(k) && !lex.isTitle(tok.t(k))) {
                titleOnly = false;
            }
        }
        Set<String> holders = titled.get(key);
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
        String own = tok.text(nameStart, np.last());
        if (full != null && full.length() > own.length() && tok.nameWord(np.last()) && !possessive) {
            return full;
        }
        return own;
    }
}
