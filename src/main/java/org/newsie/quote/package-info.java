/**
 * Quotes and who said them.
 *
 * <p>Entry point: {@link org.newsie.quote.QuoteStage#find}. Steps:
 * <ol>
 *   <li><b>Marks</b> ({@code QuoteScanner}): curly, straight, mixed, {@code ''…''} and {@code ``…''}
 *       double quotes are paired per paragraph in one linear pass. Single quotes count only at top level
 *       (inside a double quote they belong to its content and are not emitted) and only when an opening
 *       and a closing candidate pair up in the paragraph; apostrophes in words, before digits and in
 *       ’n’ are never marks. A quote never crosses its paragraph: an open quote followed by a paragraph
 *       that opens with a mark is a {@code closed=false} segment sharing the next one's group, anything
 *       else is an UNCLOSED_QUOTE diagnostic; a stray closing mark is UNOPENED_QUOTE.</li>
 *   <li><b>Kinds</b>: FULL when the quote opens its paragraph or sentence, or follows a colon, a dash or
 *       a reporting verb and comma; PARTIAL otherwise; TERM for a PARTIAL stretch right after a term
 *       marker ("the term", "so-called") and for a stretch of at most three words with neither a cue nor
 *       a person, organization or role ("the mayor") as its clause's subject (not the subject of a passive
 *       verb: "was awarded … for “courageous achievement”"). TERM quotes get no speaker.</li>
 *   <li><b>Speakers</b> ({@code Attributor}): named sieves in order, first match wins, the rule name is
 *       recorded in {@link org.newsie.model.Speaker#rule()}: transcript-label ("WALLACE: …" inside the
 *       marks), trailing-speaker-cue (“…,” Trump told), trailing-cue-speaker (“…,” said Lavrov; said one
 *       commenter), dash-source (“…” ― Jane Doe, also as a line of its own under a quote paragraph),
 *       colon-cue / cue-before (X said it rejects “…”, …, saying: “…”; a known person right before the
 *       colon; a long apposition belongs to the name that opens it; an infinitive cue — went on to say —
 *       to its clause's subject; a cue without a speaker lets the search go on leftwards), according-to,
 *       cue-after, paragraph-label (Graham: … ‘…’; Obama on Climate Change: … ‘…’),
 *       headline-subject (a title-case headline opening with a person: X Sides With Y On ‘…’),
 *       sentence-subject (a partial quote's clause subject: a person, an organization or a role; it comes
 *       before the continuation of an earlier quote when the sentence has a subject of its own),
 *       colon-previous-paragraph, continuation (same paragraph), previous-sentence-cue, continuation-paragraph, previous-sentence-subject (a cue-less
 *       full quote after a reporter's sentence whose subject is a person, he/she, an organization or a
 *       nominal), same-group, coordinated (“A” and “B,” X said: A is X's too). A he/she speaker is resolved to the nearest compatible person (subjects
 *       first, the subject of a reported clause — X said Y has …, X predicted that … if Y wins — only as a
 *       last resort, a possessor inside an apposition never; gender from
 *       titles, first names, entities and earlier pronouns) and the rule gets {@code +pronoun};
 *       unresolved pronouns leave the quote without speaker.</li>
 * </ol>
 * Lexicons live in {@code src/main/resources/org/newsie/quote/} (see the README there).
 *
 * <p>Classes: {@code QuoteStage} runs the steps for one article; {@code QuoteScanner} pairs the marks;
 * {@code Attributor} decides kinds and runs the ordered sieve lists over the windows around each quote;
 * {@code NounPhrases} finds where a speaker's noun phrase lies; {@code NameResolver} keeps what the article
 * says about names (persons, gender, fullest form, title holders), resolves he/she and gives the canonical
 * name of a speaker without an entity; {@code Tokens} is the immutable per-article token view (paragraph,
 * sentence start, quote and entity per token, lexicon-driven predicates, offset searches) they all read;
 * {@code QuoteLexicon} holds the word lists.
 */
package org.newsie.quote;
