package org.newsie.model;

import java.util.Objects;
import java.util.Optional;

/** Something noticed in an input that did not stop its analysis; optionally tied to a span. */
public record Diagnostic(DiagnosticCode code, String message, Optional<TextSpan> span) {
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }

    public Diagnostic(DiagnosticCode code, String message) {
        this(code, message, Optional.empty());
    }
}
