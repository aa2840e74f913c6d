package org.newsie.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One paragraph, line ends excluded.
 *
 * @param boilerplateRule for {@link ParagraphRole#BOILERPLATE}, the name of the pattern that matched
 */
public record Paragraph(int start, int end, ParagraphRole role, Optional<String> boilerplateRule) implements Span {
    public Paragraph {
        Span.check(start, end);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(boilerplateRule, "boilerplateRule");
    }

    public Paragraph(int start, int end, ParagraphRole role) {
        this(start, end, role, Optional.empty());
    }

    public boolean boilerplate() {
        return role == ParagraphRole.BOILERPLATE;
    }
}
