/**
 * Entities: the name mentions of one article grouped into people, places and organizations.
 *
 * <p>{@link org.newsie.entity.EntityGrouper} is the entry point (thread-safe, reusable):
 * {@code group(text, mentions)} cleans the name finder's mentions with
 * {@link org.newsie.entity.MentionCleaner} (titles, possessives, stop words), groups them by named
 * rules, and returns the entities in order of first mention. It also offers the look-ups the quote
 * stage needs ({@code entityAt}, {@code resolveName}) and the gender evidence of an entity
 * ({@link org.newsie.entity.GenderCue}) so that pronoun cues can be weighed in.
 *
 * <p>Word lists live in {@code src/main/resources/org/newsie/entity/}, each with its source and
 * licence; {@link org.newsie.entity.EntityLexicon} loads them once.
 */
package org.newsie.entity;
