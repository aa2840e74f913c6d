package org.newsie.model;

import java.util.List;
import java.util.Objects;

/**
 * The mentions of one person, place or organization in one article.
 *
 * @param id       {@code e1}, {@code e2} … in order of first mention
 * @param name     the canonical name (the fullest mention, titles and possessives removed)
 * @param mentions all mentions in text order
 */
public record Entity(String id, EntityType type, String name, Gender gender, List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gender, "gender");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("an entity needs at least one mention");
        }
    }
}
