package org.newsie.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who said a quote.
 *
 * @param name    the canonical name (the entity's name where linked, else the mention as written)
 * @param entity  the id of the entity the speaker links to, if any
 * @param mention the speaker as written where the rule found it
 * @param rule    the name of the attribution rule that decided
 */
public record Speaker(String name, Optional<String> entity, TextSpan mention, String rule) {
    public Speaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(rule, "rule");
    }
}
