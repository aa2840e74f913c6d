package org.newsie.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsie.model.EntityType;
import org.newsie.model.Mention;
import org.newsie.model.TextSpan;

/**
 * Trims a name finder's mention down to the name itself: leading titles and job descriptions
 * ("President", "Britain’s prime minister", "Sir"), a leading "the", a trailing possessive
 * ("’s", "'s", "s’") and stray punctuation. The result is a new {@link Mention} whose
 * {@code [start, end)} covers only the name, so {@code text.substring(start, end)} is its text.
 * Mentions that are no name at all are dropped: only titles ("the President"), no capital letter,
 * or a single stop-list word ("Still", "Overnight", "Read").
 *
 * <p>Thread-safe: holds only the immutable {@link EntityLexicon}.
 */
public final class MentionCleaner {
    private static final String OPENERS = "\"'“‘«„([{";
    private static final String CLOSERS = ",;:!?)]}\"”»'’";
    private static final Set<String> KEEP_DOT = Set.of("jr", "sr", "st", "mt", "ft", "bros", "no", "gen",
            "sen", "rep", "gov", "dr", "mr", "mrs", "ms");
    private static final Set<String> GENERATION = Set.of("jr", "sr", "ii", "iii", "iv");

    private final EntityLexicon lexicon;

    public MentionCleaner() {
        this(EntityLexicon.defaults());
    }

    public MentionCleaner(EntityLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /**
     * Cleans every mention, drops the ones that are no name, and returns the rest in text order
     * (duplicates of one span kept once). A one-word stop-list mention survives when the same
     * word is part of another mention in the list ("May" beside "Theresa May").
     *
     * @throws IllegalArgumentException if a mention's text is not {@code text.substring(start, end)}
     */
    public List<Mention> cleanAll(String text, List<Mention> mentions) {
        Map<Long, Mention> bySpan = new LinkedHashMap<>();
        for (Mention m : mentions) {
            clean(text, m).ifPresent(c -> bySpan.putIfAbsent(((long) c.start() << 32) | c.end(), c));
        }
        List<Mention> cleaned = new ArrayList<>(bySpan.values());
        Set<String> wordsOfLongerNames = new HashSet<>();
        for (Mention m : cleaned) {
            List<String> words = NameText.normTokens(m.text());
            if (words.size() > 1) {
                wordsOfLongerNames.addAll(words);
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : cleaned) {
            List<String> words = NameText.normTokens(m.text());
            if (words.size() == 1 && lexicon.isStopword(words.get(0)) && !NameText.isAllCaps(m.text())
                    && !wordsOfLongerNames.contains(words.get(0))) {
                continue;
            }
            out.add(m);
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        return List.copyOf(out);
    }

    /**
     * Cleans one mention (without the stop-list check, which needs the other mentions): empty
     * when nothing name-like is left.
     *
     * @throws IllegalArgumentException if the mention's text is not {@code text.substring(start, end)}
     */
    public Optional<Mention> clean(String text, Mention m) {
        if (m.end() > text.length() || !text.substring(m.start(), m.end()).equals(m.text())) {
            throw new IllegalArgumentException("mention " + m + " does not match the text at its offsets");
        }
        List<int[]> toks = new ArrayList<>();
        for (NameText.Tok t : NameText.tokens(text, m.start(), m.end())) {
            toks.add(new int[] {t.start(), t.end()});
        }
        trimEdges(text, toks);
        if (toks.isEmpty()) {
            return Optional.empty();
        }
        if (toks.size() > 1 && norm(text, toks.get(0)).equals("the")) {
            toks.remove(0);
        }
        // A parenthetical ends a name: "Claire McCaskill (D-Mo.)".
        for (int i = 1; i < toks.size(); i++) {
            if (text.charAt(toks.get(i)[0]) == '(') {
                toks.subList(i, toks.size()).clear();
                trimEdges(text, toks);
                break;
            }
        }
        if (toks.isEmpty() || coveredByTitles(text, toks)) {
            return Optional.empty();
        }
        boolean person = m.type() == EntityType.PERSON;
        int cut = titleCut(text, toks, person);
        if (cut > 0) {
            toks = new ArrayList<>(toks.subList(cut, toks.size()));
        }
        if (person && !toks.isEmpty() && !NameText.startsUpper(raw(text, toks.get(0)))) {
            // A description before the name: "conservative talk radio host Rush Limbaugh",
            // "his wife, Democratic nominee Hillary Clinton". Keep the capitalized run that ends
            // the mention, if it does end with one.
            int runStart = toks.size();
            while (runStart > 0 && (NameText.startsUpper(raw(text, toks.get(runStart - 1)))
                    || lexicon.isNameParticle(raw(text, toks.get(runStart - 1))))) {
                runStart--;
            }
            if (runStart < toks.size() && runStart > 0) {
                toks = new ArrayList<>(toks.subList(runStart, toks.size()));
                int again = titleCut(text, toks, true);
                if (again > 0) {
                    toks = new ArrayList<>(toks.subList(again, toks.size()));
                }
            }
        }
        if (person) {
            // A lower-case word other than a particle ends a person's name:
            // "Vladimir Putin of Russia", "Trump administration".
            for (int i = 1; i < toks.size(); i++) {
                String w = raw(text, toks.get(i));
                if (!NameText.startsUpper(w) && !lexicon.isNameParticle(w)) {
                    toks.subList(i, toks.size()).clear();
                    trimEdges(text, toks);
                    break;
                }
            }
        }
        if (toks.isEmpty()) {
            return Optional.empty();
        }
        int start = toks.get(0)[0];
        int end = toks.get(toks.size() - 1)[1];
        String name = text.substring(start, end);
        if (!NameText.hasUpperOrDigit(name)) {
            return Optional.empty();
        }
        return Optional.of(new Mention(start, end, name, m.type(), m.sentence()));
    }

    /** Strips opening quotes/brackets, closing punctuation, possessives and sentence periods. */
    private void trimEdges(String text, List<int[]> toks) {
        boolean changed = true;
        while (changed && !toks.isEmpty()) {
            changed = false;
            int[] first = toks.get(0);
            while (first[0] < first[1] && OPENERS.indexOf(text.charAt(first[0])) >= 0) {
                first[0]++;
                changed = true;
            }
            if (first[0] == first[1]) {
                toks.remove(0);
                continue;
            }
            int[] last = toks.get(toks.size() - 1);
            String raw = raw(text, last);
            int len = raw.length();
            if (len > 2 && (raw.endsWith("’s") || raw.endsWith("'s") || raw.endsWith("’S") || raw.endsWith("'S"))) {
                last[1] -= 2;
                changed = true;
            } else if (len > 2 && (raw.endsWith("s’") || raw.endsWith("s'"))) {
                last[1] -= 1;
                changed = true;
            } else if (len > 0 && CLOSERS.indexOf(raw.charAt(len - 1)) >= 0) {
                last[1] -= 1;
                changed = true;
            } else if (len > 1 && raw.charAt(len - 1) == '.' && dropsFinalDot(raw)) {
                last[1] -= 1;
                changed = true;
            }
            if (last[0] == last[1]) {
                toks.remove(toks.size() - 1);
            }
        }
    }

    /** A final "." is a sentence period unless the word is an abbreviation (U.S., W., Inc., Jr.). */
    private boolean dropsFinalDot(String raw) {
        String body = raw.substring(0, raw.length() - 1);
        if (body.indexOf('.') >= 0) {
            return false;
        }
        long letters = body.chars().filter(Character::isLetter).count();
        if (letters <= 1) {
            return false;
        }
        String n = NameText.normalize(body);
        return !(KEEP_DOT.contains(n) || lexicon.isOrgSuffix(n));
    }

    /** True when the tokens are nothing but titles ("President", "the Prime Minister"). */
    private boolean coveredByTitles(String text, List<int[]> toks) {
        int i = 0;
        while (i < toks.size()) {
            int len = longestTitleAt(text, toks, i);
            if (len == 0) {
                return false;
            }
            i += len;
        }
        return true;
    }

    /**
     * How many leading tokens to drop: everything up to and including the last title that is
     * followed by a capitalized word. For a mention not typed PERSON only person-only titles
     * ("Mr.", "Sen.", "President", not "General" or "Prince") are cut, and only at the front or
     * before a known first name, so "General Motors", "Justice Department" and "Prince Edward
     * Island" stay whole while a mistyped "Ukrainian President Volodymyr Zelensky" is cleaned.
     */
    private int titleCut(String text, List<int[]> toks, boolean person) {
        int cut = 0;
        for (int q = 0; q < toks.size(); q++) {
            int len = longestTitleAt(text, toks, q);
            if (len == 0) {
                continue;
            }
            int p = q + len;
            if (p >= toks.size() || !NameText.startsUpper(raw(text, toks.get(p)))
                    || GENERATION.contains(norm(text, toks.get(p)))) {
                continue;
            }
            boolean firstNameFollows = lexicon.isFirstName(raw(text, toks.get(p)));
            boolean personOnly = title(text, toks, q, len).map(EntityLexicon.Title::personOnly).orElse(false);
            if (person || (personOnly && (q == cut || firstNameFollows))) {
                cut = Math.max(cut, p);
            }
        }
        return cut;
    }

    private int longestTitleAt(String text, List<int[]> toks, int q) {
        for (int len = Math.min(lexicon.longestTitle(), toks.size() - q); len >= 1; len--) {
            if (title(text, toks, q, len).isPresent()) {
                return len;
            }
        }
        return 0;
    }

    private Optional<EntityLexicon.Title> title(String text, List<int[]> toks, int q, int len) {
        List<String> words = new ArrayList<>(len);
        for (int i = q; i < q + len; i++) {
            words.add(norm(text, toks.get(i)));
        }
        return lexicon.title(words);
    }

    /**
     * The gendered titles written right before {@code position} (walking back over a chain such
     * as "Prime Minister Sir"), as gender cues pointing at the title words.
     */
    public List<GenderCue> precedingTitleCues(String text, int position) {
        List<GenderCue> cues = new ArrayList<>();
        int pos = position;
        for (int guard = 0; guard < 6; guard++) {
            List<int[]> before = wordsBefore(text, pos, lexicon.longestTitle());
            int matched = 0;
            for (int k = before.size(); k >= 1 && matched == 0; k--) {
                List<int[]> last = before.subList(before.size() - k, before.size());
                String lastRaw = raw(text, last.get(last.size() - 1));
                if (lastRaw.endsWith(".") && !isAbbreviation(lastRaw)) {
                    continue; // "… met the Queen. Clinton said": a sentence ends there
                }
                List<String> words = new ArrayList<>();
                for (int[] w : last) {
                    words.add(norm(text, w));
                }
                Optional<EntityLexicon.Title> t = lexicon.title(words);
                if (t.isPresent()) {
                    matched = k;
                    int s = last.get(0)[0];
                    int e = last.get(last.size() - 1)[1];
                    if (t.get().gender() != org.newsie.model.Gender.UNKNOWN) {
                        cues.add(new GenderCue(t.get().gender(), GenderCue.Source.TITLE, TextSpan.of(text, s, e)));
                    }
                    pos = s;
                }
            }
            if (matched == 0) {
                break;
            }
        }
        return List.copyOf(cues);
    }

    /** "Mr.", "Sen.", "Lt.": a capitalized word of at most four letters with a final dot. */
    private static boolean isAbbreviation(String raw) {
        String body = raw.substring(0, raw.length() - 1).replace(".", "");
        return !body.isEmpty() && body.length() <= 4 && Character.isUpperCase(body.charAt(0))
                && body.chars().allMatch(Character::isLetter);
    }

    /** Up to {@code max} whitespace-separated words ending right before {@code pos}, in text order. */
    private static List<int[]> wordsBefore(String text, int pos, int max) {
        List<int[]> out = new ArrayList<>();
        int i = pos;
        while (out.size() < max) {
            int e = i;
            while (e > 0 && NameText.isSpace(text.charAt(e - 1))) {
                e--;
            }
            int s = e;
            while (s > 0 && !NameText.isSpace(text.charAt(s - 1))) {
                s--;
            }
            if (s == e) {
                break;
            }
            out.add(0, new int[] {s, e});
            i = s;
        }
        return out;
    }

    /** Generational suffixes that end a person's name without being a surname (Jr., III). */
    static boolean isGeneration(String normWord) {
        return GENERATION.contains(normWord);
    }

    private static String raw(String text, int[] tok) {
        return text.substring(tok[0], tok[1]);
    }

    private static String norm(String text, int[] tok) {
        return NameText.normalize(raw(text, tok));
    }
}
