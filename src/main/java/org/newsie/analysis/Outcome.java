package org.newsie.analysis;

import java.util.Objects;
import java.util.Optional;

import org.newsie.model.Analysis;

/**
 * What became of one input: its analysis and formatted output, or the reason it failed.
 *
 * @param formatted the output of the formatter, present on success
 * @param error     a one-line reason, present on failure
 * @param cause     the exception behind a failure, for {@code --verbose}
 */
public record Outcome(Input input, Optional<Analysis> analysis, Optional<String> formatted, Optional<String> error,
                      Optional<Throwable> cause) {
    public Outcome {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(formatted, "formatted");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(cause, "cause");
    }

    static Outcome success(Input input, Analysis analysis, String formatted) {
        return new Outcome(input, Optional.of(analysis), Optional.of(formatted), Optional.empty(), Optional.empty());
    }

    static Outcome failure(Input input, String error, Throwable cause) {
        return new Outcome(input, Optional.empty(), Optional.empty(), Optional.of(error), Optional.ofNullable(cause));
    }

    public boolean ok() {
        return error.isEmpty();
    }
}
