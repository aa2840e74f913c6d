package org.newsie.quote.eval;

import java.util.Optional;

/**
 * One gold quote segment of the quote-attribution JSONL format (see {@code ../shared/data/quotes/README.md}).
 *
 * @param kind        {@code full}, {@code partial} or {@code unattributed}
 * @param speaker     the speaker as written, if any
 * @param speakerType pronoun, person, organization, document, nominal or none (a heuristic label)
 * @param resolved    the name a pronoun (or other mention) refers to, where known
 */
public record GoldQuote(int start, int end, String kind, String group, Optional<String> speaker, String speakerType,
                        Optional<String> resolved, boolean closed) {
    public boolean attributed() {
        return !kind.equals("unattributed");
    }

    /** Whether the speaker can be scored: a speaker is given and, for a pronoun, resolved to a name. */
    public boolean speakerScorable() {
        if (!attributed() || speaker.isEmpty()) {
            return false;
        }
        return !speakerType.equals("pronoun") || resolved.isPresent();
    }
}
