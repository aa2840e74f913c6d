package org.newsie.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

import org.newsie.model.Entity;
import org.newsie.model.EntityType;
import org.newsie.model.Mention;
import org.newsie.model.Paragraph;
import org.newsie.model.Sentence;
import org.newsie.model.TextSpan;
import org.newsie.model.Token;

/**
 * An immutable view of one article's tokens for the quote rules: the tokens of all sentences in text order,
 * with each token's paragraph, sentence start, quote and entity, the word-class and shape predicates (driven
 * by {@link QuoteLexicon}) and binary searches from character offsets to tokens.
 */
final class Tokens {
    /** Initials the tokenizer leaves without their last period: "G.K" in "Rep. G.K. Butterfield". */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(\\.\\p{Lu})+");
    private static final Pattern AGE = Pattern.compile("\\d{1,3}-year-old");

    private final QuoteLexicon lex;
    private final String text;
    private final List<Paragraph> paragraphs;
    private final List<Entity> entities;
    private final Token[] toks;
    /** The first entity (in entity order) with a mention overlapping each token, or null. */
    private final Entity[] tokEntity;
    /** The first person entity whose name ends in each normalized surname. */
    private final Map<String, Entity> personBySurname = new HashMap<>();
    private final int[] tokPara;
    /** For each token, the index of the quote segment it lies in, or -1. */
    private final int[] tokQuote;
    private final boolean[] sentStart;
    /** For each token, the index of the first token of its paragraph. */
    private final int[] paraFirstTok;

    /**
     * @param segments the article's quote segments, in text order
     */
    Tokens(QuoteLexicon lex, String text, List<Paragraph> paragraphs, List<Sentence> sentences, List<Entity> entities,
           List<QuoteScanner.Segment> segments) {
        this.lex = lex;
        this.text = text;
        this.paragraphs = paragraphs;
        this.entities = entities;
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
            while (q < segments.size() && segments.get(q).end() <= toks[i].start()) {
                q++;
            }
            if (q < segments.size() && segments.get(q).start() < toks[i].end()) {
                tokQuote[i] = q;
            }
        }
    }

    int size() {
        return toks.length;
    }

    int start(int i) {
        return toks[i].start();
    }

    int end(int i) {
        return toks[i].end();
    }

    /** The text of tokens [first, last], with what lies between them. */
    String text(int first, int last) {
        return text.substring(toks[first].start(), toks[last].end());
    }

    /** The span of tokens [first, last]. */
    TextSpan span(int first, int last) {
        return TextSpan.of(text, toks[first].start(), toks[last].end());
    }

    /** The paragraph index of token {@code i}. */
    int para(int i) {
        return tokPara[i];
    }

    /** The index of the quote segment token {@code i} lies in, or -1. */
    int quote(int i) {
        return tokQuote[i];
    }

    boolean inQuote(int i) {
        return tokQuote[i] >= 0;
    }

    /** Whether token {@code i} opens its sentence. */
    boolean sentStart(int i) {
        return sentStart[i];
    }

    /** The index of the first token of token {@code i}'s paragraph. */
    int paraFirst(int i) {
        return paraFirstTok[i];
    }

    /** The first entity (in entity order) with a mention overlapping token {@code i}, or null. */
    Entity entity(int i) {
        return tokEntity[i];
    }

    /** The entity of a speaker whose head is token {@code head}: the one overlapping it, else a person by surname. */
    Optional<Entity> speakerEntity(int head) {
        if (entities.isEmpty()) {
            return Optional.empty();
        }
        Entity overlapping = tokEntity[head];
        if (overlapping != null) {
            return Optional.of(overlapping);
        }
        return Optional.ofNullable(personBySurname.get(lower(head)));
    }

    String t(int i) {
        return toks[i].text();
    }

    String lower(int i) {
        return QuoteLexicon.norm(toks[i].text());
    }

    boolean isWordCap(int i) {
        String s = t(i);
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0)) && s.chars().anyMatch(Character::isLetter);
    }

    boolean isPossessive(int i) {
        String l = lower(i);
        return l.equals("'s") || l.equals("'");
    }

    boolean isPronoun(int i) {
        return switch (lower(i)) {
            case "he", "she", "they", "we", "i" -> true;
            default -> false;
        };
    }

    /** A period that belongs to an abbreviation or initial inside a name: "Rep. Jim", "Paul R. Pillar". */
    boolean isAbbrevDot(int i) {
        if (!t(i).equals(".") || i == 0 || i + 1 >= toks.length || toks[i - 1].end() != toks[i].start()
                || tokPara[i + 1] != tokPara[i]) {
            return false;
        }
        String b = t(i - 1);
        return isWordCap(i - 1) && (b.length() == 1 || lex.isTitle(b) || INITIALS.matcher(b).matches())
                && isWordCap(i + 1);
    }

    /** A token glued to the one before it inside a compound ("Angeles-based", "Schmidt-Traub"). */
    boolean glued(int i) {
        return i > 0 && toks[i - 1].end() == toks[i].start() && tokPara[i - 1] == tokPara[i]
                && (t(i).startsWith("-") || t(i - 1).endsWith("-"));
    }

    boolean isSentenceEnd(int i) {
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

    boolean isCueVerb(int i) {
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
    boolean takesListener(int i) {
        return switch (lower(i)) {
            case "told", "tell", "tells", "telling" -> true;
            default -> false;
        };
    }

    boolean isParticiple(int i) {
        return lower(i).endsWith("ing");
    }

    /** The second half of a hyphenated name, split off by the tokenizer: "Mark" "-Viverito". */
    boolean hyphenNamePart(int i) {
        String s = t(i);
        return s.length() > 2 && s.charAt(0) == '-' && Character.isUpperCase(s.charAt(1)) && glued(i)
                && isWordCap(i - 1);
    }

    /** A capitalized word or the hyphenated second half of a name. */
    boolean nameWord(int i) {
        return isWordCap(i) || hyphenNamePart(i);
    }

    /** The last token of an age noun ("46-year-old", however tokenized) starting at {@code i}, or -1. */
    int ageEnd(int i) {
        if (toks[i].text().isEmpty() || !Character.isDigit(toks[i].text().charAt(0))) {
            return -1; // every age noun starts with its number
        }
        int j = i;
        while (j + 1 < toks.length && j - i < 5 && toks[j].end() == toks[j + 1].start()) {
            j++;
        }
        for (int e = j; e >= i; e--) {
            if (AGE.matcher(text.substring(toks[i].start(), toks[e].end()).toLowerCase(Locale.ROOT)).matches()) {
                return e;
            }
        }
        return -1;
    }

    boolean isDeterminer(int i) {
        return switch (lower(i)) {
            case "the", "a", "an", "his", "her", "their", "its", "one", "another", "two", "three", "several",
                    "many", "some" -> true;
            default -> false;
        };
    }

    boolean isPreposition(int i) {
        return switch (lower(i)) {
            case "of", "to", "with", "by", "for", "from", "between", "about", "against", "at", "in", "on", "into",
                    "than", "and", "or", "like", "as", "over", "under", "after", "before", "toward", "towards",
                    "across", "through", "during", "without", "behind", "via", "among", "'s" -> true;
            default -> false;
        };
    }

    boolean isBe(int i) {
        return switch (lower(i)) {
            case "is", "was", "were", "are", "be", "been", "being", "'re" -> true;
            default -> false;
        };
    }

    /** A sentence opener before its subject: "But", "And", "Still", "Then". */
    boolean skippableOpener(int i) {
        return switch (lower(i)) {
            case "but", "and", "still", "then", "yet", "so", "now", "later", "instead" -> true;
            default -> false;
        };
    }

    /** Tokens after which a new clause starts: conjunctions and clause openers. */
    boolean clauseBreak(int i) {
        String l = lower(i);
        return l.equals(":") || l.equals(";") || l.equals("and") || l.equals("but") || l.equals("while")
                || l.equals("when") || l.equals("after") || l.equals("because") || l.equals("that")
                || l.equals("as") || l.equals("since") || l.equals("although") || l.equals("though");
    }

    /** Whether the token at {@code i} looks like the verb of a clause (after skippable adverbs). */
    boolean isVerbish(int i) {
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
        String l = lower(k);
        if (l.equals("'s") || l.equals("'re") || l.equals("'ve") || l.equals("'d") || l.equals("'ll")) {
            return true;
        }
        if (!isLowerWord(k)) {
            return false;
        }
        if (isPreposition(k) || lex.isFunctionWord(l) && !lex.isVerbHint(l) || lex.nominal(l).isPresent()
                || lex.isTitle(l)) {
            return false;
        }
        return lex.isVerb(l) || lex.isVerbHint(l) || l.endsWith("ed") || l.length() > 3 && l.endsWith("s")
                && !l.endsWith("ss") && !l.endsWith("us");
    }

    boolean isLowerWord(int i) {
        String s = t(i);
        return !s.isEmpty() && Character.isLowerCase(s.charAt(0));
    }

    boolean isAllCaps(int i) {
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

    boolean isDash(int i) {
        String s = t(i);
        return s.equals("\u2014") || s.equals("\u2015") || s.equals("\u2013") || s.equals("--") || s.equals("-");
    }

    /** The index of the first token that starts at or after {@code offset} (binary search; tokens are in text order). */
    int firstTokenStartingAt(int offset) {
        return countLeading(toks.length, i -> toks[i].start() < offset);
    }

    /** The index of the first token that ends after {@code offset} (binary search; tokens are in text order). */
    int firstTokenEndingAfter(int offset) {
        return countLeading(toks.length, i -> toks[i].end() <= offset);
    }

    /**
     * How many of the indices 0 … size-1 satisfy {@code before}, which holds for a prefix of them and then
     * no more (binary search).
     */
    static int countLeading(int size, IntPredicate before) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (before.test(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** No analyzed paragraph with text lies strictly between paragraphs {@code para} and {@code later}. */
    boolean onlyGapsBetween(int para, int later) {
        for (int p = para + 1; p < later; p++) {
            if (paragraphs.get(p).role().analyzed() && paragraphs.get(p).length() > 0) {
                return false;
            }
        }
        return true;
    }
}
