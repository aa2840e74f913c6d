package org.newsie.analysis;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One article to analyze.
 *
 * @param name         the input's name as shown to the user and written as {@code source}
 * @param path         the file, or empty for standard input
 * @param relativePath where its output goes inside an output folder ('/'-separated, no extension change)
 * @param problem      set when the input is known to be unusable before reading (a folder that could
 *                     not be listed); it then fails with this message
 */
public record Input(String name, Optional<Path> path, String relativePath, Optional<String> problem) {
    public Input {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(problem, "problem");
    }

    public static Input file(String name, Path path, String relativePath) {
        return new Input(name, Optional.of(path), relativePath, Optional.empty());
    }

    public static Input stdin() {
        return new Input(org.newsie.model.Article.STDIN, Optional.empty(), "stdin.txt", Optional.empty());
    }

    public static Input failed(String name, String problem) {
        return new Input(name, Optional.empty(), name, Optional.of(problem));
    }

    public boolean isStdin() {
        return path.isEmpty() && problem.isEmpty();
    }
}
