package org.newsie.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.newsie.model.Entity;
import org.newsie.model.Paragraph;
import org.newsie.model.QuoteKind;
import org.newsie.model.Sentence;
import org.newsie.model.TextSpan;

/**
 * Kinds and speakers for the segments of one article: decides each quote's kind, then runs ordered lists of
 * named sieves over the reporter's tokens around it ({@link #cueSieves}, {@link #labelSieves},
 * {@link #contextSieves}) and groups the parts of interrupted quotes. It reads the article through
 * {@link Tokens}, finds phrases with {@link NounPhrases} and resolves pronouns and names with
 * {@link NameResolver}. One instance per article (not thread-safe; {@link QuoteStage} makes a new one per
 * call).
 */
final class Attributor {
    /** The rule names a speaker records (the order the sieves run in is the sieve lists' below). */
    static final String TRANSCRIPT_LABEL = "transcript-label";
    static final String TRAILING_SPEAKER_CUE = "trailing-speaker-cue";
    static final String TRAILING_CUE_SPEAKER = "trailing-cue-speaker";
    static final String DASH_SOURCE = "dash-source";
    static final String CUE_BEFORE = "cue-before";
    static final String COLON_CUE = "colon-cue";
    static final String ACCORDING_TO = "according-to";
    static final String CUE_AFTER = "cue-after";
    static final String PARAGRAPH_LABEL = "paragraph-label";
    static final String HEADLINE_SUBJECT = "headline-subject";
    static final String SENTENCE_SUBJECT = "sentence-subject";
    static final String COLON_PARAGRAPH = "colon-previous-paragraph";
    static final String CONTINUATION = "continuation";
    static final String PREVIOUS_SENTENCE = "previous-sentence-cue";
    static final String CONTINUATION_PARAGRAPH = "continuation-paragraph";
    static final String PREVIOUS_SUBJECT = "previous-sentence-subject";
    static final String SAME_GROUP = "same-group";
    static final String COORDINATED = "coordinated";
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

        /** Takes another quote's speaker, as found (pronoun included), under the given rule. */
        void takeSpeaker(Work other, String rule) {
            speaker = other.speaker;
            pronounMention = other.pronounMention;
            this.rule = rule;
        }

        /** Takes the speaker and cue a scratch copy of this quote found, under the given rule; true. */
        boolean takeCue(Work found, String rule) {
            speaker = found.speaker;
            cue = found.cue;
            this.rule = rule;
            return true;
        }
    }

    /** How far (in tokens) the windows around a quote reach: keeps the work per quote bounded. */
    private static final int WINDOW = 80;

    private final QuoteLexicon lex;
    private final String text;
    private final List<Paragraph> paragraphs;
    private final List<Work> quotes;
    private final Tokens tok;
    private final NameResolver names;
    private final NounPhrases phrases;

    /** Where the sieves look for one quote: its index, its work, and the reporter's tokens before and after it. */
    private record Site(int qi, Work w, int[] before, int[] after) {
    }

    /**
     * A named sieve: sets the quote's speaker (and rule and cue) and answers true, or leaves the quote as it
     * is and answers false. The name is the rule it records (cue-before records colon-cue when a colon opens
     * the quote; own-subject records sentence-subject).
     */
    private record Sieve(String name, Predicate<Site> rule) {
    }

    /** Cues next to the quote, in the order they are tried; the first sieve that finds a speaker wins. */
    private final List<Sieve> cueSieves = List.of(
            new Sieve(TRANSCRIPT_LABEL, s -> transcriptLabel(s.w())),
            new Sieve(TRAILING_SPEAKER_CUE, s -> trailingSpeakerCue(s.w(), s.after())),
            new Sieve(TRAILING_CUE_SPEAKER, s -> trailingCueSpeaker(s.w(), s.after())),
            new Sieve(DASH_SOURCE, s -> dashSource(s.w(), s.after())),
            new Sieve(CUE_BEFORE, s -> cueBefore(s.w(), s.before())),
            new Sieve(ACCORDING_TO, s -> accordingTo(s.w(), s.before(), s.after())),
            new Sieve(CUE_AFTER, s -> cueAfter(s.w(), s.after())));

    /** Source labels, after the cue sieves; not for a quote after a term marker ("so-called"). */
    private final List<Sieve> labelSieves = List.of(
            new Sieve(PARAGRAPH_LABEL, s -> paragraphLabel(s.w())),
            new Sieve(HEADLINE_SUBJECT, s -> headlineSubject(s.w())));

    /** No cue or label found and not a term: the context further away, in this order. */
    private final List<Sieve> contextSieves = List.of(
            new Sieve(COLON_PARAGRAPH, s -> colonPreviousParagraph(s.w())),
            new Sieve("own-subject", s -> ownSubject(s.w(), s.before())),
            new Sieve(CONTINUATION, s -> continuation(s.qi())),
            new Sieve(PREVIOUS_SENTENCE, s -> previousSentence(s.qi(), s.before())),
            new Sieve(CONTINUATION_PARAGRAPH, s -> continuationParagraph(s.qi())),
            new Sieve(SENTENCE_SUBJECT, s -> sentenceSubject(s.w(), s.before())),
            new Sieve(PREVIOUS_SUBJECT, s -> previousSubject(s.qi(), s.before())));

    Attributor(QuoteLexicon lex, String text, List<Paragraph> paragraphs, List<Sentence> sentences,
               List<Entity> entities, List<Work> quotes) {
        this.lex = lex;
        this.text = text;
        this.paragraphs = paragraphs;
        this.quotes = quotes;
        List<QuoteScanner.Segment> segments = new ArrayList<>(quotes.size());
        for (Work w : quotes) {
            segments.add(w.seg);
        }
        this.tok = new Tokens(lex, text, paragraphs, sentences, entities, segments);
        this.names = new NameResolver(lex, tok);
        this.phrases = new NounPhrases(lex, tok, names);
    }

    void run() {
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
                w.takeSpeaker(g, SAME_GROUP);
            }
        }
        // “A” and “B,” X said: A is X's too (right to left, so “A,” “B” and “C,” X said reaches A)
        for (int qi = quotes.size() - 2; qi >= 0; qi--) {
            Work w = quotes.get(qi);
            Work next = quotes.get(qi + 1);
            if (w.speaker == null && w.kind == QuoteKind.PARTIAL && next.speaker != null && next.kind == QuoteKind.PARTIAL
                    && coordinated(w, next)) {
                w.takeSpeaker(next, COORDINATED);
            }
        }
    }

    /** Only a comma, "and", "or" or "but" between two quotes of one paragraph: “A” and “B”. */
    private boolean coordinated(Work a, Work b) {
        if (a.seg.paragraph() != b.seg.paragraph()) {
            return false;
        }
        for (int i = firstTokenAfter(a); i < tok.size() && tok.end(i) <= b.seg.start(); i++) {
            String t = tok.lower(i);
            if (!t.equals(",") && !t.equals("and") && !t.equals("or") && !t.equals("but")) {
                return false;
            }
        }
        return true;
    }

    /** No sentence ends between two quotes: “A,” he said, “B.” */
    private boolean onlyAttributionBetween(Work prev, Work w) {
        int last = lastTokenBefore(w);
        for (int i = firstTokenAfter(prev); i < tok.size() && tok.end(i) <= w.seg.start(); i++) {
            if (tok.isSentenceEnd(i) && !tok.t(i).equals(";") && i != last) {
                return false; // “A,” he said. “B.” is one utterance; another sentence in between is not
            }
        }
        return true;
    }

    /** Whether the quote's content ends with this mark, trailing white space aside. */
    private boolean endsWith(Work w, char mark) {
        return lastContentChar(w) == mark;
    }

    /** The last character of the quote's content that is not white space (its first if all are), or 0 if empty. */
    private char lastContentChar(Work w) {
        int i = w.seg.contentEnd() - 1;
        while (i > w.seg.contentStart() && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= w.seg.contentStart() ? text.charAt(i) : 0;
    }

    // ---------------------------------------------------------------- windows

    /** The first token after the quote's closing mark. */
    private int firstTokenAfter(Work w) {
        return tok.firstTokenStartingAt(w.seg.end());
    }

    /** The last token before the quote's opening mark (-1 if none). */
    private int lastTokenBefore(Work w) {
        return tok.firstTokenEndingAfter(w.seg.start()) - 1;
    }

    /** The reporter's tokens after the quote up to the sentence end or the next quote: [a, b]. */
    private int[] afterWindow(int qi) {
        Work w = quotes.get(qi);
        int a = firstTokenAfter(w);
        int b = a - 1;
        if (endsWith(w, '.') && a < tok.size() && tok.isWordCap(a) && !tok.isPronoun(a) && !shortAttribution(a)) {
            return new int[] {a, b}; // “… now.” Next sentence: not an attribution
        }
        for (int i = a; i < tok.size() && i - a < WINDOW && tok.para(i) == w.seg.paragraph() && !tok.inQuote(i); i++) {
            b = i;
            if (tok.isSentenceEnd(i)) {
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
        for (int i = b; i >= 0 && b - i < WINDOW && tok.para(i) == w.seg.paragraph(); i--) {
            if (tok.inQuote(i)) {
                Work other = quotes.get(tok.quote(i));
                if (other.kind == QuoteKind.FULL || endsSentence(other)) {
                    break;
                }
                a = i;
                continue;
            }
            if (tok.isSentenceEnd(i)) {
                break;
            }
            a = i;
        }
        return new int[] {a, b};
    }

    /** "Trump said." right after a quote: a name, a cue verb and the sentence's end within a few tokens. */
    private boolean shortAttribution(int a) {
        boolean cue = false;
        for (int i = a; i < tok.size() && i - a < 8 && tok.para(i) == tok.para(a) && !tok.inQuote(i); i++) {
            if (i - a < 5 && tok.isCueVerb(i)) {
                cue = true;
            }
            if (tok.isSentenceEnd(i)) {
                return cue;
            }
        }
        return false;
    }

    /** The quote's content ends in a period, question or exclamation mark. */
    private boolean endsSentence(Work w) {
        char c = lastContentChar(w);
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
        if (b >= 0 && tok.para(b) == w.seg.paragraph() && lex.isTermMarker(tok.t(b))) {
            w.termMarked = true;
        } else if (b >= 1 && tok.para(b) == w.seg.paragraph()
                && (tok.lower(b).equals("as") || tok.lower(b).equals("called"))
                && lex.isTermMarker(tok.t(b - 1))) {
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
                if (tok.isCueVerb(k)) {
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
                    if (tok.isCueVerb(k)) {
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

    /**
     * Runs the sieves for one quote: the cue sieves, then (unless a term marker stands before the quote) the
     * label sieves; a partial quote with neither is a term when it is short (three words or fewer) and its
     * clause has no person, organization or role as subject, or when a term marker stands before it (then it
     * keeps no speaker); any other quote without a speaker goes on to the context sieves. A he/she speaker
     * is then resolved to its antecedent.
     */
    private void attribute(int qi) {
        Work w = quotes.get(qi);
        int[] after = afterWindow(qi);
        int[] before = beforeWindow(qi);
        Site site = new Site(qi, w, before, after);
        boolean found = firstMatch(cueSieves, site) || !w.termMarked && firstMatch(labelSieves, site);
        if (w.kind == QuoteKind.PARTIAL && !found && !w.termMarked && words(w) <= 3) {
            // a short stretch with no cue is still somebody's word when its clause has a person as subject
            found = sentenceSubject(w, before);
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
            found = firstMatch(contextSieves, site);
        }
        if (found && w.speaker != null && w.speaker.pronoun()) {
            Np resolved = names.resolvePronoun(w.speaker.first());
            if (resolved == null) {
                w.speaker = null;
                w.rule = null;
            } else {
                w.pronounMention = w.speaker;
                w.speaker = resolved;
                w.rule = w.rule + PRONOUN_SUFFIX;
            }
        }
        if (w.speaker != null && !w.speaker.pronoun()) {
            names.learn(w.speaker);
        }
    }

    /** Runs the sieves in order until one finds a speaker; whether one did. */
    private static boolean firstMatch(List<Sieve> sieves, Site site) {
        for (Sieve sieve : sieves) {
            if (sieve.rule().test(site)) {
                return true;
            }
        }
        return false;
    }

    private boolean set(Work w, Np np, int cue, String rule) {
        if (np == null) {
            return false;
        }
        w.speaker = np;
        w.rule = rule;
        if (cue >= 0) {
            w.cue = tok.span(cue, cue);
        }
        return true;
    }

    /** A headline-style source label: "Graham: Trump's ‘Incredibly Hateful Rhetoric’ …". */
    private boolean paragraphLabel(Work w) {
        int b = lastTokenBefore(w);
        if (b < 0 || tok.para(b) != w.seg.paragraph()) {
            return false;
        }
        int first = tok.paraFirst(b);
        for (int k = first; k <= b && k - first <= 8; k++) {
            if (tok.t(k).equals(":")) {
                Np np = phrases.startingAt(first, k - 1);
                if (np != null && !np.pronoun() && np.last() + 1 < k - 1 && tok.lower(np.last() + 1).equals("on")
                        && tok.isWordCap(np.last() + 2) && npWordsOnly(np.last() + 2, k - 1)
                        && names.isPerson(np.last())) {
                    np = new Np(np.first(), np.last(), false); // "Obama on Climate Change: The Trends Are ‘Terrifying.’"
                } else if (np != null && np.last() != k - 1) {
                    np = null;
                }
                if (np != null && !np.pronoun() && !tok.inQuote(first)) {
                    w.speaker = np;
                    w.rule = PARAGRAPH_LABEL;
                    w.cue = tok.span(k, k);
                    return true;
                }
                return false;
            }
            if (tok.inQuote(k)) {
                return false;
            }
        }
        return false;
    }

    /** Tokens [a, b] are all capitalized words or name punctuation: a title-case topic ("Climate Change"). */
    private boolean npWordsOnly(int a, int b) {
        for (int k = a; k <= b; k++) {
            if (tok.inQuote(k)
                    || !(tok.isWordCap(k) || tok.isAbbrevDot(k) || lex.isFunctionWord(tok.t(k)) && tok.isLowerWord(k))) {
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
        if (b < 0 || tok.para(b) != w.seg.paragraph() || tok.inQuote(b)) {
            return false;
        }
        int a = b;
        while (a - 1 >= 0 && b - a < 30 && tok.para(a - 1) == tok.para(b) && !tok.inQuote(a - 1)
                && !tok.isSentenceEnd(a - 1)) {
            a--;
        }
        if (a > 0 && tok.para(a - 1) == tok.para(b) && !tok.isSentenceEnd(a - 1)) {
            return false;
        }
        while (a < b && b - a < 30 && !Character.isLetter(tok.t(a).charAt(0))) {
            a++; // list numbers and separators: "4|Gina Rodriguez …"
        }
        int words = 0;
        int caps = 0;
        for (int k = a; k <= b; k++) {
            char c = tok.t(k).charAt(0);
            if (Character.isLetter(c) && !(tok.isLowerWord(k) && lex.isFunctionWord(tok.t(k)))) {
                words++; // "Obama Sees ‘Personal Insult’ if Blacks Don't Rally for Hillary Clinton": short words stay lower
                if (Character.isUpperCase(c)) {
                    caps++;
                }
            }
        }
        if (words < 4 || caps * 10 < words * 9) {
            return false;
        }
        Np np = phrases.startingAt(a, b);
        if (np == null || np.pronoun()) {
            return false;
        }
        int last = np.last();
        for (int k = np.first() + 1; k <= np.last(); k++) {
            String l = tok.lower(k);
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
        for (int k = np.first(); k <= last; k++) {
            if (names.isPerson(k) || lex.isFirstName(tok.t(k))) {
                person = true;
            }
        }
        if (!person) {
            return false;
        }
        return set(w, new Np(np.first(), last, false), -1, HEADLINE_SUBJECT);
    }

    /** A transcript line inside the marks: "WALLACE: Let's start …". */
    private boolean transcriptLabel(Work w) {
        int first = firstTokenAfterStart(w);
        int k = first;
        while (k < tok.size() && tok.quote(k) == tok.quote(first) && tok.end(k) <= w.seg.contentEnd() && k - first < 4
                && tok.isAllCaps(k)) {
            k++;
        }
        if (k == first || k >= tok.size() || !tok.t(k).equals(":") || tok.end(k) > w.seg.contentEnd()) {
            return false;
        }
        w.speaker = new Np(first, k - 1, false);
        w.rule = TRANSCRIPT_LABEL;
        w.cue = tok.span(k, k);
        return true;
    }

    /** The first token inside the quote's content. */
    private int firstTokenAfterStart(Work w) {
        return tok.firstTokenStartingAt(w.seg.contentStart());
    }

    /** “…,” Trump told Fox News / “…,” he said / “…,” the spokesman added. */
    private boolean trailingSpeakerCue(Work w, int[] win) {
        int k = firstAfterPunct(win);
        Np np = phrases.startingAt(k, win[1]);
        if (np == null) {
            return false;
        }
        int v = np.last() + 1;
        if (v <= win[1] && tok.t(v).equals(",")) {
            // apposition: "Yuri Ushakov, Putin's aide, told", "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said"
            int j = v + 1;
            while (j <= win[1] && j - v < 30 && !tok.isCueVerb(j)) {
                j++;
            }
            boolean relative = false;
            for (int r = v + 1; r < j && r <= win[1]; r++) {
                relative |= tok.lower(r).equals("who"); // "Nate Silver, the polling guru who founded the site tweeted"
            }
            if (j <= win[1] && tok.isCueVerb(j) && !tok.isParticiple(j) && (tok.t(j - 1).equals(",") || relative)) {
                v = j;
            }
        }
        while (v <= win[1] && lex.isSkippable(tok.t(v)) && !tok.isCueVerb(v)) {
            v++;
        }
        if (v <= win[1] && tok.isCueVerb(v) && !tok.isParticiple(v)) {
            return set(w, np, v, TRAILING_SPEAKER_CUE);
        }
        // “…,” Toomey fumed: right after a quote ending in a comma, name + any finite verb is an attribution
        if (v <= win[1] && endsOpen(w) && np.first() == firstAfterPunct(win) && tok.isVerbish(v) && tok.isLowerWord(v)
                && (tok.lower(v).endsWith("ed") || tok.lower(v).endsWith("s"))) {
            return set(w, np, v, TRAILING_SPEAKER_CUE);
        }
        return false;
    }

    /** The first token of the window after commas and dashes. */
    private int firstAfterPunct(int[] win) {
        int k = win[0];
        while (k <= win[1] && (tok.t(k).equals(",") || tok.isDash(k))) {
            k++;
        }
        return k;
    }

    /** The quote's content ends in a comma, question or exclamation mark, or a dash: it wants an attribution. */
    private boolean endsOpen(Work w) {
        char c = lastContentChar(w);
        return c == ',' || c == '?' || c == '!' || c == '\u2014' || c == '-';
    }

    /** “…,” said Lavrov / “…,” said the spokesman. */
    private boolean trailingCueSpeaker(Work w, int[] win) {
        int k = firstAfterPunct(win);
        while (k <= win[1] && lex.isSkippable(tok.t(k)) && !tok.isCueVerb(k)) {
            k++;
        }
        boolean cue = k <= win[1] && tok.isCueVerb(k);
        if (k <= win[1] && !cue && endsOpen(w) && k == firstAfterPunct(win) && tok.isLowerWord(k)
                && tok.lower(k).endsWith("ed") && !lex.isFunctionWord(tok.t(k)) && k + 1 <= win[1]
                && (tok.isWordCap(k + 1) || tok.isDeterminer(k + 1))) {
            cue = true; // “…?” shouted Jane Doe
        }
        if (!cue || tok.isParticiple(k) || tok.takesListener(k)) {
            return false;
        }
        Np np = phrases.startingAt(k + 1, win[1]);
        if (np == null) {
            // "said 9/11 widow Terry Strada": a few modifiers before the name
            for (int j = k + 1; j <= win[1] && j - k <= 4; j++) {
                if (tok.isWordCap(j) && !lex.isFunctionWord(tok.t(j))) {
                    np = phrases.startingAt(j, win[1]);
                    if (np != null) {
                        np = new Np(k + 1, np.last(), false);
                    }
                    break;
                }
                if (tok.t(j).equals(",") || lex.isFunctionWord(tok.t(j)) || lex.isVerb(tok.t(j))) {
                    break;
                }
            }
        }
        if (np == null && w.kind == QuoteKind.FULL) {
            np = phrases.commonNounPhrase(k + 1, win[1]);
        }
        return set(w, np, k, TRAILING_CUE_SPEAKER);
    }

    /** “…” ― Jane Doe (a source line under a quote). */
    private boolean dashSource(Work w, int[] win) {
        int k = win[0];
        int hi = win[1];
        int b = lastTokenBefore(w);
        if (k > hi && k < tok.size() && tok.para(k) != w.seg.paragraph() && tok.isDash(k)
                && (b < 0 || tok.para(b) != w.seg.paragraph()) && w.kind == QuoteKind.FULL) {
            // the source on a line of its own under a quote that is a paragraph of its own: “…”¶— Bernie Sanders.
            hi = k;
            while (hi + 1 < tok.size() && tok.para(hi + 1) == tok.para(k) && hi - k < 12) {
                hi++;
            }
            if (hi + 1 < tok.size() && tok.para(hi + 1) == tok.para(k)
                    || !tok.onlyGapsBetween(w.seg.paragraph(), tok.para(k))
                    || tok.isDash(hi) || hi > k && tok.isDash(hi - 1)) {
                return false; // a long paragraph is no source line, nor a subheading "– Ready to quiz Trump –"
            }
        }
        if (k > hi || !tok.isDash(k)) {
            return false;
        }
        Np np = phrases.startingAt(k + 1, hi);
        if (np == null || np.pronoun()) {
            return false;
        }
        return set(w, np, k, DASH_SOURCE);
    }

    /** Trump replied: “…” / Russia’s Foreign Ministry said it rejects “…” / …, saying: “…”. */
    private boolean cueBefore(Work w, int[] win) {
        boolean colon = win[1] >= 0 && win[1] >= win[0] && tok.t(win[1]).equals(":");
        for (int k = win[1]; k >= win[0]; k--) {
            if (!tok.isCueVerb(k)) {
                continue;
            }
            String rule = colon ? COLON_CUE : CUE_BEFORE;
            Np np = null;
            if (!tok.isParticiple(k) && k - 1 > win[0] && tok.lower(k - 1).equals("to") && tok.isLowerWord(k)) {
                // "Bryne went on to say", "Mr. Trump was prompted to say": the clause's subject
                np = phrases.clauseSubject(win[0], k - 2);
                if (np == null) {
                    continue; // a cue further left may have one
                }
            } else if (!tok.isParticiple(k)) {
                np = phrases.leftOf(k, win[0]);
                if (np == null && k - 1 >= win[0] && (tok.lower(k - 1).equals("and") || tok.lower(k - 1).equals("but"))) {
                    np = phrases.clauseSubject(win[0], k - 1);
                }
            } else {
                // "with Gorka noting …": a name right before the participle is its subject
                int d = k - 1;
                while (d > win[0] && tok.isLowerWord(d) && lex.isSkippable(tok.t(d))) {
                    d--; // "Trump reportedly yelling"
                }
                Np direct = d >= win[0] && (tok.isWordCap(d) || tok.isPronoun(d)) ? phrases.endingAt(d, win[0]) : null;
                np = direct != null ? direct : phrases.clauseSubject(win[0], k - 1);
            }
            if (np == null && !tok.isParticiple(k) && k + 1 <= win[1]) {
                np = phrases.startingAt(k + 1, win[1]); // inverted: said Trump: “…”
                if (np != null && np.last() + 1 <= win[1] && !tok.t(np.last() + 1).equals(":")
                        && !tok.t(np.last() + 1).equals(",")) {
                    np = null;
                }
            }
            if (np != null && np.pronoun() && !tok.lower(np.first()).equals("he")
                    && !tok.lower(np.first()).equals("she")) {
                Work further = k - 1 >= win[0] ? cueBeforeIn(w, win[0], k - 1) : null;
                if (further != null && !further.speaker.pronoun()) {
                    return w.takeCue(further, rule);
                }
            }
            if (np == null) {
                continue; // no speaker for this cue ("Another source familiar with Cruz's thinking said"): look further left
            }
            return set(w, np, k, rule);
        }
        for (int k = win[1]; k >= win[0]; k--) {
            // a reporting noun: "Trump's statement: “…”", "The Kremlin issued a statement: “…”"
            if (tok.inQuote(k) || !tok.isLowerWord(k) || !lex.isNoun(tok.t(k))) {
                continue;
            }
            Np np = null;
            if (k - 2 >= win[0] && tok.isPossessive(k - 1)) {
                np = phrases.endingAt(k - 2, win[0]);
            } else if (k - 1 >= win[0]) {
                np = phrases.clauseSubject(win[0], k - 1);
            }
            if (np != null && (colon || k == win[1] || k + 1 <= win[1] && tok.t(k + 1).equals(","))) {
                return set(w, np, k, colon ? COLON_CUE : CUE_BEFORE);
            }
            break;
        }
        if (colon) {
            Np label = phrases.startingAt(win[0], win[1] - 1);
            if (label != null && label.last() == win[1] - 1 && !label.pronoun()) {
                return set(w, label, win[1], COLON_CUE); // Clinton: “…”
            }
            Np tail = phrases.endingAt(win[1] - 1, win[0]);
            if (tail != null && !tail.pronoun() && tail.first() - 1 >= win[0] && tok.isDash(tail.first() - 1)) {
                return set(w, tail, win[1], COLON_CUE); // Pollsters agree - Carl Bialik: “…”
            }
            Np person = personBeforeColon(win);
            if (person != null) {
                return set(w, person, win[1], COLON_CUE); // … doesn't surprise pollster Daron Shaw: “…”
            }
            Np np = phrases.clauseSubject(win[0], win[1] - 1);
            if (np != null && !np.pronoun() && np.last() + 1 <= win[1]) {
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
        if (e >= win[0] && tok.t(e).equals(")")) {
            int j = e - 1;
            while (j >= win[0] && !tok.t(j).equals("(") && e - j < 12) {
                j--;
            }
            if (j < win[0] || !tok.t(j).equals("(")) {
                return null;
            }
            e = j - 1;
        }
        if (e < win[0] || !tok.isWordCap(e)) {
            return null;
        }
        Np np = phrases.endingAt(e, win[0]);
        if (np == null || np.pronoun() || !names.isPerson(np.last())) {
            return null;
        }
        return np;
    }

    /** …, according to Kremlin officials. */
    private boolean accordingTo(Work w, int[] before, int[] after) {
        for (int[] win : new int[][] {after, before}) {
            for (int k = win[0]; k < win[1]; k++) {
                if (tok.lower(k).equals("according") && tok.lower(k + 1).equals("to") && !tok.inQuote(k)) {
                    Np np = phrases.startingAt(k + 2, win[1]);
                    if (np != null && !np.pronoun()) {
                        w.speaker = np;
                        w.rule = ACCORDING_TO;
                        w.cue = tok.span(k, k + 1);
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
            if (tok.isCueVerb(k) && !tok.isParticiple(k)) {
                Np np = phrases.leftOf(k, win[0]);
                if (np == null && !tok.takesListener(k)) {
                    np = phrases.startingAt(k + 1, win[1]);
                }
                return set(w, np, k, CUE_AFTER);
            }
        }
        return false;
    }

    /** A quote opening a paragraph after a paragraph ending "… said:". */
    private boolean colonPreviousParagraph(Work w) {
        int b = lastTokenBefore(w);
        if (b < 0 || tok.para(b) == w.seg.paragraph() && tok.paraFirst(b) != b + 1) {
            return false;
        }
        if (!tok.t(b).equals(":") || tok.para(b) != w.seg.paragraph() - 1
                && !tok.onlyGapsBetween(tok.para(b), w.seg.paragraph())) {
            return false;
        }
        int a = b;
        while (a - 1 >= 0 && b - a < WINDOW && tok.para(a - 1) == tok.para(b) && !tok.isSentenceEnd(a - 1)) {
            a--;
        }
        Work found = cueBeforeIn(w, a, b);
        return found != null && w.takeCue(found, COLON_PARAGRAPH);
    }

    /** Cue-before over tokens [a, b] on a scratch copy of the quote: the copy with the speaker found, or null. */
    private Work cueBeforeIn(Work w, int a, int b) {
        Work scratch = new Work(w.seg);
        return cueBefore(scratch, new int[] {a, b}) ? scratch : null;
    }

    /** A partial quote with no cue: the subject of its sentence ("X endorsed Y, calling him “…”"). */
    private boolean sentenceSubject(Work w, int[] before) {
        if (w.kind != QuoteKind.PARTIAL || before[0] > before[1]) {
            return false;
        }
        return subject(w, before, phrases.clauseSubject(before[0], before[1]));
    }

    /** {@link #sentenceSubject} for the clause subject {@code np} already found. */
    private boolean subject(Work w, int[] before, Np np) {
        if (np == null || words(w) <= 3 && passiveAfter(np.last() + 1, before[1])) {
            return false;
        }
        boolean person = np.pronoun() && !tok.lower(np.first()).equals("it") || names.isPerson(np.last());
        if (!person && !lex.isOrgHead(tok.t(np.last())) && lex.nominal(tok.t(np.last())).isEmpty()) {
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
        Np np = phrases.clauseSubject(before[0], before[1]);
        if (np == null || np.pronoun()) {
            return false;
        }
        return subject(w, before, np);
    }

    /**
     * A passive verb within a few tokens from {@code v} (no comma or cue between, not after {@code hi}): "was
     * awarded", "is being called". Its subject is not the one who speaks.
     */
    private boolean passiveAfter(int v, int hi) {
        int k = v;
        while (k <= hi && k - v < 6 && !tok.isBe(k) && !tok.t(k).equals(",") && !tok.isCueVerb(k)
                && !(tok.isLowerWord(k) && tok.lower(k).endsWith("ed"))) {
            k++; // "A group of Afghan teenagers was awarded"
        }
        if (k > hi || !tok.isBe(k)) {
            return false;
        }
        for (int j = k + 1; j <= hi && j - k <= 3; j++) {
            String l = tok.lower(j);
            if (l.equals("being") || l.equals("been") || lex.isSkippable(tok.t(j)) && !l.endsWith("ed")) {
                continue;
            }
            if (j + 1 <= hi && (tok.lower(j + 1).equals("about") || tok.lower(j + 1).equals("that"))) {
                return false; // "are worried about", "is convinced that": a view the subject holds
            }
            return tok.isLowerWord(j) && (l.endsWith("ed") || l.endsWith("en") || tok.takesListener(j));
        }
        return false;
    }

    /** A full quote right after a reporter's sentence with a cue: "Sami recalled how … “And I was like …”". */
    private boolean previousSentence(int qi, int[] before) {
        Work w = quotes.get(qi);
        if (w.kind != QuoteKind.FULL) {
            return false;
        }
        int b = lastTokenBefore(w);
        if (b < 0 || tok.para(b) != w.seg.paragraph() || tok.inQuote(b) || before[0] <= before[1]) {
            return false;
        }
        int a = sentenceStart(b);
        if (a - 1 >= 0 && tok.para(a - 1) == tok.para(b) && tok.inQuote(a - 1)) {
            return false;
        }
        Work found = cueBeforeIn(w, a, b);
        return found != null && w.takeCue(found, PREVIOUS_SENTENCE);
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
        if (b < 0 || tok.inQuote(b)) {
            return false;
        }
        int para = w.seg.paragraph();
        if (tok.para(b) != para && !tok.onlyGapsBetween(tok.para(b), w.seg.paragraph())) {
            return false;
        }
        if (!tok.isSentenceEnd(b)) {
            return false;
        }
        int a = sentenceStart(b);
        if (a - 1 >= 0 && tok.para(a - 1) == tok.para(b) && !tok.isSentenceEnd(a - 1)) {
            return false; // the sentence holds a quote or is longer than the window
        }
        Np np = phrases.clauseSubject(a, b - 1);
        if (np == null || np.first() != a && !(np.first() == a + 1 && tok.skippableOpener(a))) {
            return false;
        }
        boolean ok = np.pronoun() ? tok.lower(np.first()).equals("he") || tok.lower(np.first()).equals("she")
                : names.isPerson(np.last()) || lex.isOrgHead(tok.t(np.last()))
                        || lex.nominal(tok.t(np.last())).isPresent();
        if (!ok) {
            return false;
        }
        w.speaker = np;
        w.rule = PREVIOUS_SUBJECT;
        return true;
    }

    /**
     * The first token of the sentence that ends at token {@code b}: right after the sentence end or quote
     * before it, or its paragraph's first token; at most {@link #WINDOW} tokens back.
     */
    private int sentenceStart(int b) {
        int a = b;
        while (a - 1 >= 0 && b - a < WINDOW && tok.para(a - 1) == tok.para(b) && !tok.inQuote(a - 1)
                && !tok.isSentenceEnd(a - 1)) {
            a--;
        }
        return a;
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
                w.takeSpeaker(prev, CONTINUATION);
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
        if (gap > 1 && !tok.onlyGapsBetween(prev.seg.paragraph(), w.seg.paragraph())) {
            return false;
        }
        w.takeSpeaker(prev, CONTINUATION_PARAGRAPH);
        return true;
    }

    // ---------------------------------------------------------------- output helpers

    /** The speaker mention as written: the pronoun where the rule found one, else the noun phrase. */
    TextSpan mention(Work w) {
        Np np = w.pronounMention != null ? w.pronounMention : w.speaker;
        return tok.span(np.first(), np.last());
    }

    /** The canonical name: the entity's name where linked, else the fullest form of the name, titles stripped. */
    String name(Work w) {
        return entity(w).map(Entity::name).orElseGet(() -> names.canonicalName(w.speaker));
    }

    /** The entity the speaker's head word belongs to, if any. */
    Optional<Entity> entity(Work w) {
        return tok.speakerEntity(w.speaker.last());
    }
}
