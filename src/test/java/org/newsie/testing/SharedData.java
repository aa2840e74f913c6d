package org.newsie.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The team's shared data beside the checkout ({@code ../shared}); tests that need it skip without it. */
public final class SharedData {
    public static final Path ROOT = Path.of("..", "shared");

    private SharedData() {
    }

    /** The path under {@code ../shared}, or skips the test when it is absent. */
    public static Path require(String relative) {
        Path p = ROOT.resolve(relative);
        assumeTrue(Files.exists(p), "shared data not available: " + p);
        return p;
    }
}
