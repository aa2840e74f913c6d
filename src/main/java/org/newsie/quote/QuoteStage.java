package org.newsie.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.newsie.model.Entity;
import org.newsie.model.Paragraph;
import org.newsie.model.Quote;
import org.newsie.model.Sentence;
import org.newsie.model.Speaker;
import org.newsie.model.TextSpan;

/**
 * Quote extraction and speaker attribution.
 *
 * <ol>
 *   <li>{@link QuoteScanner} pairs quotation marks at character level, paragraph by paragraph
 *       (linear time; unbalanced marks become diagnostics; quotes over several paragraphs become
 *       segments sharing a group).</li>
 *   <li>Each segment gets a kind: FULL when it opens a paragraph or sentence (or follows a colon,
 *       a dash, or a reporting verb and a comma), else PARTIAL; a PARTIAL stretch of at most three
 *       words with no cue, or one right after a term marker ("the term", "so-called"), is a TERM.</li>
 *   <li>Speakers come from an ordered list of named sieves over the tokens around the quote
 *       (see {@code Attributor}): trailing-speaker-cue, trailing-cue-speaker, dash-source,
 *       colon-cue / cue-before, according-to, cue-after, paragraph-label, headline-subject,
 *       sentence-subject, colon-previous-paragraph, continuation, previous-sentence-cue,
 *       continuation-paragraph, previous-sentence-subject, same-group; pronouns (he/she) are resolved to the nearest
 *       compatible person (rule name gets {@code +pronoun}).</li>
 * </ol>
 *
 * <p>Works without entities (speaker names come from the text, titles stripped); with entities a
 * speaker links to the entity whose mention overlaps the speaker's head word or whose name ends in
 * the same surname, and takes its canonical name and gender. Thread-safe: lexicons are loaded once
 * and every call works on its own state.
 */
public final class QuoteStage {
    private final QuoteLexicon lexicon;

    public QuoteStage() {
        this(QuoteLexicon.load());
    }

    public QuoteStage(QuoteLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /**
     * The quotes of one article.
     *
     * @param text       the article's original text
     * @param paragraphs all paragraphs; only those whose role is analyzed are scanned
     * @param sentences  sentences (with tokens) of the analyzed paragraphs, in text order
     * @param entities   the article's entities, or an empty list
     */
    public QuoteResult find(String text, List<Paragraph> paragraphs, List<Sentence> sentences, List<Entity> entities) {
        QuoteScanner.Result scan = QuoteScanner.scan(text, paragraphs);
        List<Attributor.Work> work = new ArrayList<>();
        for (QuoteScanner.Segment s : scan.segments()) {
            work.add(new Attributor.Work(s));
        }
        work.sort((a, b) -> Integer.compare(a.seg.start(), b.seg.start()));
        Attributor attributor = new Attributor(lexicon, text, paragraphs, sentences, entities, work);
        attributor.run();
        Map<Integer, String> groupIds = new HashMap<>();
        List<Quote> out = new ArrayList<>(work.size());
        int n = 0;
        for (Attributor.Work w : work) {
            n++;
            String group = groupIds.computeIfAbsent(w.group, g -> "g" + (groupIds.size() + 1));
            Optional<Speaker> speaker = Optional.empty();
            if (w.speaker != null) {
                speaker = Optional.of(new Speaker(attributor.name(w), attributor.entity(w).map(Entity::id),
                        attributor.mention(w), w.rule));
            }
            QuoteScanner.Segment s = w.seg;
            out.add(new Quote("q" + n, s.start(), s.end(), text.substring(s.start(), s.end()),
                    TextSpan.of(text, s.contentStart(), s.contentEnd()), w.kind, s.closed(), group, speaker,
                    Optional.ofNullable(w.speaker == null ? null : w.cue)));
        }
        return new QuoteResult(out, scan.diagnostics());
    }
}
